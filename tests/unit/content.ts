import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { ServiceMeta } from '../../src/lib/catalog.ts';
import { parseDocument } from '../../src/lib/parse-document.ts';

const CONTENT = new URL('../../content/', import.meta.url);

/** The real source documents, parsed. */
export function parseContent() {
	return readdirSync(CONTENT)
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => parseDocument(name, readFileSync(new URL(name, CONTENT), 'utf-8')));
}

/** The real `services.yaml`. */
export function contentServices(): ServiceMeta[] {
	return load(readFileSync(new URL('services.yaml', CONTENT), 'utf-8')) as ServiceMeta[];
}

/** A minimal valid document around the given body, for broken-input cases. */
export function doc(body: string, frontMatter = 'service: cos\nfamily: xml-api\ntitle: T') {
	return `---\n${frontMatter}\n---\n${body}`;
}
