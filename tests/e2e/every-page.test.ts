import { readFileSync } from 'node:fs';
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
			// The only links that leave the site are the vendor's, and they open safely.
			for (const rel of await page.locator('a[href^="http"]').evaluateAll((links) => links.map((a) => `${a.getAttribute('href')} ${a.getAttribute('rel')}`))) {
				expect(rel, path).toMatch(/^https:\/\/[a-z.]*tencent\.com\/\S* noopener noreferrer$/);
			}
		}
	});
}

test('every code page carries link-preview tags and its canonical URL', () => {
	const site = 'https://errcodes.example.com';
	const codePages = paths.filter((p) => /^\/[a-z]+\/[^/]+\/$/.test(p) && !p.startsWith('/codes/'));
	expect(codePages).toHaveLength(563);
	const missing: string[] = [];
	for (const path of codePages) {
		const html = readFileSync(new URL(`../../dist${decodeURIComponent(path)}index.html`, import.meta.url), 'utf-8');
		const meta = (attr: string, name: string) => new RegExp(`<meta ${attr}="${name}" content="([^"]+)"`).exec(html)?.[1];
		const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
		const checks = {
			canonical: canonical === `${site}${path}`,
			ogUrl: meta('property', 'og:url') === `${site}${path}`,
			ogTitle: (meta('property', 'og:title') ?? '').length > 0,
			ogDescription: (meta('property', 'og:description') ?? '').length > 0,
			description: (meta('name', 'description') ?? '').length > 0,
			twitterCard: meta('name', 'twitter:card') === 'summary',
		};
		for (const [check, ok] of Object.entries(checks)) if (!ok) missing.push(`${path}: ${check}`);
	}
	expect(missing).toEqual([]);
});
