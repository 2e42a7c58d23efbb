/**
 * The rules about a code's spelling and a service's names, each written once: a code's URL segment,
 * the folded key two spellings of one code share, its dotted prefix, its summary, and a service's
 * acronym.
 */
import { descriptionText, plainText } from './inline.ts';

/**
 * The codes a code cell lists: several where the vendor put them in one cell (`66660023/-5025`,
 * `-10或-11`, `9003，1000`, one a line), each a word of letters, digits, `.`, `_` or `-`; the value
 * of an SDK constant's assignment (`FACEVERIFY_LOGIN_ERROR = "-10000";` is `-10000`, the code an app
 * is given); else the cell itself, a range (`120001 - 130000`) or a code with spaces
 * (`Request has expired`) included.
 */
export function codesInCell(cell: string): string[] {
	const assigned = /^[A-Za-z_][A-Za-z0-9_]*\s*=\s*("?)(-?[A-Za-z0-9][A-Za-z0-9._-]*)\1\s*;?$/.exec(cell);
	if (assigned?.[2] !== undefined) return [assigned[2]];
	const parts = cell.split(/\s*(?:[/，、]|或|<br\s*\/?>|\n)\s*/i).filter((part) => part !== '');
	return parts.length > 1 && parts.every((part) => /^-?[A-Za-z0-9][A-Za-z0-9._-]*$/.test(part)) ? parts : [cell];
}

/** The numbers a code that is a range of them covers (`120001 - 130000`, `8000-8499`); none for any other code. */
export function codeRange(code: string): [number, number] | undefined {
	const match = /^(-?\d+)\s*[-~～至]\s*(-?\d+)$/.exec(code.trim());
	const [low, high] = [Number(match?.[1]), Number(match?.[2])];
	return match && low < high ? [low, high] : undefined;
}

/** Whether a code is a range that holds the number a text spells (`125000` in `120001 - 130000`). */
export function rangeHolds(code: string, text: string): boolean {
	const range = /^-?\d+$/.test(text.trim()) ? codeRange(code) : undefined;
	return range !== undefined && Number(text) >= range[0] && Number(text) <= range[1];
}

/** The path segment of a code: `Request has expired` -> `Request-has-expired`; letters of any script stay (`其他`). */
export function codeSlug(code: string): string {
	return code.replace(/[^\p{L}\p{N}._-]+/gu, '-');
}

/** The form two spellings of one code share: its URL segment, ignoring case (`/cos/nosuchbucket`). */
export function foldedCode(text: string): string {
	return codeSlug(text.trim()).toLowerCase();
}

/** A code's first dotted segment: `AuthFailure` of `AuthFailure.SignatureFailure`, and of `AuthFailure`. */
export function codePrefix(code: string): string {
	return code.split('.')[0] ?? code;
}

/** The vendor's name of the section of an API 3.0 error-code document that lists the common codes every action can return. */
export const COMMON_SECTION = '公共错误码';

/** How much of a code's first meaning a search result or a lookup candidate shows. */
export const SUMMARY_LENGTH = 60;

/** A code's summary: the start of its first meaning, as plain text. */
export function codeSummary(code: { meanings: { description: string }[] }): string {
	return descriptionText(code.meanings[0]?.description ?? '').slice(0, SUMMARY_LENGTH);
}

/** How much of a code's English text the paste lookup compares a pasted message with. */
export const ENGLISH_LENGTH = 160;

/** A code's English text, as plain text: its first meaning's English twin's, or its first meaning's own where that is English. */
export function codeEnglish(code: {
	meanings: { description: string; englishOnly?: true | undefined; english?: { description: string } | undefined }[];
}): string | undefined {
	const first = code.meanings.find((m) => m.englishOnly || m.english !== undefined);
	const text = first?.englishOnly ? first.description : first?.english?.description;
	return text === undefined ? undefined : plainText(text).trim().slice(0, ENGLISH_LENGTH) || undefined;
}

/** The acronym in a service's English name: `COS` of `Cloud Object Storage (COS)`. */
export function serviceAcronym(nameEn: string): string | undefined {
	return /\(([^)]+)\)/.exec(nameEn)?.[1];
}

/** Every name a user may call a service by: slug, Chinese name, English name with and without its acronym, the acronym. */
export function serviceNames(slug: string, name: string, nameEn: string): string[] {
	const acronym = serviceAcronym(nameEn);
	return [...new Set([slug, name, nameEn, nameEn.replace(/\s*\([^)]*\)/, ''), ...(acronym === undefined ? [] : [acronym])])];
}

/** The constant the vendor's SDKs (Go, Python, Java) name a code by: upper case, `.` to `_` (`INVALIDINSTANCEID_NOTFOUND`); none where no identifier can be. */
export function sdkConstant(code: string): string | undefined {
	return /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*$/.test(code) ? code.toUpperCase().replace(/\./g, '_') : undefined;
}

/** The Java SDK's enum of a service's codes: `CvmErrorCode` of `cvm`. */
export function javaErrorEnum(service: string): string {
	return `${service.charAt(0).toUpperCase()}${service.slice(1)}ErrorCode`;
}

/**
 * What a text names as an SDK constant, and the word before it (`cvm.` in Go and Python,
 * `CvmErrorCode.` in Java) as a service slug to check: `INVALIDINSTANCEID_NOTFOUND`,
 * `cvm.INVALIDINSTANCEID_NOTFOUND`, `CvmErrorCode.INVALIDINSTANCEID_NOTFOUND`.
 */
export function readConstant(text: string): { constant: string; service?: string } | undefined {
	const match = /^(?:([A-Za-z][A-Za-z0-9]*?)(?:ErrorCode)?\.)?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)$/.exec(text.trim());
	if (!match) return undefined;
	const [, service, constant = ''] = match;
	return service === undefined ? { constant } : { constant, service: service.toLowerCase() };
}

/** Whether a typed text names the code: by its folded spelling, or by its SDK constant in any case. */
export function namesCode(text: string, code: string): boolean {
	return foldedCode(text) === foldedCode(code) || sdkConstant(code) === text.trim().toUpperCase();
}

/** What a code and its SDK constant share, to find one by the other: the folded spelling without `.` and `_`. */
export function lookupKey(text: string): string {
	return foldedCode(text).replace(/[._]/g, '');
}
