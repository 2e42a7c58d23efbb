// @ts-check
// Takes desktop and 375 px screenshots of a running site, for a person to look at.
// Usage: npm run screenshots -- [base URL] (default http://127.0.0.1:4321)
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { launchOptions } from '../tests/browser.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:4321';
const pages = {
	home: '/',
	service: '/cos/',
	code: '/cos/InvalidObjectState/',
	handling: '/cloudaudit/500013/',
	notfound: '/no/such/page/',
	search: '/search/?q=签名过期',
	shared: '/codes/InternalError/',
	lookup: '/lookup/?q=InternalError',
};
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch(launchOptions());
for (const [width, height, label] of /** @type {const} */ ([[1280, 900, 'desktop'], [375, 812, 'mobile']])) {
	const page = await browser.newPage({ viewport: { width, height } });
	for (const [name, path] of Object.entries(pages)) {
		await page.goto(base + path, { waitUntil: 'networkidle' });
		await page.screenshot({ path: `screenshots/${name}-${label}.png`, fullPage: false });
	}
	await page.close();
}
await browser.close();
console.log(`screenshots/ written for ${Object.keys(pages).length} pages at 2 widths`);
