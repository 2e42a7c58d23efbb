import type { APIRoute, GetStaticPaths } from 'astro';
import { getActions, getActionsByCode, getCodes, getGuidance, getServices } from '../../data/collections.ts';
import { apiActions, apiDocument } from '../../lib/api.ts';
import { codeKey, type ActionLine } from '../../lib/actions.ts';
import { cacheKey } from '../../lib/cache-key.ts';
import type { Action } from '../../schemas/action.ts';
import type { ErrorCode } from '../../schemas/error-code.ts';
import type { ClassGuidance } from '../../schemas/guidance.ts';
import type { Service } from '../../schemas/service.ts';

export const getStaticPaths = (async () => {
	const [services, codes, actions, actionsOf, guidance] = await Promise.all([
		getServices(),
		getCodes(),
		getActions(),
		getActionsByCode(),
		getGuidance(),
	]);
	const byService = Map.groupBy(codes, (c) => c.service);
	const actionsByService = Map.groupBy(actions, (a) => a.service);
	return services.map((s) => {
		const own = byService.get(s.slug) ?? [];
		const props = {
			service: s,
			codes: own,
			actions: actionsByService.get(s.slug) ?? [],
			actionsOf: new Map(own.map((c) => [codeKey(c), actionsOf.get(codeKey(c)) ?? []])),
			guidance,
		};
		return {
			params: { service: s.slug },
			props,
			cacheKey: cacheKey({ ...props, actionsOf: [...props.actionsOf], guidance: [...props.guidance] }),
		};
	});
}) satisfies GetStaticPaths;

/** Every row of one service, and its actions. */
export const GET: APIRoute<{
	service: Service;
	codes: ErrorCode[];
	actions: Action[];
	actionsOf: Map<string, ActionLine[]>;
	guidance: ReadonlyMap<string, ClassGuidance>;
}> = ({ params, props, site }) =>
	Response.json({
		service: params['service'],
		...apiDocument(props.codes, site ?? 'http://localhost/', { ...props, services: [props.service] }),
		actions: apiActions(props.actions, site ?? 'http://localhost/'),
	});
