import type { APIRoute, GetStaticPaths } from 'astro';
import { getCodes, getServices } from '../../data/catalog.ts';
import { apiDocument } from '../../lib/api.ts';

export const getStaticPaths = (async () => (await getServices()).map((s) => ({ params: { service: s.slug } }))) satisfies GetStaticPaths;

/** Every row of one service. */
export const GET: APIRoute = async ({ params, site }) => {
	const codes = (await getCodes()).filter((c) => c.service === params['service']);
	return Response.json({ service: params['service'], ...apiDocument(codes, site ?? 'http://localhost/') });
};
