import type { APIRoute } from 'astro';
import { getCodes, getServices } from '../../data/catalog.ts';
import { plainText } from '../../lib/inline.ts';
import type { CodeIndex } from '../../lib/search.ts';

const SUMMARY_LENGTH = 60;

/** The compact code list behind the exact and infix code lookup that runs before Pagefind. */
export const GET: APIRoute = async () => {
	const [services, codes] = await Promise.all([getServices(), getCodes()]);
	const serviceIndex = new Map(services.map((s, i) => [s.slug, i]));
	const sections: string[] = [];
	const sectionIndex = (name: string | undefined) => {
		if (name === undefined) return -1;
		let i = sections.indexOf(name);
		if (i < 0) i = sections.push(name) - 1;
		return i;
	};
	const index: CodeIndex = {
		v: 1,
		services: services.map((s) => [s.slug, s.name, s.nameEn]),
		sections,
		codes: codes
			.map((c) => ({ c, s: serviceIndex.get(c.service) ?? 0 }))
			.sort((a, b) => a.s - b.s)
			.map(({ c, s }) => {
				const first = c.meanings[0]!;
				return [c.code, s, first.status ?? 0, sectionIndex(first.section), plainText(first.description).slice(0, SUMMARY_LENGTH)];
			}),
	};
	return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json' } });
};
