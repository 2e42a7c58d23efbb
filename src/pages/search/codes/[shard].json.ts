import type { APIRoute, GetStaticPaths } from 'astro';
import { getCodeShards, getSearchMeta } from '../../../data/collections.ts';
import { cacheKey } from '../../../lib/cache-key.ts';
import { codeShardWriter } from '../../../lib/search/code-list.ts';
import type { CodeShard } from '../../../schemas/search.ts';

export const getStaticPaths = (async () => {
	const [meta, shards] = await Promise.all([getSearchMeta(), getCodeShards()]);
	const write = codeShardWriter(meta);
	return shards.map((part, shard) => {
		const props = { shard: write(part) };
		return { params: { shard: String(shard) }, props, cacheKey: cacheKey(props) };
	});
}) satisfies GetStaticPaths;

/** The codes that share a run of three letters with the queries sent here (see `shardOfQuery`). */
export const GET: APIRoute<{ shard: CodeShard }> = ({ props }) => Response.json(props.shard);
