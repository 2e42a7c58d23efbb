import type { ErrorCode } from '../schemas/error-code.ts';
import { codePrefix } from './codes.ts';
import { groupBy } from './collect.ts';
import type { CodeAddress } from './urls.ts';

/** How many related codes a page lists, so a page does not grow with the catalogue. */
export const RELATED_LIMIT = 12;

/**
 * For each code: others in its service with the same first dotted segment (`AuthFailure.*`, and
 * `InternalError` with `InternalError.*`), and others of the same family and HTTP status.
 */
export function relatedCodes<T extends ErrorCode>(codes: T[]): Map<T, { prefix: CodeAddress[]; status: CodeAddress[] }> {
	const statusKeys = (c: T) => [
		...new Set(c.meanings.filter((m) => m.status !== undefined).map((m) => `${c.service}|${m.family}|${m.status}`)),
	];
	const byPrefix = groupBy(codes, (c) => `${c.service}|${codePrefix(c.code)}`);
	const withStatus = codes.flatMap((c) => statusKeys(c).map((key) => ({ key, c })));
	const byStatus = new Map([...groupBy(withStatus, (s) => s.key)].map(([key, list]) => [key, list.map((s) => s.c)]));
	const others = (list: T[] | undefined, self: T, exclude: Set<string> = new Set()) =>
		(list ?? []).filter((c) => c !== self && !exclude.has(c.code)).slice(0, RELATED_LIMIT);
	return new Map(
		codes.map((c) => {
			const prefix = others(byPrefix.get(`${c.service}|${codePrefix(c.code)}`), c);
			const status = statusKeys(c).flatMap((key) => others(byStatus.get(key), c, new Set(prefix.map((p) => p.code))));
			const address = ({ service, code, slug }: T) => ({ service, code, slug });
			return [c, { prefix: prefix.map(address), status: [...new Set(status)].slice(0, RELATED_LIMIT).map(address) }];
		}),
	);
}
