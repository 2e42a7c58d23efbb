/**
 * The codes as Pagefind records, written and read back here only. A record holds a few codes of
 * one service that share their filter values, each code a section whose heading's id is its page:
 * Pagefind's page table holds one entry per record, not per code, so what a first search loads
 * stays small as the catalogue grows.
 *
 * What the reader relies on, of Pagefind's result data (`data()`): `meta`, `anchors` (every
 * element with an id, its text and its word location), `sub_results` (the sections its query
 * marked, with their scores), and `raw_content`, the text it split into words. A word location
 * counts the pieces of that text between spaces and U+200B, as Pagefind's own excerpts do; a
 * Pagefind that split otherwise would fail `tests/built/search-records.test.ts`, which reads
 * every record of the built sites back through the real Pagefind.
 */
import type { Action } from '../../schemas/action.ts';
import type { ErrorCode } from '../../schemas/error-code.ts';
import type { ServiceMeta } from '../../schemas/service.ts';
import { SUMMARY_LENGTH } from '../codes.ts';
import { groupBy, presentValues } from '../collect.ts';
import { escapeText } from '../../frame/frame.ts';
import { plainText } from '../inline.ts';
import { sourcesOf } from '../meanings.ts';
import { actionNaming } from '../actions.ts';
import { actionUrl, codeUrl, withoutBase } from '../urls.ts';
import { actionSummary, statusClass } from './code-list.ts';
import { QueryPlace, whereQueryIs } from './ranking.ts';

/** At most this many codes in one record. */
export const CODES_PER_RECORD = 20;

/** The path prefix of records in Pagefind's index; never a page of the site. */
export const RECORD_PATH = '/search/records/';

/** The value of the `kind` meta that marks a record of codes. */
const RECORD_KIND = 'codes';

/** One record for Pagefind's `addHTMLFile`. */
export interface SearchRecord {
	url: string;
	content: string;
}

/** One section of a record: a code, or an action. */
interface RecordItem {
	service: string;
	anchor: string;
	heading: string;
	text: string[];
	filters: Record<'service' | 'section' | 'status', string[]>;
}

/** The filter values a code's page had: its service, sections and status classes. */
function filtersOf(entry: ErrorCode): RecordItem['filters'] {
	return {
		service: [entry.service],
		section: presentValues(entry.meanings.map((m) => m.section)).sort(),
		status: presentValues(entry.meanings.map((m) => statusClass(m.status))).sort(),
	};
}

/** The anchor of a code (or an action) in its record: its page's path without the base, without the leading slash. */
export function recordAnchor(entry: Pick<ErrorCode, 'service' | 'code' | 'slug'> | Pick<Action, 'service' | 'action' | 'slug'>): string {
	return withoutBase('action' in entry ? actionUrl(entry) : codeUrl(entry)).slice(1);
}

/**
 * The text of a code in its record: each meaning's description and handling, its code cell where
 * that is more than the code (`FACEVERIFY_LOGIN_ERROR = "-10000";`) and its other columns' cells
 * (a code's name, `AV_ERR_FAILED`), then its English twins', as plain text.
 */
export function recordText(entry: ErrorCode): string[] {
	const lines = entry.meanings.flatMap((m) => [
		plainText(m.description),
		m.handling && plainText(m.handling),
		m.cell,
		...(m.extra ?? []).map((cell) => plainText(cell.text)),
		...sourcesOf(m).flatMap(({ english }) => [english && plainText(english.description), english?.handling && plainText(english.handling)]),
	]);
	return presentValues(lines);
}

/** The text of an action in its record: what its line says (its Chinese name, its status), and its description, as plain text. */
export function actionRecordText(action: Action): string[] {
	const description = action.versions.find((v) => v.description !== undefined)?.description;
	return [actionSummary(actionNaming(action)), ...(description === undefined ? [] : [plainText(description)])];
}

/** An item as a section: its name as the heading, then its text. Service, section and status are the record's filters. */
function section(item: RecordItem): string {
	const lines = item.text.map((line) => `<p>${escapeText(line)}</p>`);
	return `<section><h2 id="${escapeText(item.anchor)}">${escapeText(item.heading)}</h2>${lines.join('')}</section>`;
}

/**
 * The codes in catalogue order, then the actions, cut into records: a record holds up to
 * `CODES_PER_RECORD` items of one service with the same filter values, so Pagefind's filters still
 * pick exactly the right codes. An action has its service as its only filter.
 */
export function searchRecords(codes: ErrorCode[], services: ServiceMeta[], actions: Action[] = []): SearchRecord[] {
	const serviceBySlug = new Map(services.map((s) => [s.slug, s]));
	const items: RecordItem[] = [
		...[...codes]
			.sort((a, b) => a.order - b.order)
			.map((c) => ({ service: c.service, anchor: recordAnchor(c), heading: c.code, text: recordText(c), filters: filtersOf(c) })),
		...actions.map((a) => ({
			service: a.service,
			anchor: recordAnchor(a),
			heading: a.action,
			text: actionRecordText(a),
			filters: { service: [a.service], section: [], status: [] },
		})),
	];
	const groups = groupBy(items, (item) => JSON.stringify(item.filters));
	const records: SearchRecord[] = [];
	for (const group of groups.values()) {
		// Filters and the kind in attributes: as text they would be indexed, and show in excerpts.
		const filters = Object.entries(group[0]!.filters).flatMap(([name, values]) =>
			values.map((value) => `<span data-pagefind-filter="${name}:${escapeText(value)}"></span>`),
		);
		for (let i = 0; i < group.length; i += CODES_PER_RECORD) {
			const chunk = group.slice(i, i + CODES_PER_RECORD);
			const service = serviceBySlug.get(chunk[0]!.service)!;
			records.push({
				url: `${RECORD_PATH}${records.length}/`,
				content:
					`<!doctype html><html lang="zh-CN"><head><title>${escapeText(service.name)}</title></head><body>` +
					`<main data-pagefind-body data-pagefind-meta="kind:${RECORD_KIND}">${filters.join('')}` +
					chunk.map(section).join('') +
					'</main></body></html>',
			});
		}
	}
	return records;
}

/** What Pagefind's `data()` gives for a page or a record, as far as the search reads it. */
export interface ResultData {
	url: string;
	meta: Record<string, string | undefined>;
	plain_excerpt: string;
	raw_content: string;
	anchors: { id?: string; text?: string; location: number }[];
	sub_results: { anchor?: { id?: string }; weighted_locations: { balanced_score: number }[] }[];
}

/** A result of a Pagefind query, before its data is loaded. */
export interface PagefindResult {
	data(): Promise<ResultData>;
}

/** One code Pagefind found in a record. */
export interface FoundCode {
	/** Its anchor: the code's page path, without the base and the leading slash. */
	anchor: string;
	code: string;
	/** Where its text holds the whole query. */
	place: QueryPlace;
	/** What its result line shows: the start of its text, as a line of the code list does. */
	summary: string;
	/** Pagefind's score of the words that matched in it (0 when it marked none). */
	score: number;
}

/** One result of a Pagefind query: a page, or a record with the codes in it that matched. */
export interface FoundPage {
	url: string;
	title: string;
	excerpt: string;
	codes?: FoundCode[];
}

/** Where each word of Pagefind's text starts: a word location indexes this list. */
function wordStarts(content: string): number[] {
	return [...content.matchAll(/[^\s\u200b]+/g)].map((m) => m.index);
}

/** A code of a record, as Pagefind gave it back: its anchor, its code and its text (empty where the text could not be told). */
export interface RecordCode {
	anchor: string;
	code: string;
	text: string;
}

/** Every code of a record with its text, which runs from its heading to the next. */
export function codesOfRecord(data: Pick<ResultData, 'raw_content' | 'anchors'>): RecordCode[] {
	const content = data.raw_content;
	const starts = wordStarts(content);
	const headings = data.anchors.filter((a) => a.id && a.text).sort((a, b) => a.location - b.location);
	const plain = (from: number, to: number) =>
		content
			.slice(from, to)
			.replace(/\u200b/g, '')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/^[.\s]+/, '')
			.trim();
	/**
	 * Where `text` ends when it is written at `start`, or -1: Pagefind's U+200B inside it skipped
	 * (`-​29993`), and its `<` and `>` written as `&lt;` and `&gt;`, as Pagefind writes them.
	 */
	const endOf = (text: string, start: number | undefined) => {
		if (start === undefined) return -1;
		let at = start;
		for (const char of text) {
			while (content[at] === '\u200b') at += 1;
			const written = char === '<' ? '&lt;' : char === '>' ? '&gt;' : char;
			if (!content.startsWith(written, at)) return -1;
			at += written.length;
		}
		return at;
	};
	return headings.map((heading, i) => {
		const end = endOf(heading.text!, starts[heading.location]);
		// Pagefind cut the text otherwise than this reads it: the code's text is unknown.
		const text = end < 0 ? '' : plain(end, starts[headings[i + 1]?.location ?? Infinity] ?? content.length);
		return { anchor: heading.id!, code: heading.text!, text };
	});
}

/**
 * The codes of a record that matched: those Pagefind marked words in (a phrase query marks one a
 * record) and those whose text holds the whole query.
 */
export function codesInRecord(data: Pick<ResultData, 'raw_content' | 'anchors' | 'sub_results'>, query: string): FoundCode[] {
	const scores = new Map(
		data.sub_results.flatMap((sub) =>
			sub.anchor?.id === undefined ? [] : [[sub.anchor.id, sub.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0)] as const],
		),
	);
	return codesOfRecord(data).flatMap(({ anchor, code, text }) => {
		const score = scores.get(anchor);
		const place = whereQueryIs(text, query);
		if (score === undefined && place === QueryPlace.absent) return [];
		const summary = text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH)}…` : text;
		return [{ anchor, code, place, summary, score: score ?? 0 }];
	});
}

/** The most results of a query that are read: each is a fetch, and a record holds up to 20 codes. */
const RESULTS_READ = 8;

/**
 * The first results of a Pagefind query, read two at a time until `wanted` codes hold the whole
 * query: pages, and records with their codes that matched. The caller must not read another query's
 * results until this is done: Pagefind keeps one copy of a record, which a read rewrites.
 */
export async function readResults(results: PagefindResult[], query: string, wanted: number): Promise<FoundPage[]> {
	const found: FoundPage[] = [];
	let lines = 0;
	for (let i = 0; i < Math.min(results.length, RESULTS_READ) && lines < wanted; i += 2) {
		const batch = await Promise.all(
			results.slice(i, Math.min(i + 2, RESULTS_READ)).map(async (result): Promise<FoundPage> => {
				const data = await result.data();
				const page: FoundPage = { url: data.url, title: data.meta['title'] ?? data.url, excerpt: data.plain_excerpt };
				if (data.meta['kind'] === RECORD_KIND) page.codes = codesInRecord(data, query);
				return page;
			}),
		);
		// Lines that hold the whole query: a list of partial matches is not yet a full one.
		for (const page of batch) lines += page.codes?.filter((c) => c.place > 0).length ?? 1;
		found.push(...batch);
	}
	return found;
}
