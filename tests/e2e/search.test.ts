import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The results of the search box in the open dialog, or of the page's own box. */
function results(page: Page) {
	return page.getByRole('list', { name: '搜索结果' }).locator('visible=true').getByRole('link');
}

test.describe('search', () => {
	test('"/" opens the search from any page, and a whole code is result #1', async ({ page }) => {
		await page.goto('/cloudaudit/');
		await page.keyboard.press('/');
		const dialog = page.getByRole('dialog', { name: '搜索错误码' });
		await expect(dialog).toBeVisible();
		await expect(dialog.getByRole('searchbox')).toBeFocused();
		await page.keyboard.type('nosuchbucket');
		const first = dialog.getByRole('list', { name: '搜索结果' }).getByRole('link').first();
		await expect(first).toHaveAttribute('href', '/cos/NoSuchBucket/');
		await expect(first).toContainText('NoSuchBucket');
		await expect(first).toContainText('对象存储');
		await expect(first).toContainText('404');
		await expect(first).toContainText('指定的存储桶不存在');
	});

	test('a search loads one shard of the code list, not the whole list', async ({ page }) => {
		const lists: string[] = [];
		page.on('request', (request) => {
			const { pathname } = new URL(request.url());
			if (pathname.startsWith('/search/') && pathname.endsWith('.json')) lists.push(pathname);
		});
		await page.goto('/smh/');
		await page.keyboard.press('/');
		await page.getByRole('dialog', { name: '搜索错误码' }).getByRole('searchbox').fill('NoSuchBucket');
		await expect(results(page).first()).toHaveAttribute('href', '/cos/NoSuchBucket/');
		expect(lists).toContain('/search/meta.json');
		// The filters come from the meta file: the query's own shard is the only one loaded.
		expect(lists.filter((p) => p.startsWith('/search/codes/'))).toHaveLength(1);
	});

	test('Ctrl+K opens it; arrow keys and Enter pick a result', async ({ page }) => {
		await page.goto('/about/');
		await page.keyboard.press('Control+k');
		const dialog = page.getByRole('dialog', { name: '搜索错误码' });
		await dialog.getByRole('searchbox').fill('InternalError');
		const links = dialog.getByRole('list', { name: '搜索结果' }).getByRole('link');
		await expect(links.nth(2)).toHaveAttribute('href', '/smh/InternalError/');
		await expect(links.nth(0)).toHaveAttribute('href', '/cos/InternalError/');
		await expect(links.nth(1)).toHaveAttribute('href', '/cloudaudit/InternalError/');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await expect(links.nth(1)).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/cloudaudit\/InternalError\/$/);
	});

	test('an SDK constant finds its code first', async ({ page }) => {
		await page.goto('/search/?q=INVALIDPARAMETERVALUE_BUCKETNOTFOUND');
		await expect(results(page).first()).toHaveAttribute('href', '/smh/InvalidParameterValue.BucketNotFound/');
		await page.goto(`/search/?q=${encodeURIComponent('CloudauditErrorCode.INTERNALERROR')}`);
		await expect(results(page).first()).toHaveAttribute('href', '/cloudaudit/InternalError/');
	});

	test('a fragment of a code finds the code first', async ({ page }) => {
		await page.goto('/search/?q=attributeKey');
		await expect(results(page).first()).toHaveAttribute('href', '/cloudaudit/InvalidParameterValue.attributeKey/');
	});

	test('a Chinese phrase finds the pages that hold it', async ({ page }) => {
		await page.goto('/search/');
		await page.getByRole('searchbox', { name: '搜索错误码或关键词' }).fill('签名过期');
		// The four codes whose text has the phrase as words come first, in any order; then `-59`,
		// whose text has it inside a longer word (`s3签名过期`).
		const hrefs = async () => Promise.all((await results(page).all()).slice(0, 5).map((l) => l.getAttribute('href')));
		await expect
			.poll(async () => {
				const first = await hrefs();
				return [first.slice(0, 4).sort(), first[4]];
			})
			.toEqual([
				['/cloudaudit/AuthFailure.SignatureExpire/', '/cos/-46619/', '/cos/-96/', '/smh/AuthFailure.SignatureExpire/'],
				'/cos/-59/',
			]);
		// Every result reads like the vendor's text, not like the page's labels and source line.
		await expect(page.getByRole('link', { name: /^-59\b/ })).toContainText('s3签名过期');
		for (const text of await results(page).allInnerTexts()) expect(text).not.toMatch(/\.md 第 \d+ 行/);
	});

	test('a service name finds its page first', async ({ page }) => {
		await page.goto('/search/?q=COS');
		await expect(results(page).first()).toHaveAttribute('href', '/cos/');
	});

	test('/?q= opens the home page with the query run, and filters live in the URL', async ({ page }) => {
		await page.goto('/?q=InternalError&service=smh');
		await expect(page.getByRole('combobox', { name: '服务' }).first()).toHaveValue('smh');
		await expect(results(page).first()).toHaveAttribute('href', '/smh/InternalError/');
		await expect(results(page).filter({ hasText: '对象存储' })).toHaveCount(0);
		await page.getByRole('combobox', { name: 'HTTP 状态码' }).first().selectOption('5XX');
		await expect(page).toHaveURL(/status=5XX/);
		await expect(page.getByRole('status').first()).toHaveText(/没有找到/);
	});

	test('the page says what the search matched and what it did not', async ({ page }) => {
		await page.goto('/search/?q=zzzzqqqq');
		await expect(page.getByRole('status')).toHaveText('没有找到与“zzzzqqqq”相关的结果');
	});

	test('hostile text in q is shown as text and runs nothing', async ({ page }) => {
		let dialogs = 0;
		page.on('dialog', (d) => {
			dialogs++;
			void d.dismiss();
		});
		const hostile = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
		await page.goto(`/search/?q=${encodeURIComponent(hostile)}`);
		await expect(page.getByRole('searchbox', { name: '搜索错误码或关键词' })).toHaveValue(hostile);
		await expect(page.getByRole('status')).toContainText('没有找到');
		expect(await page.locator('main img[src="x"], main script:not([src]):not([type])').count()).toBe(0);
		expect(dialogs).toBe(0);
	});

	test('the site can be added to a browser as a search engine', async ({ page, request }) => {
		await page.goto('/');
		const href = await page.locator('link[rel="search"][type="application/opensearchdescription+xml"]').getAttribute('href');
		const description = await (await request.get(href!)).text();
		expect(description).toContain('/search/?q={searchTerms}');
	});
});
