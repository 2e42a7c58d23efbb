import type { APIRoute, GetStaticPaths } from 'astro';
import { getCodes, getServices } from '../../../data/catalog.ts';
import { cacheKey } from '../../../lib/cache-key.ts';
import { codeIndexer } from '../../../lib/code-index.ts';
import { shardCount, shardsOfCode, type CodeIndex } from '../../../lib/search.ts';

export const getStaticPaths = (async () => {
	const [services, codes] = await Promise.all([getServices(), getCodes()]);
	const shards = shardCount(codes.length);
	const members: (typeof codes)[] = Array.from({ length: shards }, () => []);
	for (const code of codes) for (const shard of shardsOfCode(code.code, shards)) members[shard]!.push(code);
	const index = codeIndexer(services, codes);
	return members.map((part, shard) => {
		const props = { index: index(part) };
		return { params: { shard: String(shard) }, props, cacheKey: cacheKey(props) };
	});
}) satisfies GetStaticPaths;

/** The codes that share a run of three letters with the queries sent here (see `shardOfQuery`). */
export const GET: APIRoute<{ index: CodeIndex }> = ({ props }) => Response.json(props.index);
