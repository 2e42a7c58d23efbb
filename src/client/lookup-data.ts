/**
 * The browser's side of the lookup list: only the parts that can hold the codes asked for (the
 * meta file says how many there are). Used by the 404 resolver and the paste lookup.
 */
import { lookupPartOf, readLookupPart, type LookupEntry, type LookupPart } from '../lib/lookup.ts';
import { lookupPartUrl } from '../lib/urls.ts';
import { loadMeta } from './search-data.ts';

const parts = new Map<number, Promise<LookupEntry[]>>();
/** Every code whose folded spelling is one of `keys`, with the other codes of their parts, in catalogue order. */
export async function loadCodesFor(keys: string[]): Promise<LookupEntry[]> {
	const { parts: count } = await loadMeta();
	const wanted = [...new Set(keys.map((key) => lookupPartOf(key, count)))].sort((a, b) => a - b);
	const loaded = await Promise.all(
		wanted.map((part) => {
			let entries = parts.get(part);
			if (!entries) {
				entries = fetch(lookupPartUrl(part))
					.then((response) => response.json() as Promise<LookupPart>)
					.then(readLookupPart);
				parts.set(part, entries);
			}
			return entries;
		}),
	);
	return loaded.flat();
}
