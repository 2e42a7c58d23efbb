/**
 * Turns a URL that found no page into the page it meant: other case, no trailing slash, `%20` or
 * `+` for spaces, no service (`/NoSuchBucket`). Pure: the 404 page feeds it the code list.
 */
import { codeSlug, foldedCode, namesCode, readConstant } from './codes.ts';
import { groupBy } from './collect.ts';
import type { LookupAction } from './search/code-list.ts';
import {
	ACTIONS_SEGMENT,
	actionUrl,
	codeUrl,
	serviceActionsUrl,
	serviceUrl,
	SHARED_SEGMENT,
	sharedCodeUrl,
	withoutBase,
	type CodeAddress,
} from './urls.ts';

/** What a missed path resolves to. */
export type Resolution = { kind: 'page'; url: string } | { kind: 'search'; query: string };

function decode(segment: string): string {
	const spaced = segment.replace(/\+/g, ' ');
	try {
		return decodeURIComponent(spaced);
	} catch {
		return spaced;
	}
}

/**
 * Codes that more than one service defines, grouped under one shared page each. Codes must come in
 * catalogue order; the first spelling names the page, which is what `resolvePath` links to.
 */
export function sharedCodeGroups<T extends CodeAddress>(codes: T[]): T[][] {
	return [...groupBy(codes, (code) => foldedCode(code.code)).values()].filter((group) => group.length > 1);
}

/** What a missed path names: a service (or none), the code's segment as typed, and the text to search. */
function readPath(pathname: string, services: string[]) {
	const segments = withoutBase(pathname)
		.split('/')
		.filter((s) => s !== '')
		.map(decode);
	const [first, ...rest] = segments;
	let service = services.find((s) => s.toLowerCase() === first?.toLowerCase());
	const scoped = service !== undefined || first?.toLowerCase() === SHARED_SEGMENT;
	// `/cvm/actions/runinstances`: an action of the service; `/cvm/actions`: the list of them.
	const actions = service !== undefined && rest[0]?.toLowerCase() === ACTIONS_SEGMENT && rest.length <= 2;
	let typed = codeSlug((actions ? rest.slice(1) : scoped ? rest : segments).join('/').trim());
	// `/CvmErrorCode.INVALIDINSTANCEID_NOTFOUND`, `/cvm.INVALIDINSTANCEID_NOTFOUND`: an SDK constant, qualified as the SDKs write it.
	const constant = scoped ? undefined : readConstant(typed);
	const named = services.find((s) => s === constant?.service);
	if (constant !== undefined && named !== undefined) [service, typed] = [named, constant.constant];
	return {
		service,
		actions,
		typed,
		wanted: typed.toLowerCase(),
		query: (scoped ? rest : segments).join(' ').trim(),
		all: segments.join(' ').trim(),
	};
}

/** The folded code a missed path may name, which picks the part of the code list to load; or none. */
export function pathKey(pathname: string, services: string[]): string | undefined {
	const { wanted } = readPath(pathname, services);
	return wanted === '' ? undefined : wanted;
}

/** The one action of a service (or of the only service that has it) a typed name means: the exact spelling, else the first. */
function actionNamed(typed: string, service: string | undefined, actions: LookupAction[]): LookupAction | undefined {
	const matches = actions.filter((a) => (service === undefined || a.service === service) && a.action.toLowerCase() === typed.toLowerCase());
	if (!matches.every((a) => a.service === matches[0]?.service)) return undefined;
	return matches.find((a) => a.action === typed) ?? matches[0];
}

/**
 * Resolves a path against the known services and the codes and actions of its key (see
 * `pathKey`), a code also by its SDK constant (`namesCode`). Of codes (or actions) of one service that differ only in case, the exact spelling
 * wins, else the first. A path without a service that names no code may name an action.
 */
export function resolvePath(pathname: string, services: string[], codes: CodeAddress[], actions: LookupAction[] = []): Resolution {
	const { service, actions: underActions, typed, wanted, query, all } = readPath(pathname, services);
	if (all === '') return { kind: 'search', query: all };
	if (wanted === '')
		return service
			? { kind: 'page', url: underActions ? serviceActionsUrl(service) : serviceUrl(service) }
			: { kind: 'search', query: all };
	if (underActions) {
		const action = actionNamed(typed, service, actions);
		return action ? { kind: 'page', url: actionUrl(action) } : { kind: 'search', query: typed };
	}

	const matches = codes.filter((c) => (service === undefined || c.service === service) && namesCode(wanted, c.code));
	const [first] = matches;
	if (first && matches.every((c) => c.service === first.service)) {
		return { kind: 'page', url: codeUrl(matches.find((c) => codeSlug(c.code) === typed) ?? first) };
	}
	// Several services define it: their shared page lists them all (see sharedCodeGroups).
	if (first) return { kind: 'page', url: sharedCodeUrl(first.code) };
	const action = actionNamed(typed, service, actions);
	if (action) return { kind: 'page', url: actionUrl(action) };
	return { kind: 'search', query };
}
