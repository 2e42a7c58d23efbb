/**
 * The site's lists in the browser: the catalogue-wide meta file, the one shard of the code list a
 * query needs (each fetched once), and Pagefind, loaded on first use under the site's base.
 */
import {
	readCodeIndex,
	sectionsOfRecord,
	shardOfQuery,
	type CodeEntry,
	type CodeIndex,
	type FoundPage,
	type RecordData,
	type SearchMeta,
} from '../lib/search.ts';
import { codeUrl, homeUrl, pagefindUrl, searchMetaUrl, searchShardUrl } from '../lib/urls.ts';

/** One shard of the code list, unpacked, with its entries by page URL, and the catalogue's lists. */
export interface CodeList {
	entries: CodeEntry[];
	meta: SearchMeta;
	byUrl: Map<string, CodeEntry>;
}

const fetched = new Map<string, Promise<unknown>>();

/** The JSON at one of the site's URLs, fetched and unpacked by `read` once per page. */
export function fetchOnce<T>(url: string, read: (json: unknown) => T): Promise<T> {
	let value = fetched.get(url) as Promise<T> | undefined;
	if (!value) {
		value = fetch(url)
			.then((response) => response.json() as Promise<unknown>)
			.then(read);
		fetched.set(url, value);
	}
	return value;
}

/** The catalogue's services, sections and status classes, and how its lists are cut. */
export function loadMeta(): Promise<SearchMeta> {
	return fetchOnce(searchMetaUrl(), (json) => json as SearchMeta);
}

/** A page Pagefind found. */
export interface PagefindResult {
	id: string;
	data(): Promise<RecordData & { url: string; meta: Record<string, string | undefined>; plain_excerpt: string }>;
}

/** The part of Pagefind's API the search uses. */
export interface Pagefind {
	init(): Promise<void>;
	options(options: { baseUrl: string }): Promise<void>;
	search(query: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** The most results of a pass that are read: each is a fetch, and a record holds up to 20 codes. */
const RESULTS_READ = 8;

/**
 * The first results of a Pagefind pass, read two at a time until `wanted` lines hold the whole query:
 * pages, and records of codes with their sections that matched (`sectionsOfRecord`). The caller must not
 * read another pass until this one is done: Pagefind keeps one copy of a record, which a read rewrites.
 */
export async function readPass(results: PagefindResult[], query: string, wanted: number): Promise<FoundPage[]> {
	const found: FoundPage[] = [];
	let lines = 0;
	for (let i = 0; i < Math.min(results.length, RESULTS_READ) && lines < wanted; i += 2) {
		const batch = await Promise.all(
			results.slice(i, Math.min(i + 2, RESULTS_READ)).map(async (result): Promise<FoundPage> => {
				const data = await result.data();
				const page: FoundPage = { url: data.url, meta: data.meta, excerpt: data.plain_excerpt };
				if (data.meta['kind'] === 'codes') page.sections = sectionsOfRecord(data, query);
				return page;
			}),
		);
		// Lines that hold the whole query: a list of partial matches is not yet a full one.
		for (const page of batch) lines += page.sections?.filter((s) => s.whole > 0).length ?? 1;
		found.push(...batch);
	}
	return found;
}

/** The smallest shard of the code list that holds every code the query can match. */
export async function loadShard(query: string): Promise<CodeList> {
	const catalogue = await loadMeta();
	return fetchOnce(searchShardUrl(shardOfQuery(query, catalogue.shards)), (json) => {
		const entries = readCodeIndex(json as CodeIndex, catalogue);
		return { entries, meta: catalogue, byUrl: new Map(entries.map((e) => [codeUrl(e), e])) };
	});
}

let pagefind: Promise<Pagefind> | undefined;

/** Pagefind, loaded and initialised once. */
export function loadPagefind(): Promise<Pagefind> {
	pagefind ??= (import(/* @vite-ignore */ pagefindUrl()) as Promise<Pagefind>).then(async (module) => {
		// Pagefind's result URLs start at the site's root; under a base they need it in front.
		await module.options({ baseUrl: homeUrl() });
		await module.init();
		return module;
	});
	return pagefind;
}
