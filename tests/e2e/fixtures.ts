import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import { sitemapPaths } from '../built/built-site.ts';

/** What every end-to-end test gets: a page that fails the test on any console error. */
export const test = base.extend<{ consoleErrors: string[] }>({
	consoleErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('console', (message) => {
				// A 404 page's own status is logged too; tests check the status of the page itself.
				const ownStatus = message.text().startsWith('Failed to load resource') && message.location().url === page.url();
				if (message.type() === 'error' && !ownStatus) errors.push(`${page.url()}: ${message.text()}`);
			});
			page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
			await use(errors);
			expect(errors, 'console errors').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };

const DIST = new URL('../../dist/', import.meta.url);

/** A small seeded generator, so the sample is the same on every run and every machine. */
function seeded(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * The pages the browser opens: one of every kind (every page the sitemap lists that is not a code
 * page), every code with several meanings, every shared-code page, the code pages with the longest
 * and the shortest description, and 40 more code pages drawn with a fixed seed.
 */
export function samplePaths(): string[] {
	const paths = sitemapPaths('dist');
	const isCode = (path: string) => /^\/[a-z0-9-]+\/[^/]+\/$/.test(path) && !path.startsWith('/codes/');
	const rows = (JSON.parse(readFileSync(new URL('api/codes.json', DIST), 'utf-8')) as { codes: { url: string; description: string }[] })
		.codes;
	const rowsOf = new Map<string, string[]>();
	for (const row of rows) {
		const path = new URL(row.url).pathname;
		rowsOf.set(path, [...(rowsOf.get(path) ?? []), row.description]);
	}
	const byLength = [...rowsOf].sort(([, a], [, b]) => a.join('').length - b.join('').length).map(([path]) => path);
	const chosen = new Set([
		...paths.filter((p) => !isCode(p)),
		...[...rowsOf].filter(([, meanings]) => meanings.length > 1).map(([path]) => path),
		byLength[0]!,
		byLength.at(-1)!,
	]);
	const rest = paths.filter((p) => isCode(p) && !chosen.has(p));
	const random = seeded(20261125);
	for (let i = 0; i < 40 && rest.length > 0; i++) chosen.add(rest.splice(Math.floor(random() * rest.length), 1)[0]!);
	return [...chosen];
}

/** The visible rows of the code tables on a service page. */
export function codeRows(page: Page) {
	return page
		.getByRole('table')
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader') });
}
