import { codeRows, expect, test } from './fixtures.ts';

test('on a phone, service table rows fit the screen', async ({ page }) => {
	await page.goto('/cos/');
	await expect(codeRows(page)).toHaveCount(418);
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(375);
});

test('on a phone, a code page fits the screen', async ({ page }) => {
	await page.goto('/cos/Request-has-expired/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request has expired');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
