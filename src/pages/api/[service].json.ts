import type { APIRoute, GetStaticPaths } from 'astro';
import { getCodes, getServices } from '../../data/collections.ts';
import { apiDocument } from '../../lib/api.ts';
import { cacheKey } from '../../lib/cache-key.ts';
import type { ErrorCode } from '../../schemas/error-code.ts';

export const getStaticPaths = (async () => {
	const [services, codes] = await Promise.all([getServices(), getCodes()]);
	const byService = Map.groupBy(codes, (c) => c.service);
	return services.map((s) => {
		const props = { codes: byService.get(s.slug) ?? [] };
		return { params: { service: s.slug }, props, cacheKey: cacheKey(props) };
	});
}) satisfies GetStaticPaths;

/** Every row of one service. */
export const GET: APIRoute<{ codes: ErrorCode[] }> = ({ params, props, site }) =>
	Response.json({ service: params['service'], ...apiDocument(props.codes, site ?? 'http://localhost/') });
