import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';

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

/** Every page path the sitemap of the built site lists. */
export function sitemapPaths(): string[] {
	const dist = new URL('../../dist/', import.meta.url);
	const index = readFileSync(new URL('sitemap-index.xml', dist), 'utf-8');
	return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap(([, loc]) => {
		const file = new URL(loc!).pathname.slice(1);
		const sitemap = readFileSync(new URL(file, dist), 'utf-8');
		return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url!).pathname);
	});
}

/** The visible rows of the code tables on a service page. */
export function codeRows(page: Page) {
	return page.getByRole('table').getByRole('row').filter({ has: page.getByRole('rowheader') });
}
