/**
 * The compact code lists the build writes under `/search/` and the browser reads, written and read
 * here only: the meta file, the search's shards (cut by runs of three letters and digits) and the
 * lookup parts (cut by a code's folded spelling). Their shapes are `src/schemas/search.ts`.
 */
import type { Action } from '../../schemas/action.ts';
import type { ErrorCode } from '../../schemas/error-code.ts';
import type { CodeShard, LookupPart, SearchMeta } from '../../schemas/search.ts';
import { codeEnglish, codeRange, codeSlug, codeSummary, lookupKey } from '../codes.ts';
import { presentValues } from '../collect.ts';
import { actionNaming, returnedCodes } from '../actions.ts';

/** What the search's lists hold: codes, and actions, which are found by their names as codes are. */
export type Listed = ErrorCode | Action;

/** The names an item of the lists is found by: a code's code; an action's name, and its Chinese name. */
export function listedNames(item: Listed): string[] {
	if (!('action' in item)) return [item.code];
	const { name } = actionNaming(item);
	return name === undefined ? [item.action] : [item.action, name];
}

/** One code (or action: `kind`) as the search sees it. */
export interface CodeEntry {
	/** An action's page, found by its name in `code`, and by its Chinese name in `name`. */
	kind?: 'action';
	code: string;
	name?: string;
	slug?: string;
	service: string;
	serviceName: string;
	status?: number;
	section?: string;
	summary: string;
}

/** A code as the 404 resolver and the paste lookup read it. */
export interface LookupEntry {
	service: string;
	code: string;
	slug?: string;
	summary: string;
	/** Its English text (`codeEnglish`), which a pasted message is compared with. */
	english?: string;
	/** Its class on one line, as the ticket snippet says it (`classLine`). */
	errorClass?: string;
}

/** An action as the 404 resolver and the paste lookup read it: its name, and the codes it can return. */
export interface LookupAction {
	service: string;
	action: string;
	slug: string;
	codes: string[];
}

/** What a lookup part holds. */
export interface LookupItems {
	codes: LookupEntry[];
	actions: LookupAction[];
}

/** What an action's line in the search's lists says of it: that it is an API, its Chinese name, its status. */
export function actionSummary({ name, status }: { name?: string | undefined; status?: string | undefined }): string {
	return `API 接口${name ? `：${name}` : ''}${status ? `（${status}）` : ''}`;
}

/** The HTTP status class used as a filter value: 404 -> "4XX". */
export function statusClass(status: number | undefined): string {
	return status === undefined ? '' : `${Math.floor(status / 100)}XX`;
}

/** A text's letters and digits, lower case: what shards and infix matches compare. */
export function lettersAndDigits(text: string): string {
	return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** The bucket of a key among `count`: FNV-1a, cheap, and the same in the build and in the browser. */
export function bucket(key: string, count: number): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
	return (h >>> 0) % count;
}

/**
 * How many shards the code list is cut into: about 20 codes' worth each, so a shard holds some
 * 400 codes (each code sits in the shard of every 3-letter run it has), up to 2,048 shards; and
 * shard 0, of the codes too short for a run.
 */
export function shardCount(codes: number): number {
	return Math.min(2048, Math.max(2, Math.ceil(codes / 20)));
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The shards a text's runs of three letters and digits fall in. A text with fewer has one shard:
 * that of its whole text when it has Chinese in it (an action's Chinese name, `创建实例`: only the
 * same text can match it whole), else shard 0. Only a code that short can match a query that
 * short (`codeScore`), so such a query loads one small shard.
 */
function shardsOf(text: string, shards: number): number[] {
	const key = lettersAndDigits(text);
	if (key.length < 3) return CJK.test(text) ? [1 + bucket(`=${text.trim().toLowerCase()}`, shards - 1)] : [0];
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

/** The shards a name is listed in: one per run of three letters and digits in it, or the one of its whole text. */
export function shardsOfCode(code: string, shards: number): Set<number> {
	return new Set(shardsOf(code, shards));
}

/** The list cut into shards, each item in every shard `shardsOfCode` names for each of its names, in list order. */
export function cutIntoShards<T>(items: T[], names: (item: T) => string[], shards = shardCount(items.length)): T[][] {
	const parts: T[][] = Array.from({ length: shards }, () => []);
	for (const item of items) for (const shard of new Set(names(item).flatMap((n) => [...shardsOfCode(n, shards)]))) parts[shard]!.push(item);
	return parts;
}

/** How many parts the lookup list is cut into: about 16 codes each. */
export function lookupPartCount(codes: number): number {
	return Math.max(1, Math.ceil(codes / 16));
}

/** The part that holds every code whose folded spelling is `key`'s, and every code whose SDK constant `key` is (`lookupKey`). */
export function lookupPartOf(key: string, parts: number): number {
	return bucket(lookupKey(key), parts);
}

/** The catalogue's services, sections and status classes, and how its lists are cut: `/search/meta.json`. */
export function searchMeta(
	services: { slug: string; name: string; nameEn: string }[],
	all: ErrorCode[],
	shards: Listed[][],
	actionCount = 0,
): SearchMeta {
	const lists = {
		services: services.map((s): [string, string, string] => [s.slug, s.name, s.nameEn]),
		sections: presentValues(all.map((c) => c.meanings[0]?.section)),
	};
	const line = codeLineWriter(lists);
	return {
		v: 1,
		...lists,
		statuses: presentValues(all.map((c) => statusClass(c.meanings[0]?.status))).sort(),
		shards: shards.map((part) => part.length),
		parts: lookupPartCount(all.length + actionCount),
		ranges: all.filter((c) => codeRange(c.code) !== undefined).map(line),
	};
}

/** Writes a code as a line of the lists, its service and section as indexes into the meta's lists. */
function codeLineWriter(meta: Pick<SearchMeta, 'services' | 'sections'>): (code: ErrorCode) => CodeShard['codes'][number] {
	const serviceIndex = new Map(meta.services.map(([slug], i) => [slug, i]));
	const sectionIndex = new Map(meta.sections.map((s, i) => [s, i]));
	return (c) => {
		const first = c.meanings[0]!;
		const section = first.section === undefined ? -1 : (sectionIndex.get(first.section) ?? -1);
		const line: CodeShard['codes'][number] = [c.code, serviceIndex.get(c.service) ?? 0, first.status ?? 0, section, codeSummary(c)];
		if (c.slug !== codeSlug(c.code)) line.push(c.slug);
		return line;
	};
}

/** Writes a shard of the lists, its services and sections as indexes into `meta`'s lists. */
export function codeShardWriter(meta: SearchMeta): (items: Listed[]) => CodeShard {
	const serviceIndex = new Map(meta.services.map(([slug], i) => [slug, i]));
	const codeLine = codeLineWriter(meta);
	const byService = <T extends Listed>(items: T[]) =>
		items.map((item) => ({ item, s: serviceIndex.get(item.service) ?? 0 })).sort((a, b) => a.s - b.s);
	return (items) => ({
		v: 1,
		codes: byService(items.filter((item): item is ErrorCode => !('action' in item))).map(({ item }) => codeLine(item)),
		actions: byService(items.filter((item): item is Action => 'action' in item)).map(({ item: a, s }): CodeShard['actions'][number] => {
			const { name = '', status = '' } = actionNaming(a);
			const line: CodeShard['actions'][number] = [a.action, s, name, status];
			if (a.slug !== a.action) line.push(a.slug);
			return line;
		}),
	});
}

/** What the search reads for a query: its shard's codes and actions, then every range of codes (`meta.ranges`) the shard lacks. */
export function entriesOfShard(shard: CodeShard, meta: SearchMeta): CodeEntry[] {
	const own = readCodeShard(shard, meta);
	const listed = new Set(own.map((e) => `${e.service}/${e.code}`));
	return [...own, ...readRanges(meta).filter((e) => !listed.has(`${e.service}/${e.code}`))];
}

/** The catalogue's ranges of codes, from the meta file. */
export function readRanges(meta: SearchMeta): CodeEntry[] {
	return readCodeShard({ v: 1, codes: meta.ranges, actions: [] }, meta);
}

/** Reads a shard of the code list, its indexes read against the catalogue's lists. */
export function readCodeShard(shard: CodeShard, meta: SearchMeta): CodeEntry[] {
	const codes = shard.codes.map(([code, s, status, section, summary, slug]) => {
		const [service = '', serviceName = ''] = meta.services[s] ?? [];
		const entry: CodeEntry = { code, service, serviceName, summary };
		if (slug !== undefined) entry.slug = slug;
		if (status > 0) entry.status = status;
		const sectionName = meta.sections[section];
		if (sectionName !== undefined) entry.section = sectionName;
		return entry;
	});
	const actions = shard.actions.map(([action, s, name, status, slug]): CodeEntry => {
		const [service = '', serviceName = ''] = meta.services[s] ?? [];
		const entry: CodeEntry = {
			kind: 'action',
			code: action,
			service,
			serviceName,
			summary: actionSummary({ name, status }),
			slug: slug ?? action,
		};
		if (name !== '') entry.name = name;
		return entry;
	});
	return [...codes, ...actions];
}

/**
 * Writes the lookup list cut into `parts`: each code and action in the part of its folded spelling, in catalogue order.
 * @param classLineOf a code's class on one line, where it has one
 */
export function lookupParts(
	codes: ErrorCode[],
	actions: Action[] = [],
	parts = lookupPartCount(codes.length + actions.length),
	classLineOf: (code: ErrorCode) => string | undefined = () => undefined,
): LookupPart[] {
	const out: LookupPart[] = Array.from({ length: parts }, () => ({ v: 1, codes: [], actions: [] }));
	for (const c of codes) {
		const line: LookupPart['codes'][number] = [c.code, c.service, codeSummary(c)];
		const slug = c.slug === codeSlug(c.code) ? '' : c.slug;
		// Each optional field after the first present one, '' standing for one that is absent.
		const tail = [slug, codeEnglish(c) ?? '', classLineOf(c) ?? ''];
		while (tail.at(-1) === '') tail.pop();
		line.push(...tail);
		out[lookupPartOf(c.code, parts)]!.codes.push(line);
	}
	for (const a of actions) {
		const returned = returnedCodes(a).map((c) => c.code);
		out[lookupPartOf(a.action, parts)]!.actions.push([a.action, a.service, a.slug, returned]);
	}
	return out;
}

/** Reads one part of the lookup list. */
export function readLookupPart(part: LookupPart): LookupItems {
	return {
		codes: part.codes.map(([code, service, summary, slug, english, errorClass]) => {
			const entry: LookupEntry = { code, service, summary };
			if (slug !== undefined && slug !== '') entry.slug = slug;
			if (english !== undefined && english !== '') entry.english = english;
			if (errorClass !== undefined && errorClass !== '') entry.errorClass = errorClass;
			return entry;
		}),
		actions: part.actions.map(([action, service, slug, codes]) => ({ action, service, slug, codes })),
	};
}

/**
 * What the browser knows of a file of these lists before it reads it: one the same build wrote, in
 * this version. A cached file of another version fails here, by name, not later as a wrong answer.
 */
export function ofThisVersion(json: unknown, url: string): unknown {
	if (typeof json !== 'object' || json === null || (json as { v?: unknown }).v !== 1)
		throw new Error(`${url}: not a version 1 search file`);
	return json;
}
