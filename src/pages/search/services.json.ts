import type { APIRoute } from 'astro';
import { getCodes, getServices } from '../../data/collections.ts';
import { lookupPartCount, type LookupServices } from '../../lib/lookup.ts';

/** Every service's slug and names, and how many parts the lookup list has: the 404 resolver and the paste lookup read it first. */
export const GET: APIRoute = async () => {
	const [services, codes] = await Promise.all([getServices(), getCodes()]);
	const body: LookupServices = { v: 1, services: services.map((s) => [s.slug, s.name, s.nameEn]), parts: lookupPartCount(codes.length) };
	return Response.json(body);
};
