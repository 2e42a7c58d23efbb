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

const ENGLISH = new URL('../fixtures/en/', import.meta.url);

/** The English twins of `tests/fixtures/en/` (cloudaudit's, beside the seeds), parsed, each named as in a folder's `en/`. */
export function fixtureEnglish() {
	return readdirSync(ENGLISH)
		.sort()
		.map((name) => parseDocument(`en/${name}`, readFileSync(new URL(name, ENGLISH), 'utf-8')));
}

/** The seeds' catalogue with the fixture English twins. */
export function seedsWithEnglish() {
	return buildCatalog(contentServices(), parseContent(), [], fixtureEnglish());
}
