/**
 * The search's data in the browser: the shard sizes, the one shard of the code list a query needs
 * (each fetched once), and Pagefind, loaded on first use under the site's base.
 */
import { readCodeIndex, shardOfQuery, type CodeEntry, type CodeIndex } from '../lib/search.ts';
import { codeUrl, homeUrl, pagefindUrl, searchShardsUrl, searchShardUrl } from '../lib/urls.ts';

/** One shard of the code list, unpacked, with its entries by page URL. */
export interface CodeList {
	entries: CodeEntry[];
	index: CodeIndex;
	byUrl: Map<string, CodeEntry>;
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

const lists = new Map<string, Promise<CodeList>>();
function load(url: string): Promise<CodeList> {
	let list = lists.get(url);
	if (!list) {
		list = fetch(url)
			.then((response) => response.json() as Promise<CodeIndex>)
			.then((index) => {
				const entries = readCodeIndex(index);
				return { entries, index, byUrl: new Map(entries.map((e) => [codeUrl(e), e])) };
			});
		lists.set(url, list);
	}
	return list;
}

// The shard sizes live in their own small file, not in the pages: pages stay valid when they change.
let shardSizes: Promise<number[]> | undefined;

/** The smallest shard of the code list that holds every code the query can match. */
export async function loadShard(query: string): Promise<CodeList> {
	shardSizes ??= fetch(searchShardsUrl())
		.then((response) => response.json() as Promise<{ sizes: number[] }>)
		.then((manifest) => manifest.sizes);
	return load(searchShardUrl(shardOfQuery(query, await shardSizes)));
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
