/**
 * Ranking for the site search, pure. Pagefind matches word prefixes only, so a code lookup runs in
 * front of it: whole codes first, then services the query names, then codes that contain what was
 * typed; then the codes and pages Pagefind found, those whose text holds the whole query first.
 */
import { rangeHolds, readConstant, sdkConstant, serviceNames } from '../codes.ts';
import { actionUrl, codeUrl, serviceUrl, sitePath } from '../urls.ts';
import { lettersAndDigits, statusClass, type CodeEntry } from './code-list.ts';
import type { FoundPage } from './records.ts';

/** `[slug, name, English name]` of each service, as the meta file lists them. */
export type ServiceList = [string, string, string][];

/** What the user narrowed the search to; empty strings mean "all". */
export interface SearchFilters {
	service: string;
	status: string;
	section: string;
}

/** One line of the result list. */
export interface Hit {
	url: string;
	title: string;
	service?: string;
	status?: string;
	summary: string;
}

/** Whether an entry passes the filters. */
export function passes(entry: CodeEntry, filters: SearchFilters): boolean {
	return (
		(filters.service === '' || entry.service === filters.service) &&
		(filters.status === '' || statusClass(entry.status) === filters.status) &&
		(filters.section === '' || entry.section === filters.section)
	);
}

const unsigned = (text: string) => text.replace(/^[-+]/, '');

/**
 * How well a code matches the query, 0 for not at all. Exact (any case) beats its SDK constant
 * (`INVALIDINSTANCEID_NOTFOUND`), beats a numeric code without its sign or a range that holds the number, beats the last dotted segment, beats a substring, beats the query's words run
 * together (`bucket not empty` -> `BucketNotEmpty`).
 */
export function codeScore(code: string, query: string): number {
	const q = query.trim().toLowerCase();
	if (q === '') return 0;
	const c = code.toLowerCase();
	// The exact spelling first: codes of one service may differ only in case.
	if (code === query.trim()) return 101;
	if (c === q) return 100;
	if (sdkConstant(code) === query.trim().toUpperCase()) return 95;
	if (/^[-+]?\d+$/.test(q) && /^[-+]?\d+$/.test(c) && unsigned(c) === unsigned(q)) return 90;
	// A number inside a range of codes (`120001 - 130000`) is one of its codes.
	if (rangeHolds(code, q)) return 90;
	// Fewer than three letters or digits match too much to be a lookup (and see shardOfQuery).
	if (lettersAndDigits(q).length < 3) return 0;
	if (c.endsWith(`.${q}`)) return 80;
	const at = c.indexOf(q);
	if (at >= 0) return 70 - Math.min(10, (c.length - q.length) / 4) - (at === 0 ? 0 : 1);
	const words = lettersAndDigits(q);
	if (words.length >= 4 && /\s/.test(q) && lettersAndDigits(c).includes(words)) return 60;
	return 0;
}

/** Scores of a whole code, or of a numeric code without its sign: these outrank everything else. */
export const WHOLE_CODE = 90;

/** A code with how well it matched. */
export interface ScoredCode {
	entry: CodeEntry;
	score: number;
}

/** Codes matching the query, best first; ties go to the shorter code, then to catalogue order. */
export function findCodes(entries: CodeEntry[], query: string, filters: SearchFilters, limit = 50): ScoredCode[] {
	const scored: { entry: CodeEntry; score: number; order: number }[] = [];
	entries.forEach((entry, order) => {
		if (!passes(entry, filters)) return;
		// An action's Chinese name, typed whole, finds it as its name does.
		const named = entry.name !== undefined && entry.name.toLowerCase() === query.trim().toLowerCase();
		const score = named ? 100 : codeScore(entry.code, query);
		if (score > 0) scored.push({ entry, score, order });
	});
	return scored
		.sort((a, b) => b.score - a.score || a.entry.code.length - b.entry.code.length || a.order - b.order)
		.slice(0, limit)
		.map(({ entry, score }) => ({ entry, score }));
}

/**
 * Services the query names: by any of their names (`COS`, `对象存储`, `CloudAudit`), so a service
 * page comes before codes that merely contain it; then services whose Chinese name contains it.
 */
export function findServices(services: ServiceList, query: string): string[] {
	const q = query.trim().toLowerCase();
	if (q === '') return [];
	const named = (slug: string, name: string, nameEn: string) => serviceNames(slug, name, nameEn).some((n) => n.toLowerCase() === q);
	// A service named exactly (`负载均衡`) before those whose name merely contains it (`应用型负载均衡`).
	const exact = services.filter(([slug, name, nameEn]) => named(slug, name, nameEn));
	const containing = services.filter(
		([slug, name, nameEn]) => !named(slug, name, nameEn) && q.length >= 2 && /[^\x00-\x7f]/.test(q) && name.includes(query.trim()),
	);
	return [...exact, ...containing].map(([slug]) => slug);
}

/**
 * A query that names a service before or after one code-like word (`cvm InvalidInstanceId.NotFound`,
 * `InternalError 云服务器`), or before an SDK constant as the SDKs write it (`cvm.INVALIDINSTANCEID_NOTFOUND`,
 * `CvmErrorCode.…`): the service and the word, so the code is looked up in that service.
 */
export function serviceQualifier(services: ServiceList, query: string): { service: string; rest: string } | undefined {
	const constant = readConstant(query);
	if (constant?.service !== undefined && services.some(([slug]) => slug === constant.service))
		return { service: constant.service, rest: constant.constant };
	const words = query.trim().split(/\s+/);
	if (words.length !== 2) return undefined;
	for (const [name, rest] of [words, [...words].reverse()] as [string, string][]) {
		const [service] = findServices(services, name);
		if (service !== undefined && /^[A-Za-z0-9._-]+$/.test(rest)) return { service, rest };
	}
	return undefined;
}

/** The page of an entry of the lists: a code's, or an action's. */
export function entryUrl(entry: CodeEntry): string {
	return entry.kind === 'action' ? actionUrl({ service: entry.service, slug: entry.slug ?? entry.code }) : codeUrl(entry);
}

/** A code (or an action) as a result line. */
export function hitOfCode(entry: CodeEntry): Hit {
	const hit: Hit = { url: entryUrl(entry), title: entry.code, service: entry.serviceName, summary: entry.summary };
	if (entry.status !== undefined) hit.status = String(entry.status);
	return hit;
}

/**
 * The results the code list gives, before Pagefind's: whole codes first (in the service a query
 * like `cvm InvalidInstanceId.NotFound` names), then services the query names, then codes that
 * contain it. `entries` must hold the query's shard (of the qualified code, when it has one).
 */
export function codeHits(entries: CodeEntry[], services: ServiceList, query: string, filters: SearchFilters, limit: number): Hit[] {
	const qualified = serviceQualifier(services, query);
	const scored = qualified
		? findCodes(entries, qualified.rest, { ...filters, service: filters.service || qualified.service }, limit)
		: findCodes(entries, query, filters, limit);
	const serviceHits = findServices(services, query)
		.filter((slug) => filters.service === '' || filters.service === slug)
		.map((slug): Hit => {
			const [, name = slug, nameEn = ''] = services.find(([s]) => s === slug) ?? [];
			return { url: serviceUrl(slug), title: `${name}错误码`, summary: nameEn };
		});
	return [
		...scored.filter((s) => s.score >= WHOLE_CODE).map((s) => hitOfCode(s.entry)),
		...serviceHits,
		...scored.filter((s) => s.score < WHOLE_CODE).map((s) => hitOfCode(s.entry)),
	];
}

/** Where a text holds the whole query: not at all, only inside a word (`s3签名过期`), or where a word starts (`-96 签名过期`). */
export const QueryPlace = { absent: 0, insideWord: 1, atWordStart: 2 } as const;

/** One of `QueryPlace`'s values; a larger one ranks first. */
export type QueryPlace = (typeof QueryPlace)[keyof typeof QueryPlace];

/** Where the text holds the whole query (case ignored). */
export function whereQueryIs(text: string, query: string): QueryPlace {
	const wanted = query.trim().toLowerCase();
	const lower = text.toLowerCase();
	let at = wanted === '' ? -1 : lower.indexOf(wanted);
	if (at < 0) return QueryPlace.absent;
	for (; at >= 0; at = lower.indexOf(wanted, at + 1)) if (at === 0 || !/[\p{L}\p{N}]/u.test(lower[at - 1]!)) return QueryPlace.atWordStart;
	return QueryPlace.insideWord;
}

/**
 * The result lines of what one Pagefind query found: the codes of its records, those whose text
 * holds the whole query first (`FoundCode.place`), then by the score of their matching words; then
 * the other pages, in Pagefind's order. A code's line is its entry from the shard when the shard has it.
 */
export function linesOfFound(found: FoundPage[], services: ServiceList, byUrl: Map<string, CodeEntry>): Hit[] {
	const codes = found
		.flatMap((page) => page.codes ?? [])
		.sort((a, b) => b.place - a.place || b.score - a.score)
		.map((code): Hit => {
			const url = sitePath(`/${code.anchor}`);
			const entry = byUrl.get(url);
			if (entry) return hitOfCode(entry);
			const slug = code.anchor.split('/')[0];
			const hit: Hit = { url, title: code.code, summary: code.summary };
			const service = services.find(([s]) => s === slug)?.[1];
			if (service) hit.service = service;
			return hit;
		});
	const pages = found
		.filter((page) => page.codes === undefined)
		.map((page): Hit => ({ url: page.url, title: page.title, summary: page.excerpt }));
	return [...codes, ...pages];
}

/** Merges ranked lists, first list first, keeping the first place of each key. */
export function mergeRanked<T>(lists: T[][], key: (item: T) => string, limit: number): T[] {
	const seen = new Set<string>();
	const merged: T[] = [];
	for (const list of lists) {
		for (const item of list) {
			const k = key(item);
			if (seen.has(k)) continue;
			seen.add(k);
			merged.push(item);
			if (merged.length >= limit) return merged;
		}
	}
	return merged;
}
