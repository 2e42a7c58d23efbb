import { readdirSync, readFileSync } from 'node:fs';
import { buildCatalog } from '../../src/lib/build-catalog.ts';
import { parseActionsDocument } from '../../src/lib/parse-actions.ts';
import { parseDocument } from '../../src/lib/parse-document.ts';
import { readContentFolder, readContentMeta } from '../../src/loaders/content-folder.ts';

const CONTENT = new URL('../../content/', import.meta.url);

/** The source documents of a content folder (the seeds by default), parsed. */
export function parseContent(dir: URL = CONTENT) {
	return readContentFolder(dir).documents;
}

/** The catalogue of a content folder (the seeds by default), its actions documents and English twins included. */
export function catalogOf(dir: URL = CONTENT) {
	const { services, documents, actionDocuments, englishDocuments } = readContentFolder(dir);
	return buildCatalog(services, documents, actionDocuments, englishDocuments);
}

/** The services of a content folder (the seeds by default). */
export function contentServices(dir: URL = CONTENT) {
	return readContentMeta(dir).services;
}

/** A minimal valid document around the given body, for broken-input cases. */
export function doc(body: string, frontMatter = 'service: cos\nfamily: xml-api\ntitle: T') {
	return `---\n${frontMatter}\n---\n${body}`;
}

/** Every document of `tests/fixtures/<folder>/`, parsed, each named as in a content folder's `<folder>/`. */
function fixtureFolder<T>(folder: string, parse: (file: string, text: string) => T): T[] {
	const dir = new URL(`../fixtures/${folder}/`, import.meta.url);
	return readdirSync(dir)
		.sort()
		.map((name) => parse(`${folder}/${name}`, readFileSync(new URL(name, dir), 'utf-8')));
}

/** The actions documents of `tests/fixtures/actions/` (cloudaudit's, beside the seeds), parsed. */
export function fixtureActions() {
	return fixtureFolder('actions', parseActionsDocument);
}

/** The seeds' catalogue with the fixture actions documents. */
export function seedsWithActions() {
	return buildCatalog(contentServices(), parseContent(), fixtureActions());
}

/** The English twins of `tests/fixtures/en/` (cloudaudit's, beside the seeds), parsed. */
export function fixtureEnglish() {
	return fixtureFolder('en', parseDocument);
}

/** The seeds' catalogue with the fixture English twins. */
export function seedsWithEnglish() {
	return buildCatalog(contentServices(), parseContent(), [], fixtureEnglish());
}
