import { describe, expect, test } from 'vitest';
import { actionRecordText, codesOfRecord, recordAnchor, recordText } from '../../src/lib/search/records.ts';
import { contentFolder } from '../../src/loaders/content-folder.ts';
import { catalogOf, contentServices } from '../unit/content.ts';
import { pagefindOf } from './pagefind.ts';

/**
 * The text as this test compares it: Pagefind adds full stops and spaces between blocks, and the
 * reader drops every U+200B, Pagefind's own and the vendor's alike (two apigateway actions end with one).
 */
const squeezed = (text: string) => text.replace(/[\s.\u200b]+/g, '');

// Each site as `npm test` builds it, and `ERRCODES_CONTENT=… ERRCODES_DIST=…` for another.
const sites = process.env['ERRCODES_DIST']
	? [{ dist: process.env['ERRCODES_DIST'], content: contentFolder(new URL('../../', import.meta.url)) }]
	: [
			{ dist: 'dist', content: new URL('../../content/', import.meta.url) },
			{ dist: 'dist-fixture', content: new URL('../fixtures/site/', import.meta.url) },
		];

describe.each(sites)('the Pagefind records of $dist, read back through the real Pagefind', ({ dist, content }) => {
	test('give every code and action exactly once, each with its own whole text', async () => {
		const catalog = catalogOf(content);
		const byAnchor = new Map([
			...catalog.codes.map((c) => [recordAnchor(c), { name: c.code, text: recordText(c) }] as const),
			...catalog.actions.map((a) => [recordAnchor(a), { name: a.action, text: actionRecordText(a) }] as const),
		]);
		const pagefind = await pagefindOf(dist);
		const wrong: string[] = [];
		const seen = new Set<string>();
		for (const service of contentServices(content)) {
			const { results } = await pagefind.search(null, { filters: { service: service.slug } });
			for (const result of results) {
				const data = await result.data();
				if (data.meta['kind'] !== 'codes') continue;
				for (const code of codesOfRecord(data)) {
					if (seen.has(code.anchor)) wrong.push(`${code.anchor}: in two records`);
					seen.add(code.anchor);
					const entry = byAnchor.get(code.anchor);
					if (entry === undefined) wrong.push(`${code.anchor}: no such code or action`);
					else if (code.code !== entry.name || squeezed(code.text) !== squeezed(entry.text.join(''))) {
						wrong.push(`${code.anchor}: read ${JSON.stringify(code.code)} ${JSON.stringify(code.text.slice(0, 60))}`);
					}
				}
			}
		}
		expect(wrong.slice(0, 10)).toEqual([]);
		expect(seen.size).toBe(catalog.codes.length + catalog.actions.length);
	});
});
