import { readdirSync, readFileSync } from 'node:fs';
import { buildCatalog } from '../../src/lib/build-catalog.ts';
import { parseActionsDocument } from '../../src/lib/parse-actions.ts';
import { readContentFolder, readContentMeta } from '../../src/loaders/content-folder.ts';

const CONTENT = new URL('../../content/', import.meta.url);

/** The source documents of a content folder (the seeds by default), parsed. */
export function parseContent(dir: URL = CONTENT) {
	return readContentFolder(dir).documents;
}

/** The catalogue of a content folder (the seeds by default), its actions documents included. */
export function catalogOf(dir: URL = CONTENT) {
	const { services, documents, actionDocuments } = readContentFolder(dir);
	return buildCatalog(services, documents, actionDocuments);
}

/** The services of a content folder (the seeds by default). */
export function contentServices(dir: URL = CONTENT) {
	return readContentMeta(dir).services;
}

/** A minimal valid document around the given body, for broken-input cases. */
export function doc(body: string, frontMatter = 'service: cos\nfamily: xml-api\ntitle: T') {
	return `---\n${frontMatter}\n---\n${body}`;
}

const ACTIONS = new URL('../fixtures/actions/', import.meta.url);

/** The actions documents of `tests/fixtures/actions/` (cloudaudit's, beside the seeds), parsed, each named as in a folder's `actions/`. */
export function fixtureActions() {
	return readdirSync(ACTIONS)
		.sort()
		.map((name) => parseActionsDocument(`actions/${name}`, readFileSync(new URL(name, ACTIONS), 'utf-8')));
}

/** The seeds' catalogue with the fixture actions documents. */
export function seedsWithActions() {
	return buildCatalog(contentServices(), parseContent(), fixtureActions());
}
