import type { APIRoute, GetStaticPaths } from 'astro';
import { getActions, getCodes } from '../../../data/collections.ts';
import { cacheKey } from '../../../lib/cache-key.ts';
import { lookupParts } from '../../../lib/search/code-list.ts';
import type { LookupPart } from '../../../schemas/search.ts';

export const getStaticPaths = (async () =>
	lookupParts(await getCodes(), await getActions()).map((part, i) => {
		const props = { part };
		return { params: { part: String(i) }, props, cacheKey: cacheKey(props) };
	})) satisfies GetStaticPaths;

/** The codes and actions whose folded spelling falls in this part (see `lookupPartOf`): what a missed link or a paste loads. */
export const GET: APIRoute<{ part: LookupPart }> = ({ props }) => Response.json(props.part);
