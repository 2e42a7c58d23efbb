import { expect, samplePaths, test } from './fixtures.ts';

// Static checks read every built file in Node (tests/built/). The browser opens a fixed sample:
// what only a browser shows is a script that fails, and those fail the same way on every page of a kind.
for (const path of samplePaths()) {
	test(`${path} opens with its heading and no console error`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page.waitForLoadState('networkidle');
	});
}
