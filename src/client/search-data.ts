/**
 * The site's lists in the browser: the catalogue-wide meta file, the one shard of the code list a
 * query needs, the lookup parts (each fetched once), and Pagefind, loaded on first use under the
 * site's base. `searchSource` hands them to the search pipeline.
 */
import type { CodeShard, LookupPart, SearchMeta } from '../schemas/search.ts';
import { entriesOfShard, lookupPartOf, ofThisVersion, readLookupPart, shardOfQuery, type LookupItems } from '../lib/search/code-list.ts';
import { entryUrl } from '../lib/search/ranking.ts';
import type { CodeList, SearchSource } from '../lib/search/pipeline.ts';
import type { PagefindResult } from '../lib/search/records.ts';
import { homeUrl, lookupPartUrl, pagefindUrl, searchMetaUrl, searchShardUrl } from '../lib/urls.ts';

const fetched = new Map<string, Promise<unknown>>();

/** A search file of the site, fetched and unpacked by `read` once per page. */
function fetchOnce<T>(url: string, read: (file: unknown) => T): Promise<T> {
	let value = fetched.get(url) as Promise<T> | undefined;
	if (!value) {
		value = fetch(url)
			.then((response) => response.json() as Promise<unknown>)
			.then((json) => read(ofThisVersion(json, url)));
		fetched.set(url, value);
	}
	return value;
}

/** The catalogue's services, sections and status classes, and how its lists are cut. */
export function loadMeta(): Promise<SearchMeta> {
	return fetchOnce(searchMetaUrl(), (file) => file as SearchMeta);
}

/** The smallest shard of the code list that holds every code the query can match. */
async function loadShard(query: string): Promise<CodeList> {
	const meta = await loadMeta();
	return fetchOnce(searchShardUrl(shardOfQuery(query, meta.shards)), (file) => {
		const entries = entriesOfShard(file as CodeShard, meta);
		return { entries, meta, byUrl: new Map(entries.map((e) => [entryUrl(e), e])) };
	});
}

/** Every code and action whose folded spelling is one of `keys`, with the others of their parts, in catalogue order. */
export async function loadLookup(keys: string[]): Promise<LookupItems> {
	const { parts } = await loadMeta();
	const wanted = [...new Set(keys.map((key) => lookupPartOf(key, parts)))].sort((a, b) => a - b);
	const loaded = await Promise.all(wanted.map((part) => fetchOnce(lookupPartUrl(part), (file) => readLookupPart(file as LookupPart))));
	return { codes: loaded.flatMap((l) => l.codes), actions: loaded.flatMap((l) => l.actions) };
}

/** The part of Pagefind's API the search uses. */
interface Pagefind {
	init(): Promise<void>;
	options(options: { baseUrl: string }): Promise<void>;
	search(query: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
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

/** How long typing must pause before Pagefind is asked: a fast typist starts one search, not one per key. */
const PAGEFIND_DELAY_MS = 40;

/** What the search pipeline reads, in the browser. */
export const searchSource: SearchSource = {
	shard: loadShard,
	pagefind: async (query, filters) => (await (await loadPagefind()).search(query, { filters }))?.results ?? [],
	pause: () => new Promise((resolve) => setTimeout(resolve, PAGEFIND_DELAY_MS)),
};
