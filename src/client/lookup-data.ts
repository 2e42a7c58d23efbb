/**
 * The browser's side of the lookup list: only the parts that can hold the codes asked for (the
 * meta file says how many there are). Used by the 404 resolver and the paste lookup.
 */
import { lookupPartOf, readLookupPart, type LookupEntry, type LookupPart } from '../lib/lookup.ts';
import { lookupPartUrl } from '../lib/urls.ts';
import { fetchOnce, loadMeta } from './search-data.ts';

/** Every code whose folded spelling is one of `keys`, with the other codes of their parts, in catalogue order. */
export async function loadCodesFor(keys: string[]): Promise<LookupEntry[]> {
	const { parts } = await loadMeta();
	const wanted = [...new Set(keys.map((key) => lookupPartOf(key, parts)))].sort((a, b) => a - b);
	const loaded = await Promise.all(wanted.map((part) => fetchOnce(lookupPartUrl(part), (json) => readLookupPart(json as LookupPart))));
	return loaded.flat();
}
