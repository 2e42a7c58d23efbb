import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readContentFolder, readContentMeta } from '../../src/loaders/content-folder.ts';

const SERVICES = '- slug: cvm\n  name: 云服务器\n  nameEn: CVM\n  description: d\n  families:\n    - slug: api3\n      name: API 3.0\n';

/** A content folder holding the given files. */
function folder(files: Record<string, string>): URL {
	const dir = mkdtempSync(join(tmpdir(), 'errcodes-'));
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	return pathToFileURL(`${dir}/`);
}

describe('the one reader of a content folder', () => {
	test('reads the seeds: 3 services, 1 alias, 5 documents', () => {
		const content = readContentFolder(new URL('../../content/', import.meta.url));
		expect([content.services.length, content.aliases.length, content.documents.length]).toEqual([3, 1, 5]);
	});

	test('takes a missing aliases.yaml as no aliases', () => {
		expect(readContentMeta(folder({ 'services.yaml': SERVICES })).aliases).toEqual([]);
	});

	test.each([
		['a services.yaml that breaks the schema', { 'services.yaml': '- slug: CVM!\n' }, /^services\.yaml: 0\.slug: /],
		['a services.yaml that is not YAML', { 'services.yaml': '- slug: [\n' }, /^services\.yaml: not valid YAML/],
		[
			'an alias without a code',
			{ 'services.yaml': SERVICES, 'aliases.yaml': '- from: /a/\n  service: cvm\n' },
			/^aliases\.yaml: 0\.code: /,
		],
	])('fails on %s, naming the file and the field', (_name, files, message) => {
		expect(() => readContentMeta(folder(files))).toThrow(message);
	});

	test('fails on a document with its file and line', () => {
		expect(() => readContentFolder(folder({ 'services.yaml': SERVICES, 'a.md': '---\nservice: cvm\n' }))).toThrow(
			'a.md:1: front matter is not closed',
		);
	});
});
