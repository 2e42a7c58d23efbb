import type { APIRoute } from 'astro';
import { getActionsByCode, getCodes, getGuidance, getServices } from '../../data/collections.ts';
import { apiDocument } from '../../lib/api.ts';

/** Every row of every service, for ticket systems and bots that link codes. */
export const GET: APIRoute = async ({ site }) =>
	Response.json(
		apiDocument(await getCodes(), site ?? 'http://localhost/', {
			actionsOf: await getActionsByCode(),
			guidance: await getGuidance(),
			services: await getServices(),
		}),
	);
