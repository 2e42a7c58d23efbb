import { expect, test } from './fixtures.ts';

// This site is built from tests/fixtures/site: every description tries to inject markup or script.
test.beforeEach(({ page }) => {
	page.on('dialog', (dialog) => {
		throw new Error(`a script ran and opened a dialog: ${dialog.message()}`);
	});
});

const injected = (page: import('@playwright/test').Page) =>
	page
		.locator('main')
		.locator('script:not([src]):not([type]), img[src="x"], svg[onload], iframe, [onclick], [onmouseover], style:not([data-astro-cid])');

test('the service page shows every hostile description as text', async ({ page }) => {
	await page.goto('/evil/');
	const main = page.getByRole('main');
	for (const text of [
		'<script>alert(1)</script>',
		'<img src=x onerror=alert(2)>',
		'x"><svg onload=alert(4)>',
		'<style>body{display:none}</style>隐藏页面',
	]) {
		await expect(main.getByText(text, { exact: true }).first()).toBeVisible();
	}
	await expect(main.getByText('<iframe src="javascript:alert(7)"></iframe>').first()).toBeVisible();
	expect(await injected(page).count()).toBe(0);
});

for (const [path, text] of [
	['/evil/XssScript/', '<script>alert(1)</script>'],
	['/evil/XssImg/', '<img src=x onerror=alert(2)>'],
	['/evil/XssAttr/', 'x"><svg onload=alert(4)>'],
	['/evil/XssCodeSpan/', '<script>alert(5)</script>'],
	['/evil/Xss-b-Tag-b-/', '代码里有标签'],
] as const) {
	test(`${path} shows its text literally and runs nothing`, async ({ page }) => {
		await page.goto(path);
		await expect(page.getByRole('article').getByText(text, { exact: true })).toBeVisible();
		expect(await injected(page).count()).toBe(0);
	});
}

test('a javascript: link in the vendor text stays text', async ({ page }) => {
	await page.goto('/evil/XssLink/');
	await expect(page.getByRole('article').getByText('点击 [这里](javascript:alert(3)) 查看')).toBeVisible();
	expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
});

test('raw HTML links stay text unless they are a plain link to an http(s) page', async ({ page }) => {
	await page.goto('/evil/XssAnchor/');
	const article = page.getByRole('article');
	await expect(
		article.getByText('见 <a href="javascript:alert(10)">这里</a> 与 <a href="https://cloud.tencent.com/" onclick="alert(11)">那里</a>'),
	).toBeVisible();
	expect(await article.getByRole('link').count()).toBe(0);
	await page.goto('/evil/SafeAnchor/');
	const link = page.getByRole('article').getByRole('link', { name: '审核标准' });
	await expect(link).toHaveAttribute('href', 'https://cloud.tencent.com/document/product/382/39023');
	await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
	expect(await injected(page).count()).toBe(0);
});

test('a link label with markup becomes a safe link with text', async ({ page }) => {
	await page.goto('/evil/XssLabel/');
	const link = page.getByRole('article').getByRole('link', { name: '<img src=x onerror=alert(6)>' });
	await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
	expect(await injected(page).count()).toBe(0);
});

test('codes with quotes and tags keep their spelling in the heading', async ({ page }) => {
	await page.goto('/evil/Xss-Quote/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xss"Quote');
	await page.goto('/evil/Xss-b-Tag-b-/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xss<b>Tag</b>');
});

test('search shows hostile descriptions as text', async ({ page }) => {
	await page.goto('/search/?q=Xss');
	const results = page.getByRole('list', { name: '搜索结果' }).getByRole('link');
	await expect(results.filter({ hasText: 'XssImg' })).toContainText('<img src=x onerror=alert(2)>');
	expect(await page.locator('main img[src="x"]').count()).toBe(0);
});
