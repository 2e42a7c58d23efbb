import { getCollection } from 'astro:content';
import { actionsByCode } from '../lib/actions.ts';
import { spacedCodes } from '../lib/paste.ts';
import { sidebarFor } from '../lib/sidebar.ts';
import { cutIntoShards, listedNames, searchMeta, type Listed } from '../lib/search/code-list.ts';
import type { Action } from '../schemas/action.ts';
import type { ErrorCode } from '../schemas/error-code.ts';
import type { SourceDocument } from '../schemas/document.ts';
import type { ClassGuidance } from '../schemas/guidance.ts';
import type { Service } from '../schemas/service.ts';

/**
 * Reads once per build: a dozen routes ask for the same lists, and at 50,000 codes sorting them
 * again each time costs seconds. The dev server reads each time, as the content may change under it.
 */
function once<T>(read: () => Promise<T>): () => Promise<T> {
	let value: Promise<T> | undefined;
	return () => (import.meta.env.DEV ? read() : (value ??= read()));
}

/** Services in the order of `content/services.yaml`. */
export const getServices = once(async (): Promise<Service[]> =>
	(await getCollection('services')).map((entry) => entry.data).sort((a, b) => a.order - b.order),
);

/**
 * The sidebar of the pages that belong to no service, passed to each as its own: Starlight's shared
 * sidebar marks the current page on one object for all pages, and pages rendered side by side
 * (`build.concurrency`) would mark each other's link.
 */
export const getSiteSidebar = once(async () => sidebarFor(await getServices()));

/** Every code entry, in catalogue order (`buildCatalog` sets it). */
export const getCodes = once(async (): Promise<ErrorCode[]> =>
	(await getCollection('errorCodes')).map((entry) => entry.data).sort((a, b) => a.order - b.order),
);

/** Every action, in catalogue order. */
export const getActions = once(async (): Promise<Action[]> =>
	(await getCollection('actions')).map((entry) => entry.data).sort((a, b) => a.order - b.order),
);

/** The site's note for each class of codes, by the common code that names it (`guidance/classes.yaml`). */
export const getGuidance = once(async (): Promise<ReadonlyMap<string, ClassGuidance>> => {
	const notes = new Map((await getCollection('guidance')).map((entry) => [entry.id, entry.data]));
	// Astro's file() loader logs a file it cannot read and loads nothing: without this the pages would lose every note unnoticed.
	if (notes.size === 0) throw new Error('guidance/classes.yaml: no notes read (see the log above)');
	return notes;
});

/** For each code (by `codeKey`), the actions that can return it. */
export const getActionsByCode = once(async () => actionsByCode(await getActions()));

/** The codes and actions cut into the search's shards: its sizes and its parts are two routes. */
export const getCodeShards = once(async () => cutIntoShards<Listed>([...(await getCodes()), ...(await getActions())], listedNames));

/** The catalogue-wide lists the search, the resolver and the paste lookup read first (`/search/meta.json`). */
export const getSearchMeta = once(async () =>
	searchMeta(await getServices(), await getCodes(), await getCodeShards(), (await getActions()).length),
);

/** The codes with spaces in them, which the paste lookup must know to find them in a text. */
export const getSpacedCodes = once(async () => spacedCodes(await getCodes()));

/** Every source document, in the order of services and families. */
export const getDocuments = once(async (): Promise<(SourceDocument & { id: string })[]> =>
	(await getCollection('documents')).map((entry) => ({ id: entry.id, ...entry.data })).sort((a, b) => a.order - b.order),
);

/** Each service with how many codes and source rows it has, for the service lists. */
export async function getServiceSummaries() {
	const [services, codes, documents] = await Promise.all([getServices(), getCodes(), getDocuments()]);
	return services.map((service) => ({
		service,
		codeCount: codes.filter((c) => c.service === service.slug).length,
		rowCount: documents.filter((d) => d.service === service.slug).reduce((n, d) => n + d.rowCount, 0),
	}));
}
