import type { APIRoute } from 'astro';
import { getCodes } from '../../data/catalog.ts';
import { shardCount } from '../../lib/search.ts';

/** How many shards the code list is cut into; the search reads it before its first shard. */
export const GET: APIRoute = async () => Response.json({ shards: shardCount((await getCodes()).length) });
