import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { aliasProblems } from '../lib/aliases.ts';
import { buildCatalog, type Catalog } from '../lib/build-catalog.ts';
import { ParseError, ParseErrors } from '../lib/parse-document.ts';
import { actionSchema } from '../schemas/action.ts';
import { errorCodeSchema } from '../schemas/error-code.ts';
import { documentSchema } from '../schemas/document.ts';
import { serviceEntrySchema } from '../schemas/service.ts';
import { contentFiles, contentFolder, readContentFolder } from './content-folder.ts';

/** Where the catalogue lives, relative to the project root. */
export interface CatalogOptions {
	/** Folder of source documents (`*.md`) and of `services.yaml`. */
	dir: string;
}

/** Reads the folder (`readContentFolder`) and joins it into one catalogue, its aliases checked against it. */
async function readCatalog(dir: URL, logger: LoaderContext['logger']): Promise<Catalog> {
	const { services, aliases, documents, actionDocuments, englishDocuments } = readContentFolder(dir);
	// Tables without a code column (错误码, Error code) hold no codes; the log says which, so a renamed column shows.
	for (const doc of [...documents, ...englishDocuments]) {
		for (const table of doc.skippedTables) logger.info(`${doc.file}:${table.line}: not a code table (${table.header.join(' | ')})`);
	}
	const catalog = buildCatalog(services, documents, actionDocuments, englishDocuments);
	for (const report of catalog.reports) logger.warn(report);
	const problems = aliasProblems(aliases, catalog);
	if (problems.length > 0) throw new Error(problems.join('\n'));
	return catalog;
}

// The four collections come from one catalogue: read it once per state of the folder.
const cache = new Map<string, Promise<Catalog>>();

async function cachedCatalog(dir: URL, label: string, logger: LoaderContext['logger']): Promise<Catalog> {
	const names = contentFiles(dir);
	const stamps = await Promise.all(names.map(async (name) => `${name}:${(await stat(new URL(name, dir))).mtimeMs}`));
	const key = `${dir.href}|${stamps.join('|')}`;
	let catalog = cache.get(key);
	if (!catalog) {
		cache.clear();
		catalog = readCatalog(dir, logger).catch((error: unknown) => {
			// Every broken line of every document, a line each and once for all the collections, so that one build names them all.
			const where =
				error instanceof ParseError
					? ParseErrors.each(error)
							.map((e) => `\n  ${label}/${e.file}:${e.line}: ${e.reason}`)
							.join('')
					: (error as Error).message;
			logger.error(`Cannot read the catalogue: ${where}`);
			throw error;
		});
		cache.set(key, catalog);
	}
	return catalog;
}

/** One loader shape for every collection the catalogue fills, like Astro's own `file()` loader. */
function catalogLoader<Schema extends z.ZodType>(
	name: string,
	options: CatalogOptions,
	pick: (catalog: Catalog) => { id: string }[],
	schema: Schema,
) {
	return {
		name,
		schema,
		load: async ({ config, logger, parseData, store, generateDigest, watcher }: LoaderContext) => {
			const dir = contentFolder(config.root, options.dir);
			const sync = async () => {
				const catalog = await cachedCatalog(dir, options.dir, logger);
				store.clear();
				const items = pick(catalog);
				for (const { id, ...data } of items) {
					const parsedData = await parseData({ id, data });
					store.set({ id, data: parsedData, digest: generateDigest(parsedData) });
				}
				logger.info(`Loaded ${items.length} entries from ${options.dir}`);
			};
			await sync();
			const folder = fileURLToPath(dir);
			watcher?.add(folder);
			watcher?.on('change', async (changed) => {
				if (changed.startsWith(folder)) await sync();
			});
		},
	} satisfies Loader;
}

/** Fills the `errorCodes` collection: one entry per (service, code), with every meaning. */
export function errorCodesLoader(options: CatalogOptions) {
	return catalogLoader('error-codes-loader', options, (c) => c.codes, errorCodeSchema);
}

/** Fills the `actions` collection: one entry per (service, action), with every API version that has it. */
export function actionsLoader(options: CatalogOptions) {
	return catalogLoader('actions-loader', options, (c) => c.actions, actionSchema);
}

/** Fills the `documents` collection: one entry per source document. */
export function documentsLoader(options: CatalogOptions) {
	return catalogLoader('documents-loader', options, (c) => c.documents, documentSchema);
}

/** Fills the `services` collection from `services.yaml`, each with its place in that file. */
export function servicesLoader(options: CatalogOptions) {
	return catalogLoader('services-loader', options, (c) => c.services, serviceEntrySchema);
}
