import type { APIRoute } from 'astro';
import { getActions, getCodes, getServices } from '../../data/collections.ts';
import { searchRecords } from '../../lib/search/records.ts';

/**
 * The codes and actions as Pagefind records, for `scripts/build.mjs`: it gives them to Pagefind once Astro has
 * exited and removes this file, which no page reads. Made from the catalogue the build already has.
 */
export const GET: APIRoute = async () =>
	Response.json({ records: searchRecords(await getCodes(), await getServices(), await getActions()) });
