import type { APIRoute, GetStaticPaths } from 'astro';
import { getCodeShards, getSearchMeta } from '../../../data/collections.ts';
import { cacheKey } from '../../../lib/cache-key.ts';
import { codeIndexer } from '../../../lib/code-index.ts';
import type { CodeIndex } from '../../../lib/search.ts';

export const getStaticPaths = (async () => {
	const [meta, shards] = await Promise.all([getSearchMeta(), getCodeShards()]);
	const index = codeIndexer(meta);
	return shards.map((part, shard) => {
		const props = { index: index(part) };
		return { params: { shard: String(shard) }, props, cacheKey: cacheKey(props) };
	});
}) satisfies GetStaticPaths;

/** The codes that share a run of three letters with the queries sent here (see `shardOfQuery`). */
export const GET: APIRoute<{ index: CodeIndex }> = ({ props }) => Response.json(props.index);
