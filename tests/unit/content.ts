import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { ServiceMeta } from '../../src/lib/catalog.ts';
import { parseDocument } from '../../src/lib/parse-document.ts';

const CONTENT = new URL('../../content/', import.meta.url);

/** The source documents of a content folder (the seeds by default), parsed. */
export function parseContent(dir: URL = CONTENT) {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => parseDocument(name, readFileSync(new URL(name, dir), 'utf-8')));
}

/** The `services.yaml` of a content folder (the seeds by default). */
export function contentServices(dir: URL = CONTENT): ServiceMeta[] {
	return load(readFileSync(new URL('services.yaml', dir), 'utf-8')) as ServiceMeta[];
}

/** A minimal valid document around the given body, for broken-input cases. */
export function doc(body: string, frontMatter = 'service: cos\nfamily: xml-api\ntitle: T') {
	return `---\n${frontMatter}\n---\n${body}`;
}
