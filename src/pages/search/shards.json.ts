import type { APIRoute } from 'astro';
import { getCodes } from '../../data/catalog.ts';
import { shardCount, shardsOfCode } from '../../lib/search.ts';

/** How many codes each shard of the code list holds; the search reads it to pick the smallest shard a query can use. */
export const GET: APIRoute = async () => {
	const codes = await getCodes();
	const sizes = Array.from({ length: shardCount(codes.length) }, () => 0);
	for (const code of codes) for (const shard of shardsOfCode(code.code, sizes.length)) sizes[shard]!++;
	return Response.json({ sizes });
};
