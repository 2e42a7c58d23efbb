import type { ErrorCode } from '../schemas/error-code.ts';
import { meaningKey } from './meanings.ts';
import { codeUrl } from './urls.ts';

/** One distinct meaning of a shared code, with every service that gives it. */
export interface MeaningGroup {
	meanings: { statusLabel?: string | undefined; description: string }[];
	services: { name: string; url: string }[];
}

/**
 * The services that define one code, grouped by identical meaning (every row's status, text and
 * handling alike): the meaning most services give first, then in catalogue order.
 */
export function groupByMeaning(group: ErrorCode[], serviceName: (slug: string) => string): MeaningGroup[] {
	const groups = new Map<string, MeaningGroup>();
	for (const entry of group) {
		const key = entry.meanings.map(meaningKey).join('\n');
		let found = groups.get(key);
		if (!found) {
			found = { meanings: entry.meanings.map(({ statusLabel, description }) => ({ statusLabel, description })), services: [] };
			groups.set(key, found);
		}
		found.services.push({ name: serviceName(entry.service), url: codeUrl(entry) });
	}
	return [...groups.values()].sort((a, b) => b.services.length - a.services.length);
}
