/**
 * The code list as the 404 resolver and the paste lookup read it: cut by a code's folded spelling,
 * so a link or a pasted error loads the one small part that can hold its code, at any catalogue size.
 */
import type { ErrorCode } from '../schemas/error-code.ts';
import type { Extracted } from './paste.ts';
import { bucket } from './search.ts';
import { codeSlug, codeSummary, foldedCode } from './codes.ts';

/** One part of the lookup list: `[code, service slug, start of the first meaning, URL segment if not codeSlug(code)]`. */
export interface LookupPart {
	v: 1;
	codes: [string, string, string, string?][];
}

/** A code as the resolver and the paste lookup read it. */
export interface LookupEntry {
	service: string;
	code: string;
	slug?: string;
	summary: string;
}

/** How many parts the lookup list is cut into: about 16 codes each. */
export function lookupPartCount(codes: number): number {
	return Math.max(1, Math.ceil(codes / 16));
}

/** The part that holds every code whose folded spelling is `key`'s. */
export function lookupPartOf(key: string, parts: number): number {
	return bucket(foldedCode(key), parts);
}

/** The lookup list cut into `parts`, each code in the part of its folded spelling, in catalogue order. */
export function lookupParts(codes: ErrorCode[], parts = lookupPartCount(codes.length)): LookupPart[] {
	const out: LookupPart[] = Array.from({ length: parts }, () => ({ v: 1, codes: [] }));
	for (const c of codes) {
		const row: LookupPart['codes'][number] = [c.code, c.service, codeSummary(c)];
		if (c.slug !== codeSlug(c.code)) row.push(c.slug);
		out[lookupPartOf(c.code, parts)]!.codes.push(row);
	}
	return out;
}

/** Unpacks one part. */
export function readLookupPart(part: LookupPart): LookupEntry[] {
	return part.codes.map(([code, service, summary, slug]) =>
		slug === undefined ? { code, service, summary } : { code, service, summary, slug },
	);
}

/** How many words of a pasted text are looked up at most: a log line has few, a pasted page many. */
export const PASTE_WORD_LIMIT = 64;

/**
 * The spellings a pasted text may hold a code under: the extracted code, or else each word that
 * could be one (three or more letters, digits, `.`, `_`, `-`), and the one code with spaces.
 */
export function pasteKeys(extracted: Extracted, text: string): string[] {
	if (extracted.code !== undefined) return [foldedCode(extracted.code)];
	const words: string[] = text.match(/[A-Za-z0-9._-]{3,}/g) ?? [];
	if (/request has expired/i.test(text)) words.push('Request has expired');
	return [...new Set(words.map(foldedCode))].slice(0, PASTE_WORD_LIMIT);
}
