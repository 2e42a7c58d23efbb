import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { descriptionText, plainText } from '../../src/lib/inline.ts';
import { parseDocument } from '../../src/lib/parse-document.ts';
import { tableSpans } from '../../src/lib/row-accounting.ts';
import { codeUrl } from '../../src/lib/urls.ts';
import { ENGLISH_FOLDER, contentFiles, contentFolder } from '../../src/loaders/content-folder.ts';
import { catalogOf } from '../unit/content.ts';
import { builtPage, textOf } from './built-site.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

// The hostile site, which has English twins (the seeds have none); `ERRCODES_CONTENT=… ERRCODES_DIST=…` checks another build.
const site = process.env['ERRCODES_DIST']
	? { dist: process.env['ERRCODES_DIST'], content: contentFolder(new URL('../../', import.meta.url)) }
	: { dist: 'dist-fixture', content: new URL('../fixtures/site/', import.meta.url) };
const catalog = catalogOf(site.content);
const codeById = new Map(catalog.codes.map((c) => [c.id, c]));
const files = contentFiles(site.content).filter((name) => name.startsWith(ENGLISH_FOLDER));

describe(`every row of ${site.content.pathname}${ENGLISH_FOLDER}`, () => {
	test('is on the page of its code, with its exact text in English, its handling and its place', () => {
		const missing: string[] = [];
		let rows = 0;
		let counted = 0;
		for (const file of files) {
			const source = readFileSync(new URL(file, site.content), 'utf-8');
			counted += tableSpans(source).reduce((n, t) => n + t.bodyRows, 0);
			const parsed = parseDocument(file, source);
			for (const row of parsed.rows) {
				const code = codeById.get(`${parsed.meta.service}/${row.code}`);
				if (!code) {
					missing.push(`${file}:${row.line}: no page for ${row.code}`);
					continue;
				}
				const page = builtPage(site.dist, codeUrl(code));
				const english = squash(
					page.elements
						.filter((e) => e.attributes['lang'] === 'en')
						.map(textOf)
						.join(' '),
				);
				const text = squash(page.texts.join(''));
				const need = (haystack: string, what: string, value: string) => {
					if (!haystack.includes(squash(value)))
						missing.push(`${codeUrl(code)}: ${what} ${JSON.stringify(value.slice(0, 80))} (${file}:${row.line})`);
				};
				if (row.description.trim() === '') need(text, 'the note of an empty text', descriptionText(row.description));
				else need(english, 'English text', plainText(row.description));
				if (row.handling !== undefined) need(english, 'English handling', plainText(row.handling));
				need(text, 'source', `${file} 第 ${row.line} 行`);
				rows++;
			}
		}
		expect(missing.slice(0, 20)).toEqual([]);
		expect(rows).toBe(counted);
		expect(rows).toBeGreaterThan(0);
	});
});
