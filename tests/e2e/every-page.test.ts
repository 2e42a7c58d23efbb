import { expect, sitemapPaths, test } from './fixtures.ts';

const paths = sitemapPaths();
const SHARDS = 4;

test('the sitemap lists the home, about, search, 3 service and 563 code pages', () => {
	expect(paths).toEqual(expect.arrayContaining(['/', '/about/', '/search/', '/cos/', '/cloudaudit/', '/smh/']));
	expect(paths.filter((p) => /^\/[a-z]+\/[^/]+\/$/.test(p))).toHaveLength(563);
	expect(paths).toHaveLength(569);
});

for (let shard = 0; shard < SHARDS; shard++) {
	test(`every page opens with a heading and no console error (part ${shard + 1} of ${SHARDS})`, async ({ page }) => {
		test.setTimeout(120_000);
		for (const path of paths.filter((_, i) => i % SHARDS === shard)) {
			const response = await page.goto(path, { waitUntil: 'load' });
			expect(response?.status(), path).toBe(200);
			await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
		}
	});
}
