/**
 * The rules about a service's API actions, each written once: which actions can return a code, how
 * an action's status reads, and what an action's page shows. Pure.
 */
import type { Action } from '../schemas/action.ts';
import type { ServiceMeta } from '../schemas/service.ts';
import { presentValues } from './collect.ts';
import { plainText, previewText } from './inline.ts';
import { SITE_NAME } from './site.ts';
import { actionUrl, familyUrl } from './urls.ts';

/** How many of the actions that can return a code its page lists; the rest are on the code's actions page. */
export const ACTIONS_PER_CODE_PAGE = 20;

/** An action as a list of actions shows it. */
export interface ActionLine {
	service: string;
	action: string;
	slug: string;
	/** Its Chinese name, where the vendor gives one. */
	name?: string | undefined;
	/** How its status reads (`已废弃`), absent when it is online. */
	status?: string | undefined;
	/** The API versions it is in, by family slug. */
	families: string[];
	/** How many codes it can return, beside the common ones. */
	codeCount: number;
}

/** How an action's status reads: the vendor's `deprecated` and `offline` in Chinese, anything else as written. */
export function statusLabel(status: string | undefined): string | undefined {
	if (status === undefined) return undefined;
	return { deprecated: '已废弃', offline: '已下线' }[status] ?? status;
}

/** An action's Chinese name and how its status reads, from its first version (the newest family's, in `services.yaml` order). */
export function actionNaming(action: Action): Pick<ActionLine, 'name' | 'status'> {
	const [first] = action.versions;
	return { name: first?.name, status: statusLabel(first?.status) };
}

/** Every code an action can return in any of its versions, each once, with its page's URL segment. */
export function returnedCodes(action: Action): { code: string; slug: string }[] {
	const byCode = new Map(action.versions.flatMap((v) => v.codes.map(({ code, slug }) => [code, { code, slug }] as const)));
	return [...byCode.values()];
}

/** An action as a list line. */
export function actionLine(action: Action): ActionLine {
	return {
		service: action.service,
		action: action.action,
		slug: action.slug,
		...actionNaming(action),
		families: presentValues(action.versions.map((v) => v.family)),
		codeCount: returnedCodes(action).length,
	};
}

/** The key of a code in `actionsByCode`: its service and its URL segment. */
export function codeKey(code: { service: string; slug: string }): string {
	return `${code.service}/${code.slug}`;
}

/** For each code (by `codeKey`), the actions that can return it, in catalogue order. */
export function actionsByCode(actions: Action[]): Map<string, ActionLine[]> {
	const byCode = new Map<string, ActionLine[]>();
	for (const action of actions) {
		const line = actionLine(action);
		for (const { slug } of returnedCodes(action)) {
			const key = codeKey({ service: action.service, slug });
			const list = byCode.get(key);
			if (list) list.push(line);
			else byCode.set(key, [line]);
		}
	}
	return byCode;
}

/**
 * The page model of an action: its head, and each API version with its Chinese name, status,
 * description, API Explorer link, source line, and every code it can return (the action page's
 * own words, and the code's page).
 */
export function actionPageModel(action: Action, service: ServiceMeta, site: URL | string) {
	const familyName = (slug: string) => service.families.find((f) => f.slug === slug)?.name ?? slug;
	const line = actionLine(action);
	const canonical = new URL(actionUrl(action), site).href;
	const previewTitle = `${action.action}${line.name ? `（${line.name}）` : ''} · ${service.name} API`;
	const description = action.versions.find((v) => v.description !== undefined)?.description;
	return {
		title: action.action,
		pageTitle: `${previewTitle} | ${SITE_NAME}`,
		previewTitle: previewText(previewTitle),
		previewDescription: previewText(
			`${service.name} API ${action.action}${line.name ? `（${line.name}）` : ''}可能返回的 ${line.codeCount} 个错误码${description ? `：${plainText(description)}` : ''}`,
		),
		canonical,
		line,
		versions: action.versions.map((version) => ({
			...version,
			familyName: familyName(version.family),
			familyUrl: familyUrl(service.slug, version.family),
			status: statusLabel(version.status),
		})),
	};
}
