import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { ResultData } from '../../src/lib/search/records.ts';

/** What the real Pagefind bundle of a built site is asked here. */
export interface PagefindBundle {
	options(options: { basePath: string; baseUrl: string }): Promise<void>;
	init(): Promise<void>;
	search(query: null, options: { filters: Record<string, string> }): Promise<{ results: { data(): Promise<ResultData> }[] }>;
}

/**
 * The real Pagefind of a built site, run in Node: its files are read from the folder where the
 * browser would fetch them. Each folder gets its own copy of the module, as each site would.
 */
export async function pagefindOf(dist: string): Promise<PagefindBundle> {
	const root = new URL(`../../${dist}/`, import.meta.url);
	const fetchFile = async (url: string | URL) => new Response(readFileSync(new URL(String(url).replace(/[?#].*$/, ''), root)));
	Object.assign(globalThis, { fetch: fetchFile, window: globalThis, location: new URL('http://localhost/') });
	const bundle = (await import(
		/* @vite-ignore */ `${pathToFileURL(`${root.pathname}pagefind/pagefind.js`).href}?${dist}`
	)) as PagefindBundle;
	await bundle.options({ basePath: `${root.pathname}pagefind/`, baseUrl: '/' });
	await bundle.init();
	return bundle;
}
