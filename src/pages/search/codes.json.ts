import type { APIRoute } from 'astro';
import { getCodes, getServices } from '../../data/catalog.ts';
import { codeIndexer } from '../../lib/code-index.ts';

/** Every code in one list, for the 404 resolver and the paste lookup (the search loads shards). */
export const GET: APIRoute = async () => {
	const codes = await getCodes();
	return Response.json(codeIndexer(await getServices(), codes)(codes));
};
