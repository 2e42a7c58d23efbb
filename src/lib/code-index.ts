import type { ErrorCode } from '../schemas/error-code.ts';
import { statusClass, type CodeIndex } from './search.ts';
import { codeSlug, codeSummary } from './codes.ts';

/**
 * Makes compact code lists of parts of `all` (a shard) or of all of it. The service, section and
 * status lists are those of the whole catalogue, so any one shard can fill the search filters.
 */
export function codeIndexer(
	services: { slug: string; name: string; nameEn: string }[],
	all: ErrorCode[],
): (codes: ErrorCode[]) => CodeIndex {
	const serviceIndex = new Map(services.map((s, i) => [s.slug, i]));
	const sections = [...new Set(all.map((c) => c.meanings[0]?.section).filter((s): s is string => s !== undefined))];
	const sectionIndex = new Map(sections.map((s, i) => [s, i]));
	const statuses = [...new Set(all.map((c) => statusClass(c.meanings[0]?.status)).filter((s) => s !== ''))].sort();
	const serviceList: CodeIndex['services'] = services.map((s) => [s.slug, s.name, s.nameEn]);
	return (codes) => ({
		v: 1,
		services: serviceList,
		sections,
		statuses,
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
