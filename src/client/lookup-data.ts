/**
 * The browser's side of the lookup list: the services file, then only the parts that can hold the
 * codes asked for. Used by the 404 resolver and the paste lookup.
 */
import { lookupPartOf, readLookupPart, type LookupEntry, type LookupPart, type LookupServices } from '../lib/lookup.ts';
import { lookupPartUrl, lookupServicesUrl } from '../lib/urls.ts';

let services: Promise<LookupServices> | undefined;
/** Every service's slug and names, and how the lookup list is cut. */
export function loadServices(): Promise<LookupServices> {
	services ??= fetch(lookupServicesUrl()).then((response) => response.json() as Promise<LookupServices>);
	return services;
}

const parts = new Map<number, Promise<LookupEntry[]>>();
/** Every code whose folded spelling is one of `keys`, with the other codes of their parts, in catalogue order. */
export async function loadCodesFor(keys: string[]): Promise<LookupEntry[]> {
	const { parts: count } = await loadServices();
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
