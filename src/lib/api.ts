import type { ErrorCode, ExtraCell } from '../schemas/error-code.ts';
import type { Action } from '../schemas/action.ts';
import type { ClassGuidance } from '../schemas/guidance.ts';
import type { ServiceMeta } from '../schemas/service.ts';
import { actionNaming, codeKey, type ActionLine } from './actions.ts';
import { guidanceOf } from './classes.ts';
import { codeConstant } from './code-page.ts';
import { sourcesOf } from './meanings.ts';
import { actionUrl, codeUrl } from './urls.ts';

/** The version of the JSON API's shape; raise it when a field changes meaning or goes away. */
export const API_VERSION = 1;

/** One row of the vendor tables, with the canonical page of its code and the actions that can return it. */
export interface ApiRow {
	service: string;
	family: string;
	section: string | null;
	code: string;
	status: number | null;
	statusLabel: string | null;
	description: string;
	handling: string | null;
	/** The row's cells in columns beyond the known ones, each under its column's header, in column order, empty ones too. */
	extra: ExtraCell[];
	/** The row's code cell as written, where it lists several codes (each has its rows) or assigns an SDK constant; else null. */
	codeCell: string | null;
	/** The vendor's English text of the row: its English twin's, or its own where the row is English. */
	descriptionEn: string | null;
	/** Where the English text stands: the English twin's row (its handling and other cells too, where it has them). */
	english: { file: string; line: number; section: string | null; handling: string | null; extra: ExtraCell[] } | null;
	/** The row is an action's: no error-code document has the code. */
	actionOnly: boolean;
	/** The row is an English twin's: no Chinese document gives the code in this family. */
	englishOnly: boolean;
	/** The names of the actions that can return the code. */
	actions: string[];
	/** The common code that names the code's class, and the site's note on that class: who acts, whether a retry helps (and after what). */
	class: string | null;
	actor: ClassGuidance['actor'] | null;
	retry: ClassGuidance['retry'] | null;
	retryWhen: string | null;
	/** The constant the vendor's SDKs name the code by. */
	constant: string | null;
	url: string;
}

/** What the rows are written with besides the codes: the actions of each code, the site's notes, the services. */
export interface ApiContext {
	actionsOf?: Map<string, ActionLine[]> | undefined;
	guidance?: ReadonlyMap<string, ClassGuidance> | undefined;
	services?: ServiceMeta[] | undefined;
}

/** The body of `/api/codes.json` and `/api/<service>.json`: every row, in catalogue order. */
export function apiDocument(codes: ErrorCode[], site: URL | string, { actionsOf, guidance, services = [] }: ApiContext = {}) {
	const rows: ApiRow[] = codes.flatMap((c) => {
		const note = guidance === undefined ? undefined : guidanceOf(c, guidance);
		const service = services.find((s) => s.slug === c.service);
		const constant = service === undefined ? undefined : codeConstant(c, service);
		// One row per source row: a meaning that several families give is a row in each.
		return c.meanings
			.flatMap((m) => sourcesOf(m).map((source) => ({ m, source })))
			.map(({ m, source }) => {
				const english = m.englishOnly ? { ...source, description: m.description, handling: m.handling, extra: m.extra } : source.english;
				return {
					service: c.service,
					family: source.family,
					section: source.section ?? null,
					code: c.code,
					status: m.status ?? null,
					statusLabel: m.statusLabel ?? null,
					description: m.description,
					handling: m.handling ?? null,
					extra: m.extra ?? [],
					codeCell: m.cell ?? null,
					descriptionEn: english?.description ?? null,
					english:
						english === undefined
							? null
							: {
									file: english.file,
									line: english.line,
									section: english.section ?? null,
									handling: english.handling ?? null,
									extra: english.extra ?? [],
								},
					actionOnly: m.actionOnly === true,
					englishOnly: m.englishOnly === true,
					actions: (actionsOf?.get(codeKey(c)) ?? []).map((a) => a.action),
					class: c.errorClass ?? null,
					actor: note?.actor ?? null,
					retry: note?.retry ?? null,
					retryWhen: note?.when ?? null,
					constant: constant ?? null,
					url: new URL(codeUrl(c), site).href,
				};
			});
	});
	return { version: API_VERSION, count: rows.length, codes: rows };
}

/** The actions of a service as `/api/<service>.json` lists them: each version with every code it can return, in its own words. */
export function apiActions(actions: Action[], site: URL | string) {
	return actions.map((action) => {
		const { name = null, status = null } = actionNaming(action);
		return {
			action: action.action,
			name,
			status,
			url: new URL(actionUrl(action), site).href,
			versions: action.versions.map((v) => ({
				family: v.family,
				name: v.name ?? null,
				status: v.status ?? null,
				description: v.description ?? null,
				explorer: v.explorer ?? null,
				file: v.file,
				line: v.line,
				codes: v.codes.map((c) => ({
					code: c.code,
					description: c.description,
					line: c.line,
					url: new URL(codeUrl({ service: action.service, code: c.code, slug: c.slug }), site).href,
				})),
			})),
		};
	});
}
