/**
 * One search, from the query to its complete result list, as a sequence of lists the box shows in
 * turn: the code list's lines first, then those with what Pagefind found. Pure but for the
 * `SearchSource` it is given, which the browser fills with fetches and Pagefind, and tests with fakes.
 */
import type { SearchMeta } from '../../schemas/search.ts';
import type { CodeEntry } from './code-list.ts';
import { codeHits, linesOfFound, mergeRanked, serviceQualifier, type Hit, type SearchFilters } from './ranking.ts';
import { readResults, type PagefindResult } from './records.ts';

/** How many lines a result list holds. */
export const RESULT_LIMIT = 20;

/** One shard of the code list, unpacked, with its entries by page URL, and the catalogue's lists. */
export interface CodeList {
	entries: CodeEntry[];
	meta: SearchMeta;
	byUrl: Map<string, CodeEntry>;
}

/** What a search reads: the shard a query needs, Pagefind's queries, and a pause. */
export interface SearchSource {
	shard(query: string): Promise<CodeList>;
	pagefind(query: string, filters: Record<string, string>): Promise<PagefindResult[]>;
	/** Waits while the user may still be typing: a fast typist starts one Pagefind search, not one a key. */
	pause(): Promise<void>;
}

/** A list to show, and whether it is the last for this query. */
export interface SearchStep {
	hits: Hit[];
	done: boolean;
}

/** Whether the query has CJK text or several words, where a phrase query keeps the words together. */
export function wantsPhraseQuery(query: string): boolean {
	return /[\u3400-\u9fff\uf900-\ufaff]/.test(query) || /\S\s+\S/.test(query.trim());
}

/**
 * The starts of a Chinese query, longest first, down to four characters: what the search asks
 * Pagefind for when the whole phrase finds nothing (`邮箱格式不正确` -> `邮箱格式不正`, … `邮箱格式`).
 */
export function shorterPhrases(query: string): string[] {
	const text = query.trim();
	if (!/^[\u3400-\u9fff\uf900-\ufaff]+$/.test(text)) return [];
	return Array.from({ length: Math.max(0, text.length - 4) }, (_, i) => text.slice(0, text.length - 1 - i));
}

/** Pagefind's phrase query: the query in quotes, with quotes inside dropped. */
export function phraseQuery(query: string): string {
	return `"${query.replace(/"/g, ' ').trim()}"`;
}

/**
 * The lists one query shows, in turn; an empty query gives one empty list. Once `wanted` says no
 * (the user typed on), the search stops at its next step and gives nothing more: Pagefind holds one
 * copy of a record, so an old search must not read on beside the new one.
 */
export async function* searchSteps(
	rawQuery: string,
	filters: SearchFilters,
	source: SearchSource,
	wanted: () => boolean = () => true,
): AsyncGenerator<SearchStep> {
	const query = rawQuery.trim();
	if (query === '') {
		yield { hits: [], done: true };
		return;
	}
	let codes = await source.shard(query);
	const qualified = serviceQualifier(codes.meta.services, query);
	if (qualified) codes = await source.shard(qualified.rest);
	if (!wanted()) return;
	const fromCodes = codeHits(codes.entries, codes.meta.services, query, filters, RESULT_LIMIT);
	// A list the code list fills already is complete: Pagefind's lines would come after it.
	if (fromCodes.length >= RESULT_LIMIT) {
		yield { hits: fromCodes.slice(0, RESULT_LIMIT), done: true };
		return;
	}
	yield { hits: fromCodes, done: false };

	await source.pause();
	if (!wanted()) return;
	const chosen = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== ''));
	const queries = await Promise.all([
		wantsPhraseQuery(query) ? source.pagefind(phraseQuery(query), chosen) : [],
		source.pagefind(query, chosen),
	]);
	// Pagefind may segment a Chinese phrase otherwise than the page it is in: try its shorter starts.
	for (const shorter of shorterPhrases(query)) {
		if (!wanted() || queries.some((results) => results.length > 0)) break;
		queries.push(await source.pagefind(phraseQuery(shorter), chosen));
	}
	// One query's results after the other: Pagefind keeps one copy of a record, which each read rewrites.
	const found: Hit[][] = [];
	const shown = new Set(fromCodes.map((h) => h.url));
	for (const results of queries) {
		if (!wanted()) return;
		if (shown.size >= RESULT_LIMIT) break;
		const lines = linesOfFound(await readResults(results, query, RESULT_LIMIT - shown.size), codes.meta.services, codes.byUrl);
		for (const line of lines) shown.add(line.url);
		found.push(lines);
	}
	if (!wanted()) return;
	yield { hits: mergeRanked([fromCodes, ...found], (h) => h.url, RESULT_LIMIT), done: true };
}
