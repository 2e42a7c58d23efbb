import { expect, sitemapPaths, test } from './fixtures.ts';

const paths = sitemapPaths();
const SHARDS = 4;

test('the sitemap lists the site pages, 563 code pages and 28 shared-code pages', () => {
	const site = ['/', '/about/', '/search/', '/lookup/', '/cos/', '/cloudaudit/', '/smh/'];
	expect(paths).toEqual(expect.arrayContaining(site));
	const shared = paths.filter((p) => p.startsWith('/codes/'));
	const codes = paths.filter((p) => /^\/[a-z]+\/[^/]+\/$/.test(p) && !p.startsWith('/codes/'));
	expect(shared).toHaveLength(28);
	expect(codes).toHaveLength(563);
	expect(paths).toHaveLength(site.length + 28 + 563);
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
