import type { APIRoute } from 'astro';
import { getSearchMeta } from '../../data/collections.ts';

/** The services, sections, status classes and how the lists are cut: read once, before any shard or lookup part. */
export const GET: APIRoute = async () => Response.json(await getSearchMeta());
