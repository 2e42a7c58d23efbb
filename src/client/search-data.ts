/**
 * The site's lists in the browser: the catalogue-wide meta file, the one shard of the code list a
 * query needs (each fetched once), and Pagefind, loaded on first use under the site's base.
 */
import { readCodeIndex, shardOfQuery, type CodeEntry, type CodeIndex, type SearchMeta } from '../lib/search.ts';
import { codeUrl, homeUrl, pagefindUrl, searchMetaUrl, searchShardUrl } from '../lib/urls.ts';

/** One shard of the code list, unpacked, with its entries by page URL, and the catalogue's lists. */
export interface CodeList {
	entries: CodeEntry[];
	meta: SearchMeta;
	byUrl: Map<string, CodeEntry>;
}

let meta: Promise<SearchMeta> | undefined;

/** The catalogue's services, sections and status classes, and how its lists are cut: fetched once. */
export function loadMeta(): Promise<SearchMeta> {
	meta ??= fetch(searchMetaUrl()).then((response) => response.json() as Promise<SearchMeta>);
	return meta;
}

/** A page Pagefind found. */
export interface PagefindResult {
	id: string;
	data(): Promise<{ url: string; meta: Record<string, string | undefined>; excerpt: string }>;
}

/** The part of Pagefind's API the search uses. */
export interface Pagefind {
	init(): Promise<void>;
	options(options: { baseUrl: string }): Promise<void>;
	search(query: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

const lists = new Map<number, Promise<CodeList>>();

/** The smallest shard of the code list that holds every code the query can match. */
export async function loadShard(query: string): Promise<CodeList> {
	const catalogue = await loadMeta();
	const shard = shardOfQuery(query, catalogue.shards);
	let list = lists.get(shard);
	if (!list) {
		list = fetch(searchShardUrl(shard))
			.then((response) => response.json() as Promise<CodeIndex>)
			.then((index) => {
				const entries = readCodeIndex(index, catalogue);
				return { entries, meta: catalogue, byUrl: new Map(entries.map((e) => [codeUrl(e), e])) };
			});
		lists.set(shard, list);
	}
	return list;
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
