import type { APIRoute } from 'astro';
import { getCodeShards } from '../../data/collections.ts';

/** How many codes each shard of the code list holds; the search reads it to pick the smallest shard a query can use. */
export const GET: APIRoute = async () => Response.json({ sizes: (await getCodeShards()).map((part) => part.length) });
