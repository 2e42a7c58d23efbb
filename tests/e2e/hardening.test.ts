import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

const AXE_PAGES = [
	'/',
	'/cos/',
	'/cloudaudit/',
	'/smh/',
	'/cos/NoSuchBucket/',
	'/cos/InvalidObjectState/',
	'/cloudaudit/500013/',
	'/smh/AuthFailure.SignatureFailure/',
	'/codes/InternalError/',
	'/no/such/page/',
	'/lookup/?q=InternalError',
	'/search/?q=签名过期',
	'/about/',
];

test.describe('accessibility', () => {
	for (const path of AXE_PAGES) {
		test(`${path} has no serious or critical axe violation`, async ({ page }) => {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			const { violations } = await new AxeBuilder({ page }).analyze();
			const serious = violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map(
					(v) =>
						`${v.id}: ${v.help} (${v.nodes
							.map((n) => n.target.join(' '))
							.slice(0, 3)
							.join(', ')})`,
				);
			expect(serious).toEqual([]);
		});
	}

	test('the search results, opened in the dialog, have no serious violation either', async ({ page }) => {
		await page.goto('/cos/');
		await page.keyboard.press('/');
		await page.keyboard.type('InternalError');
		await expect(page.getByRole('dialog').getByRole('list', { name: '搜索结果' }).getByRole('link').first()).toBeVisible();
		const { violations } = await new AxeBuilder({ page }).include('dialog').analyze();
		expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
	});

	test('with the keyboard only: reach search, pick a result, copy its link', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/');
		await page.keyboard.press('Control+k');
		await page.keyboard.type('-46618');
		await expect(page.getByRole('dialog').getByRole('list', { name: '搜索结果' }).getByRole('link').first()).toHaveAttribute(
			'href',
			'/cos/-46618/',
		);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/cos\/-46618\/$/);
		const copyLink = page.getByRole('button', { name: '复制链接' });
		for (let i = 0; i < 60 && !(await copyLink.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(copyLink).toBeFocused();
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://errcodes.example.com/cos/-46618/');
	});
});

test.describe('content security', () => {
	test('every kind of page ships a strict script policy', async ({ page }) => {
		for (const path of ['/', '/cos/', '/cos/NoSuchBucket/', '/search/', '/lookup/', '/no/such/page/']) {
			await page.goto(path);
			const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
			expect(
				policy?.split(';').find((d) => d.trim().startsWith('script-src')),
				path,
			).not.toContain('unsafe-inline');
			expect(policy, path).toContain("object-src 'none'");
		}
	});

	test('links that leave the site are the vendor links, and open safely', async ({ page }) => {
		for (const path of ['/cloudaudit/500002/', '/cos/NoSuchKey/', '/cos/']) {
			await page.goto(path);
			const external = page.locator('a[href^="http"]');
			for (const link of await external.all()) {
				expect(await link.getAttribute('href')).toMatch(/^https:\/\/(cloud|console\.cloud|intl\.cloud)\.tencent\.com\//);
				expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
			}
		}
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a code page shows all its content', async ({ page }) => {
		await page.goto('/cos/InvalidObjectState/');
		await expect(page.getByRole('article')).toHaveCount(2);
		await expect(page.getByRole('main')).toContainText('对象状态与操作请求冲突');
		await expect(page.getByRole('region', { name: '返回的错误响应' })).toBeVisible();
	});
});
