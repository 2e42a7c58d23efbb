/**
 * Ranking for the site search. Pagefind matches word prefixes only, so a code lookup runs in front
 * of it: exact codes first, then codes that contain what was typed, then Pagefind's phrase and
 * word passes. Pure: the browser script feeds it the code list and Pagefind's answers.
 */
import { SUMMARY_LENGTH, serviceAcronym } from './codes.ts';
import { codeUrl, serviceUrl, sitePath } from './urls.ts';

/**
 * `/search/meta.json`: what the search, the 404 resolver and the paste lookup need once, whatever
 * they look up; the shards and lookup parts then hold codes only.
 */
export interface SearchMeta {
	v: 1;
	/** `[slug, name, English name]` of each service. */
	services: [string, string, string][];
	/** Every distinct section name in the catalogue. */
	sections: string[];
	/** Every HTTP status class in the catalogue (`4XX`), for the filter. */
	statuses: string[];
	/** How many codes each shard of the code list holds (see `shardOfQuery`). */
	shards: number[];
	/** How many parts the lookup list is cut into (see `lookupPartOf`). */
	parts: number;
}

/** A shard of the compact code list the build writes for the search (`/search/codes/<n>.json`). */
export interface CodeIndex {
	v: 1;
	/**
	 * `[code, service index, first HTTP status or 0, section index or -1, start of the first meaning]`,
	 * and the code's URL segment where it is not `codeSlug(code)` (codes differing only in case).
	 */
	codes: [string, number, number, number, string, string?][];
}

/** One code as the search sees it. */
export interface CodeEntry {
	code: string;
	slug?: string;
	service: string;
	serviceName: string;
	status?: number;
	section?: string;
	summary: string;
}

/** What the user narrowed the search to; empty strings mean "all". */
export interface SearchFilters {
	service: string;
	status: string;
	section: string;
}

/** Unpacks a shard of the compact code list, its indexes read against the catalogue's lists. */
export function readCodeIndex(index: CodeIndex, meta: SearchMeta): CodeEntry[] {
	return index.codes.map(([code, s, status, section, summary, slug]) => {
		const [service = '', serviceName = ''] = meta.services[s] ?? [];
		const entry: CodeEntry = { code, service, serviceName, summary };
		if (slug !== undefined) entry.slug = slug;
		if (status > 0) entry.status = status;
		const sectionName = meta.sections[section];
		if (sectionName !== undefined) entry.section = sectionName;
		return entry;
	});
}

/** The HTTP status class used as a filter value: 404 -> "4XX". */
export function statusClass(status: number | undefined): string {
	return status === undefined ? '' : `${Math.floor(status / 100)}XX`;
}

/** Whether an entry passes the filters. */
export function passes(entry: CodeEntry, filters: SearchFilters): boolean {
	return (
		(filters.service === '' || entry.service === filters.service) &&
		(filters.status === '' || statusClass(entry.status) === filters.status) &&
		(filters.section === '' || entry.section === filters.section)
	);
}

/**
 * How many shards the code list is cut into: about 20 codes' worth each, so a shard holds some
 * 400 codes (each code sits in the shard of every 3-letter run it has), up to 2,048 shards; and
 * shard 0, of the codes too short for a run.
 */
export function shardCount(codes: number): number {
	return Math.min(2048, Math.max(2, Math.ceil(codes / 20)));
}

/** The bucket of a key among `shards`: FNV-1a, cheap, and the same in the build and in the browser. */
export const bucket = (key: string, shards: number) => {
	let h = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
	return (h >>> 0) % shards;
};

/**
 * The shards a text's runs of three letters and digits (case, signs, dots and spaces dropped) fall
 * in; shard 0 for a text with fewer than three. Only a code that short can match a query that
 * short (`codeScore`), so a Chinese query loads the small shard 0.
 */
function shardsOf(text: string, shards: number): number[] {
	const key = squash(text);
	if (key.length < 3) return [0];
	return Array.from({ length: key.length - 2 }, (_, i) => 1 + bucket(key.slice(i, i + 3), shards - 1));
}

/**
 * The shard a query is looked up in, given how many codes each shard holds. Every code
 * `codeScore` can match contains every run of the query, so it is in the shard of each of them:
 * the smallest of those is enough.
 */
export function shardOfQuery(query: string, sizes: number[]): number {
	return shardsOf(query.trim(), sizes.length).reduce((best, shard) => ((sizes[shard] ?? 0) < (sizes[best] ?? 0) ? shard : best));
}

/** The shards a code is listed in: one per run of three letters and digits in it, or shard 0. */
export function shardsOfCode(code: string, shards: number): Set<number> {
	return new Set(shardsOf(code, shards));
}

/** The code list cut into shards, each code in every shard `shardsOfCode` names, in list order. */
export function cutIntoShards<T extends { code: string }>(codes: T[], shards = shardCount(codes.length)): T[][] {
	const parts: T[][] = Array.from({ length: shards }, () => []);
	for (const code of codes) for (const shard of shardsOfCode(code.code, shards)) parts[shard]!.push(code);
	return parts;
}

const unsigned = (text: string) => text.replace(/^[-+]/, '');
const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * How well a code matches the query, 0 for not at all. Exact (any case) beats a numeric code
 * without its sign, beats the last dotted segment, beats a substring, beats the query's words run
 * together (`bucket not empty` -> `BucketNotEmpty`).
 */
export function codeScore(code: string, query: string): number {
	const q = query.trim().toLowerCase();
	if (q === '') return 0;
	const c = code.toLowerCase();
	// The exact spelling first: codes of one service may differ only in case.
	if (code === query.trim()) return 101;
	if (c === q) return 100;
	if (/^[-+]?\d+$/.test(q) && /^[-+]?\d+$/.test(c) && unsigned(c) === unsigned(q)) return 90;
	// Fewer than three letters or digits match too much to be a lookup (and see shardOfQuery).
	if (squash(q).length < 3) return 0;
	if (c.endsWith(`.${q}`)) return 80;
	const at = c.indexOf(q);
	if (at >= 0) return 70 - Math.min(10, (c.length - q.length) / 4) - (at === 0 ? 0 : 1);
	const words = squash(q);
	if (words.length >= 4 && /\s/.test(q) && squash(c).includes(words)) return 60;
	return 0;
}

/** A code with how well it matched. */
export interface ScoredCode {
	entry: CodeEntry;
	score: number;
}

/** Scores of a whole code, or of a numeric code without its sign: these outrank everything else. */
export const WHOLE_CODE = 90;

/** Codes matching the query, best first; ties go to the shorter code, then to catalogue order. */
export function findCodes(entries: CodeEntry[], query: string, filters: SearchFilters, limit = 50): ScoredCode[] {
	const scored: { entry: CodeEntry; score: number; order: number }[] = [];
	entries.forEach((entry, order) => {
		if (!passes(entry, filters)) return;
		const score = codeScore(entry.code, query);
		if (score > 0) scored.push({ entry, score, order });
	});
	return scored
		.sort((a, b) => b.score - a.score || a.entry.code.length - b.entry.code.length || a.order - b.order)
		.slice(0, limit)
		.map(({ entry, score }) => ({ entry, score }));
}

/**
 * Services the query names: by slug, Chinese name, English name or the acronym in it
 * (`COS`, `对象存储`, `CloudAudit`), so a service page comes before codes that merely contain it.
 */
export function findServices(services: [string, string, string][], query: string): string[] {
	const q = query.trim().toLowerCase();
	if (q === '') return [];
	const exact = (slug: string, name: string, nameEn: string) => {
		const acronym = serviceAcronym(nameEn);
		const names = [slug, name, nameEn, nameEn.replace(/\s*\([^)]*\)/, ''), acronym].filter((n) => n !== undefined);
		return names.some((n) => n.toLowerCase() === q);
	};
	// A service named exactly (`负载均衡`) before those whose name merely contains it (`应用型负载均衡`).
	const named = services.filter(([slug, name, nameEn]) => exact(slug, name, nameEn));
	const containing = services.filter(
		([slug, name, nameEn]) => !exact(slug, name, nameEn) && q.length >= 2 && /[^\x00-\x7f]/.test(q) && name.includes(query.trim()),
	);
	return [...named, ...containing].map(([slug]) => slug);
}

/**
 * A query that names a service before or after one code-like word (`cvm InvalidInstanceId.NotFound`,
 * `InternalError 云服务器`): the service and the word, so the code is looked up in that service.
 */
export function serviceQualifier(services: [string, string, string][], query: string): { service: string; rest: string } | undefined {
	const words = query.trim().split(/\s+/);
	if (words.length !== 2) return undefined;
	for (const [name, rest] of [words, [...words].reverse()] as [string, string][]) {
		const [service] = findServices(services, name);
		if (service !== undefined && /^[A-Za-z0-9._-]+$/.test(rest)) return { service, rest };
	}
	return undefined;
}

/** Whether the query has CJK text, where a phrase pass keeps the words of a phrase together. */
export function wantsPhrasePass(query: string): boolean {
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

/** The Pagefind query of the phrase pass: the query in quotes, with quotes inside dropped. */
export function phraseQuery(query: string): string {
	return `"${query.replace(/"/g, ' ').trim()}"`;
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

/** One line of the result list. */
export interface Hit {
	url: string;
	title: string;
	service?: string;
	status?: string;
	summary: string;
}

/** A code as a result line. */
export function hitOfCode(entry: CodeEntry): Hit {
	const hit: Hit = { url: codeUrl(entry), title: entry.code, service: entry.serviceName, summary: entry.summary };
	if (entry.status !== undefined) hit.status = String(entry.status);
	return hit;
}

/**
 * The results the code list gives, before Pagefind's: whole codes first (in the service a query
 * like `cvm InvalidInstanceId.NotFound` names), then services the query names, then codes that
 * contain it. `entries` must hold the query's shard (of the qualified code, when it has one).
 */
export function codeHits(
	entries: CodeEntry[],
	services: [string, string, string][],
	query: string,
	filters: SearchFilters,
	limit: number,
): Hit[] {
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

/** One code Pagefind found in a record of codes (`src/lib/search-records.ts`): its section. */
export interface FoundSection {
	/** The section's anchor: the code's page path, without the base and the leading slash. */
	anchor: string;
	title: string;
	/** How its text (after its heading) holds the whole query: `wholeQueryIn`. */
	whole: number;
	/** What the result line shows: the text's start, as a code line of the code list does. */
	excerpt: string;
	/** Pagefind's score of the words that matched in this section (0 when it marked none). */
	score: number;
}

/** One result of a Pagefind pass: a page, or a record of codes with the sections that matched. */
export interface FoundPage {
	url: string;
	meta: Record<string, string | undefined>;
	excerpt: string;
	sections?: FoundSection[];
}

/** What Pagefind's `data()` gives for a record: its text, its headings' places, and its sub-results. */
export interface RecordData {
	/** The text with U+200B between the words Pagefind cut it into, and `<` `>` escaped. */
	raw_content: string;
	anchors: { id?: string; text?: string; location: number }[];
	sub_results: { anchor?: { id?: string }; weighted_locations: { balanced_score: number }[] }[];
}

/**
 * The sections of a record that matched: those Pagefind marked words in (it marks one a record in
 * a phrase pass) and those whose text holds the whole query. The record's text is cut at each
 * heading's word: Pagefind's word places count the pieces between spaces and U+200B.
 */
export function sectionsOfRecord(data: RecordData, query: string): FoundSection[] {
	const marked = new Map(
		data.sub_results.flatMap((sub) =>
			sub.anchor?.id === undefined ? [] : [[sub.anchor.id, sub.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0)] as const],
		),
	);
	const content = data.raw_content;
	const wordStarts = [...content.matchAll(/[^\s\u200b]+/g)].map((m) => m.index);
	const headings = data.anchors.filter((a) => a.id && a.text).sort((a, b) => a.location - b.location);
	const plain = (from: number, to: number) =>
		content
			.slice(from, to)
			.replace(/\u200b/g, '')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/^[.\s]+/, '')
			.trim();
	/** Where `text` ends when it is written at `start`, Pagefind's U+200B inside it skipped (`-​29993`), or -1. */
	const endOf = (text: string, start: number | undefined) => {
		if (start === undefined) return -1;
		let at = start;
		for (const char of text) {
			while (content[at] === '\u200b') at += 1;
			if (!content.startsWith(char, at)) return -1;
			at += char.length;
		}
		return at;
	};
	return headings.flatMap((heading, i) => {
		const end = endOf(heading.text!, wordStarts[heading.location]);
		// Pagefind cut the text otherwise than this reads it: the section's text is unknown.
		const text = end < 0 ? '' : plain(end, wordStarts[headings[i + 1]?.location ?? Infinity] ?? content.length);
		const score = marked.get(heading.id!);
		const whole = wholeQueryIn(text, query);
		if (score === undefined && whole === 0) return [];
		const opening = text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH)}…` : text;
		return [{ anchor: heading.id!, title: heading.text!, whole, excerpt: opening, score: score ?? 0 }];
	});
}

/** 2 when the text holds the query where a word starts (`-96 签名过期`), 1 inside a word (`s3签名过期`), else 0. */
export function wholeQueryIn(text: string, query: string): number {
	const wanted = query.trim().toLowerCase();
	const lower = text.toLowerCase();
	let at = wanted === '' ? -1 : lower.indexOf(wanted);
	if (at < 0) return 0;
	for (; at >= 0; at = lower.indexOf(wanted, at + 1)) if (at === 0 || !/[\p{L}\p{N}]/u.test(lower[at - 1]!)) return 2;
	return 1;
}

/**
 * The result lines of one Pagefind pass: the codes in the records it found, those whose text holds
 * the whole query first (`FoundSection.whole`), then by the score of their matching words; then the
 * other pages, in Pagefind's order. A code's line is its entry from the shard when the shard has it.
 */
export function hitsOfPass(found: FoundPage[], services: [string, string, string][], byUrl: Map<string, CodeEntry>): Hit[] {
	const sections = found
		.flatMap((page) => page.sections ?? [])
		.sort((a, b) => b.whole - a.whole || b.score - a.score)
		.map((section): Hit => {
			const url = sitePath(`/${section.anchor}`);
			const entry = byUrl.get(url);
			if (entry) return hitOfCode(entry);
			const slug = section.anchor.split('/')[0];
			const hit: Hit = { url, title: section.title, summary: section.excerpt };
			const service = services.find(([s]) => s === slug)?.[1];
			if (service) hit.service = service;
			return hit;
		});
	const pages = found
		.filter((page) => page.sections === undefined)
		.map((page): Hit => ({ url: page.url, title: page.meta['title'] ?? page.url, summary: page.excerpt }));
	return [...sections, ...pages];
}
