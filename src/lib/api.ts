import type { ErrorCode } from '../schemas/error-code.ts';
import { sourcesOf } from './meanings.ts';
import { codeUrl } from './urls.ts';

/** The version of the JSON API's shape; raise it when a field changes meaning or goes away. */
export const API_VERSION = 1;

/** One row of the vendor tables, with the canonical page of its code. */
export interface ApiRow {
	service: string;
	family: string;
	section: string | null;
	code: string;
	status: number | null;
	statusLabel: string | null;
	description: string;
	handling: string | null;
	url: string;
}

/** The body of `/api/codes.json` and `/api/<service>.json`: every row, in catalogue order. */
export function apiDocument(codes: ErrorCode[], site: URL | string) {
	const rows: ApiRow[] = codes.flatMap((c) =>
		// One row per source row: a meaning that several families give is a row in each.
		c.meanings
			.flatMap((m) => sourcesOf(m).map((source) => ({ m, source })))
			.map(({ m, source }) => ({
				service: c.service,
				family: source.family,
				section: source.section ?? null,
				code: c.code,
				status: m.status ?? null,
				statusLabel: m.statusLabel ?? null,
				description: m.description,
				handling: m.handling ?? null,
				url: new URL(codeUrl(c), site).href,
			})),
	);
	return { version: API_VERSION, count: rows.length, codes: rows };
}
