/**
 * Reads what a user pastes from a ticket: a bare code, an API 3.0 JSON error body, a COS XML error
 * body, or an SDK exception or log line. Pure; the lookup page runs it in the browser, so nothing
 * pasted leaves it.
 */
import { foldedCode, namesCode, rangeHolds, readConstant } from './codes.ts';
import { presentValues } from './collect.ts';
import type { LookupAction } from './search/code-list.ts';
import type { CodeAddress } from './urls.ts';

/** What could be read from the pasted text. */
export interface Extracted {
	code?: string;
	message?: string;
	requestId?: string;
	traceId?: string;
	resource?: string;
	status?: number;
	/** A service slug the text points at (a COS host, an API host, a service's name). */
	service?: string;
	/** The API action the text names in a field (`Action=RunInstances`, `X-TC-Action`, `cvm.RunInstances`). */
	action?: string;
}

/** How a service can be recognised in pasted text. */
export interface ServiceNames {
	slug: string;
	names: string[];
}

const FIELDS = {
	code: ['code', 'errorcode', 'error_code', 'errcode'],
	message: ['message', 'errormessage', 'error_message', 'msg'],
	requestId: ['requestid', 'request_id', 'x-cos-request-id', 'reqid'],
	traceId: ['traceid', 'trace_id', 'x-cos-trace-id'],
	resource: ['resource'],
	action: ['action', 'x-tc-action'],
	status: ['statuscode', 'status', 'httpstatus', 'http_status', 'status_code'],
} as const;
type Field = keyof typeof FIELDS;

function fieldOf(key: string): Field | undefined {
	const k = key.toLowerCase().replace(/\s+/g, '');
	return (Object.keys(FIELDS) as Field[]).find((f) => (FIELDS[f] as readonly string[]).includes(k));
}

function assign(out: Extracted, field: Field, raw: unknown) {
	if (raw === null || raw === undefined || typeof raw === 'object') return;
	const value = String(raw).trim();
	if (value === '') return;
	if (field === 'status') {
		const status = Number(/^\d{3}/.exec(value)?.[0]);
		if (status >= 100 && status <= 599 && out.status === undefined) out.status = status;
	} else if (out[field] === undefined) out[field] = value;
}

/** Walks parsed JSON, outermost first, taking the first value of each known field. */
function fromJson(value: unknown, out: Extracted, depth = 0) {
	if (depth > 8 || value === null || typeof value !== 'object') return;
	const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
	for (const [key, inner] of entries) {
		const field = fieldOf(key);
		if (field) assign(out, field, inner);
	}
	for (const [, inner] of entries) fromJson(inner, out, depth + 1);
}

function tryJson(text: string, out: Extracted) {
	const start = text.indexOf('{');
	const end = text.lastIndexOf('}');
	if (start < 0 || end <= start) return;
	try {
		fromJson(JSON.parse(text.slice(start, end + 1)), out);
	} catch {
		// Not JSON after all: the patterns below still read it.
	}
}

function fromXml(text: string, out: Extracted) {
	for (const tag of ['Code', 'Message', 'Resource', 'RequestId', 'TraceId']) {
		const match = new RegExp(`<${tag}>\\s*([^<]*?)\\s*</${tag}>`, 'i').exec(text);
		const field = fieldOf(tag);
		if (match && field) assign(out, field, match[1]);
	}
}

/** `key: value`, `key=value`, `"key": "value"`, `Error Code: X;` as SDKs and logs print them. */
const PAIR = /["']?([A-Za-z][\w -]{0,20}?)["']?\s*[:=]\s*["']?([^"',;&\s)\]}，。；）]+)/g;

/** An unquoted message runs to the next `key:`/`key=` or the end of its line. */
const MESSAGE = /\bmessage\s*[:=]\s*(?:"([^"]*)"|'([^']*)'|(.+?))(?=[,;]?\s+[A-Za-z][\w-]*\s*[:=]|[,;]?\s*$)/im;

/** A code field whose value is one of the codes with spaces in them, which a value ends before. */
function spacedCodeField(text: string, out: Extracted, spaced: string[]) {
	for (const code of spaced) {
		const field = new RegExp(
			`\\b(?:${FIELDS.code.join('|')}|error\\s+code)["']?\\s*[:=]\\s*["']?(${escape(code)})(?![A-Za-z0-9])`,
			'i',
		).exec(text);
		if (field) assign(out, 'code', field[1]);
	}
}

function fromPairs(text: string, out: Extracted) {
	const message = MESSAGE.exec(text);
	if (message) assign(out, 'message', message[1] ?? message[2] ?? message[3]);
	for (const [, key = '', value = ''] of text.matchAll(PAIR)) {
		// A key may have taken the words before it (`CreateAudit code=…`): its last word is the key then.
		const field = fieldOf(key.replace(/^error\s+/i, 'error').replace(/\s+id$/i, 'id')) ?? fieldOf(key.split(/\s+/).at(-1) ?? '');
		if (field) assign(out, field, value);
	}
	const http =
		/HTTP\/[\d.]+\s+(\d{3})/.exec(text) ??
		/\b(\d{3})\s+(?:Bad Request|Forbidden|Not Found|Conflict|Internal Server Error|Service Unavailable)\b/.exec(text);
	if (http) assign(out, 'status', http[1]);
}

/**
 * An SDK constant in code (`err.Code == cvm.INVALIDINSTANCEID_NOTFOUND`, `CvmErrorCode.…`): the
 * code it names, and the service before it. A bare constant counts only with an `_` in it: other
 * words in capitals are not constants. A code field read before wins, unless it holds no code
 * (`Code == …` reads as `=`).
 */
function sdkConstantIn(text: string, out: Extracted, services: ServiceNames[]) {
	if (out.code !== undefined && /[A-Za-z0-9]/.test(out.code)) return;
	for (const [word = ''] of text.matchAll(/(?<![A-Za-z0-9_.])(?:[A-Za-z][A-Za-z0-9]*\.)?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![A-Za-z0-9_.])/g)) {
		const read = readConstant(word);
		const service = services.find((s) => s.slug === read?.service)?.slug;
		if (read === undefined || (service === undefined && !read.constant.includes('_'))) continue;
		out.code = read.constant;
		if (service !== undefined) out.service ??= service;
		return;
	}
}

/** `cvm.RunInstances`, as SDK logs name a call: a known service's slug, a dot, an action's name. */
function serviceDotAction(text: string, out: Extracted, services: ServiceNames[]) {
	for (const [, slug = '', action = ''] of text.matchAll(/(?<![A-Za-z0-9.])([a-z][a-z0-9-]*)\.([A-Z][A-Za-z0-9]+)(?![A-Za-z0-9.])/g)) {
		if (!services.some((s) => s.slug === slug)) continue;
		assign(out, 'action', action);
		out.service ??= slug;
		return;
	}
}

function serviceHint(text: string, out: Extracted, services: ServiceNames[]): string | undefined {
	const haystack = `${out.resource ?? ''} ${text}`.toLowerCase();
	if (/\.cos\.[a-z0-9-]+\.myqcloud\.com|\.cos\.accelerate\.myqcloud\.com|cos\.[a-z0-9-]+\.tencentcos\.cn/.test(haystack)) {
		if (services.some((s) => s.slug === 'cos')) return 'cos';
	}
	const host = /\b([a-z0-9]+)\.(?:[a-z0-9-]+\.)?tencentcloudapi\.com/.exec(haystack)?.[1];
	if (host && services.some((s) => s.slug === host)) return host;
	return services.find((s) =>
		[s.slug, ...s.names].some((n) => new RegExp(`(^|[^a-z0-9])${escape(n.toLowerCase())}($|[^a-z0-9])`).test(haystack)),
	)?.slug;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Reads the fields a ticket usually carries out of pasted text.
 * @param spaced the catalogue's codes with spaces in them (`Request has expired`), which no word of a text is
 */
export function extractFromPaste(text: string, services: ServiceNames[], spaced: string[] = []): Extracted {
	const out: Extracted = {};
	const trimmed = text.trim();
	if (trimmed === '') return out;
	tryJson(trimmed, out);
	fromXml(trimmed, out);
	spacedCodeField(trimmed, out, spaced);
	fromPairs(trimmed, out);
	sdkConstantIn(trimmed, out, services);
	// A single token, or a whole code with spaces, is a bare code.
	if (out.code === undefined && (/^[^\s]+$/.test(trimmed) || spaced.some((c) => c.toLowerCase() === trimmed.toLowerCase())))
		out.code = trimmed;
	serviceDotAction(trimmed, out, services);
	const hint = out.service ?? serviceHint(trimmed, out, services);
	if (hint !== undefined) out.service = hint;
	return out;
}

/** A known code, and why it ranks where it does. */
export interface Candidate extends CodeAddress {
	/** The service the text points at (by a host, a name, or an action of its) defines it. */
	serviceMatch: boolean;
	/** Its text holds most words of the pasted message, where the other candidates' do not all. */
	messageMatch: boolean;
	/** An action of its service that the text names and that can return it. */
	action?: string;
}

/** Whether the text names the action: in a field, or as a whole word (`RunInstances failed`). */
function names(extracted: Extracted, text: string, action: string): boolean {
	if (extracted.action?.toLowerCase() === action.toLowerCase()) return true;
	return new RegExp(`(^|[^A-Za-z0-9_])${escape(action)}($|[^A-Za-z0-9_])`).test(text);
}

const rank = (c: Candidate) => (c.action === undefined ? 0 : 4) + (c.serviceMatch ? 2 : 0) + (c.messageMatch ? 1 : 0);

/** The words a message is compared by: English words of three letters or more, lower case, and each pair of adjacent CJK characters. */
function messageWords(text: string): Set<string> {
	const words = new Set((text.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []) as string[]);
	for (const run of text.match(/[\u3400-\u9fff\uf900-\ufaff]{2,}/g) ?? []) {
		for (let i = 0; i + 1 < run.length; i++) words.add(run.slice(i, i + 2));
	}
	return words;
}

/** How much of a message a code's text holds: the share of the message's words (`messageWords`) that are in it, from 0 to 1. */
export function messageScore(message: string, text: string): number {
	const wanted = messageWords(message);
	if (wanted.size === 0) return 0;
	const have = messageWords(text);
	return [...wanted].filter((w) => have.has(w)).length / wanted.size;
}

/** The share of a message's words a candidate's text must hold for the message to point at it. */
const MESSAGE_MATCH = 0.5;

/**
 * The codes the extract may mean, best first: of the services that define the extracted code, the
 * one whose action the text names and that returns it, then the hinted service, then the one whose
 * text (Chinese summary or English) holds the pasted message's words, then the others;
 * without a code field, known codes that appear in the text as whole words, longest first.
 * @param actions the actions the lookup loaded (of the words `pasteKeys` gave), with the codes each can return
 */
export function candidatesFor(
	extracted: Extracted,
	text: string,
	codes: (CodeAddress & { summary?: string; english?: string | undefined })[],
	actions: LookupAction[] = [],
): Candidate[] {
	let matches: typeof codes;
	if (extracted.code !== undefined) {
		const wanted = extracted.code;
		matches = codes.filter((c) => namesCode(wanted, c.code));
	} else {
		const found = new Set<string>();
		for (const c of codes) {
			if (c.code.length < 3 || found.has(c.code)) continue;
			const boundary = new RegExp(`(^|[^A-Za-z0-9._-])${escape(c.code)}($|[^A-Za-z0-9._-])`);
			if (boundary.test(text)) found.add(c.code);
		}
		const longest = [...found].sort((a, b) => b.length - a.length)[0];
		matches = longest === undefined ? [] : codes.filter((c) => c.code === longest);
	}
	const named = actions.filter((a) => names(extracted, text, a.action));
	const { message } = extracted;
	const scores = matches.map((c) => (message === undefined ? 0 : messageScore(message, `${c.summary ?? ''} ${c.english ?? ''}`)));
	// A message every candidate's text holds alike says nothing of which one it is.
	const telling = new Set(scores.map((s) => s >= MESSAGE_MATCH)).size > 1;
	return matches
		.map(({ summary, english, ...c }, i): Candidate => {
			const action = named.find((a) => a.service === c.service && a.codes.includes(c.code))?.action;
			// A service whose action the text names is pointed at, even where that action's list leaves the code out.
			const candidate: Candidate = {
				...c,
				serviceMatch: c.service === extracted.service || named.some((a) => a.service === c.service),
				messageMatch: telling && scores[i]! >= MESSAGE_MATCH,
			};
			if (action !== undefined) candidate.action = action;
			return candidate;
		})
		.sort((a, b) => rank(b) - rank(a));
}

/**
 * The ranges of codes (`120001 - 130000`) that hold a number the paste names, for a paste whose
 * number is no known code: its code field's, else each number in the text; the service it points
 * at first.
 */
export function rangeCandidates(extracted: Extracted, text: string, ranges: CodeAddress[]): Candidate[] {
	const numbers = extracted.code === undefined ? (text.match(/(?<![\w.-])-?\d+(?![\w.-])/g) ?? []) : [extracted.code];
	return ranges
		.filter((range) => numbers.some((n) => rangeHolds(range.code, n)))
		.map((range): Candidate => ({ ...range, serviceMatch: range.service === extracted.service, messageMatch: false }))
		.sort((a, b) => rank(b) - rank(a));
}

/** How many words of a message a search asks for, at most, when the whole message finds nothing. */
const MESSAGE_SEARCH_WORDS = 6;

/**
 * What to search for when a paste names no known code: a code alone, itself (the vendor's text may
 * name it: an SDK constant's assignment, a code's name in another column); else its message (or,
 * without one, the text itself) when it holds two words or more, then its first few words; none otherwise.
 */
export function searchQueries(extracted: Extracted, text: string): string[] {
	if (extracted.code !== undefined && extracted.message === undefined) return [extracted.code];
	const query = (extracted.message ?? text).replace(/\s+/g, ' ').trim().slice(0, 200);
	if (messageWords(query).size < 2) return [];
	const start = query.split(' ').slice(0, MESSAGE_SEARCH_WORDS).join(' ');
	return start === query ? [query] : [query, start];
}

/** The one page to open without asking: the only candidate, or the one that ranks above all others. */
export function uniqueAnswer(candidates: Candidate[]): Candidate | undefined {
	if (candidates.length === 1) return candidates[0];
	const [best, next] = candidates;
	return best && next && rank(best) > rank(next) ? best : undefined;
}

/** The codes with a space in them (`Request has expired`), which a paste can hold only as several words. */
export function spacedCodes(all: { code: string }[]): string[] {
	return presentValues(all.map((c) => c.code).filter((code) => /\s/.test(code)));
}

/** How many words of a pasted text are looked up at most: a log line has few, a pasted page many. */
const PASTE_WORD_LIMIT = 64;

/**
 * The spellings a pasted text may hold a code or an action under: the extracted code with the
 * actions the text may name, or else each word that could be one (three or more letters, digits,
 * `.`, `_`, `-`), and each code with spaces it holds.
 */
export function pasteKeys(extracted: Extracted, text: string, spaced: string[] = []): string[] {
	if (extracted.code !== undefined) {
		// The actions a text may name beside its code: a field's, and words spelt like an action (`RunInstances`).
		const actions = [
			...(extracted.action === undefined ? [] : [extracted.action]),
			...(text.match(/\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\b/g) ?? []),
		];
		return [...new Set([extracted.code, ...actions].map(foldedCode))].slice(0, PASTE_WORD_LIMIT);
	}
	const words: string[] = text.match(/[A-Za-z0-9._-]{3,}/g) ?? [];
	const lower = text.toLowerCase();
	words.push(...spaced.filter((code) => lower.includes(code.toLowerCase())));
	return [...new Set(words.map(foldedCode))].slice(0, PASTE_WORD_LIMIT);
}
