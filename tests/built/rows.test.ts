import { describe, expect, test } from 'vitest';
import { descriptionText, plainText } from '../../src/lib/inline.ts';
import { sourcesOf } from '../../src/lib/meanings.ts';
import { codeUrl } from '../../src/lib/urls.ts';
import { contentFolder } from '../../src/loaders/content-folder.ts';
import { catalogOf } from '../unit/content.ts';
import { builtPage } from './built-site.ts';

// The seeds and the hostile site by default; `ERRCODES_CONTENT=… ERRCODES_DIST=…` checks another build of another folder.
const sites = process.env['ERRCODES_DIST']
	? [{ dist: process.env['ERRCODES_DIST'], content: contentFolder(new URL('../../', import.meta.url)) }]
	: [
			{ dist: 'dist', content: new URL('../../content/', import.meta.url) },
			{ dist: 'dist-fixture', content: new URL('../fixtures/site/', import.meta.url) },
		];
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(sites)('every source row of $content.pathname', ({ dist, content }) => {
	const catalog = catalogOf(content);
	test('is on its code page with its exact text, status, handling, other cells and place', () => {
		const missing: string[] = [];
		// A row whose code cell lists several codes is on each of their pages: rows are counted by place.
		const rows = new Set<string>();
		for (const code of catalog.codes) {
			const page = builtPage(dist, codeUrl(code));
			const text = squash(page.texts.join(''));
			const need = (what: string, value: string) => {
				if (!text.includes(squash(value))) missing.push(`${codeUrl(code)}: ${what} ${JSON.stringify(value.slice(0, 80))}`);
			};
			need('code', code.code);
			for (const meaning of code.meanings) {
				need('description', descriptionText(meaning.description));
				if (meaning.statusLabel !== undefined) need('status', meaning.statusLabel);
				if (meaning.handling !== undefined) need('handling', plainText(meaning.handling));
				for (const cell of meaning.extra ?? []) {
					// An empty cell shows nothing; the JSON keeps it.
					if (cell.text.trim() === '') continue;
					need('column', cell.header);
					need('cell', plainText(cell.text));
				}
				if (meaning.cell !== undefined) need('code cell', meaning.cell);
				for (const source of sourcesOf(meaning)) {
					need('source', `${source.file} 第 ${source.line} 行`);
					rows.add(`${source.file}:${source.line}`);
				}
			}
		}
		expect(missing.slice(0, 20)).toEqual([]);
		expect(rows.size).toBe(catalog.documents.reduce((n, d) => n + d.rowCount, 0));
	});
});
