/**
 * The site's lists in the browser: the catalogue-wide meta file, the one shard of the code list a
 * query needs (each fetched once), and Pagefind, loaded on first use under the site's base.
 */
import { readCodeIndex, shardOfQuery, type CodeEntry, type CodeIndex, type FoundPage, type SearchMeta } from '../lib/search.ts';
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

/** A word's place in a page Pagefind found, and its score. */
interface PagefindLocation {
	balanced_score: number;
}

/** A page Pagefind found. */
export interface PagefindResult {
	id: string;
	data(): Promise<{
		url: string;
		meta: Record<string, string | undefined>;
		plain_excerpt: string;
		sub_results: { title: string; plain_excerpt: string; anchor?: { id: string }; weighted_locations: PagefindLocation[] }[];
	}>;
}

/** How many of a pass's results are read: each is a fetch, and records hold up to 20 codes each. */
const RESULTS_READ = 8;

/**
 * The first results of a Pagefind pass, read: pages, and records of codes with the section of
 * each code that matched. The caller must not read another pass until this one is done.
 */
export function readPass(results: PagefindResult[]): Promise<FoundPage[]> {
	return Promise.all(
		results.slice(0, RESULTS_READ).map(async (result): Promise<FoundPage> => {
			const data = await result.data();
			const page: FoundPage = { url: data.url, meta: data.meta, excerpt: data.plain_excerpt };
			if (data.meta['kind'] !== 'codes') return page;
			page.sections = data.sub_results.flatMap((sub) =>
				sub.anchor === undefined
					? []
					: [
							{
								anchor: sub.anchor.id,
								title: sub.title,
								excerpt: sub.plain_excerpt,
								score: sub.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0),
							},
						],
			);
			return page;
		}),
	);
}

/** The part of Pagefind's API the search uses. */
export interface Pagefind {
	init(): Promise<void>;
	options(options: { baseUrl: string }): Promise<void>;
	search(query: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
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
