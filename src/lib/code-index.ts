import type { ErrorCode } from '../schemas/error-code.ts';
import { codeSlug, codeSummary } from './codes.ts';
import { lookupPartCount } from './lookup.ts';
import { statusClass, type CodeIndex, type SearchMeta } from './search.ts';

/** The catalogue's services, sections and status classes, and how its lists are cut: `/search/meta.json`. */
export function searchMeta(
	services: { slug: string; name: string; nameEn: string }[],
	all: ErrorCode[],
	shards: ErrorCode[][],
): SearchMeta {
	return {
		v: 1,
		services: services.map((s) => [s.slug, s.name, s.nameEn]),
		sections: [...new Set(all.map((c) => c.meanings[0]?.section).filter((s): s is string => s !== undefined))],
		statuses: [...new Set(all.map((c) => statusClass(c.meanings[0]?.status)).filter((s) => s !== ''))].sort(),
		shards: shards.map((part) => part.length),
		parts: lookupPartCount(all.length),
	};
}

/** Makes a shard of the compact code list, its services and sections as indexes into `meta`'s lists. */
export function codeIndexer(meta: SearchMeta): (codes: ErrorCode[]) => CodeIndex {
	const serviceIndex = new Map(meta.services.map(([slug], i) => [slug, i]));
	const sectionIndex = new Map(meta.sections.map((s, i) => [s, i]));
	return (codes) => ({
		v: 1,
		codes: codes
			.map((c) => ({ c, s: serviceIndex.get(c.service) ?? 0 }))
			.sort((a, b) => a.s - b.s)
			.map(({ c, s }) => {
				const first = c.meanings[0]!;
				const section = first.section === undefined ? -1 : (sectionIndex.get(first.section) ?? -1);
				const entry: CodeIndex['codes'][number] = [c.code, s, first.status ?? 0, section, codeSummary(c)];
				if (c.slug !== codeSlug(c.code)) entry.push(c.slug);
				return entry;
			}),
	});
}
