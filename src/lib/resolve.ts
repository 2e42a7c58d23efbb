/**
 * Turns a URL that found no page into the page it meant: other case, no trailing slash, `%20` or
 * `+` for spaces, no service (`/NoSuchBucket`). Pure: the 404 page feeds it the code list.
 */
import { codeSlug, codeUrl, SHARED_SEGMENT, sharedCodeUrl } from './urls.ts';

/** What a missed path resolves to. */
export type Resolution = { kind: 'page'; url: string } | { kind: 'search'; query: string };

/** A code as the resolver needs it. */
export interface KnownCode {
	service: string;
	code: string;
}

function decode(segment: string): string {
	const spaced = segment.replace(/\+/g, ' ');
	try {
		return decodeURIComponent(spaced);
	} catch {
		return spaced;
	}
}

/** The form two spellings of one code share: its URL segment, ignoring case. */
export const folded = (text: string) => codeSlug(text.trim()).toLowerCase();

/**
 * Codes that more than one service defines, grouped under one shared page each. Codes must come in
 * catalogue order; the first spelling names the page, which is what `resolvePath` links to.
 */
export function sharedCodeGroups<T extends KnownCode>(codes: T[]): T[][] {
	const groups = new Map<string, T[]>();
	for (const code of codes) {
		const key = folded(code.code);
		const group = groups.get(key);
		if (group) group.push(code);
		else groups.set(key, [code]);
	}
	return [...groups.values()].filter((group) => group.length > 1);
}

/** Resolves a path against the known services and codes. */
export function resolvePath(pathname: string, services: string[], codes: KnownCode[]): Resolution {
	const segments = pathname
		.split('/')
		.filter((s) => s !== '')
		.map(decode);
	const query = segments.join(' ').trim();
	if (segments.length === 0) return { kind: 'search', query };

	const serviceOf = (segment: string | undefined) => services.find((s) => s.toLowerCase() === segment?.toLowerCase());
	const [first, ...rest] = segments;
	const service = serviceOf(first);
	const scoped = service !== undefined || first?.toLowerCase() === SHARED_SEGMENT;
	const wanted = folded((scoped ? rest : segments).join('/'));
	if (wanted === '') return service ? { kind: 'page', url: `/${service}/` } : { kind: 'search', query };

	const matches = codes.filter((c) => (service === undefined || c.service === service) && folded(c.code) === wanted);
	const [only] = matches;
	if (matches.length === 1 && only) return { kind: 'page', url: codeUrl(only) };
	// Several services define it: their shared page lists them all (see sharedCodeGroups).
	if (matches.length > 1 && only) return { kind: 'page', url: sharedCodeUrl(only.code) };
	return { kind: 'search', query: scoped ? rest.join(' ') : query };
}
