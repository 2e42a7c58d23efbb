import { describe, expect, test } from 'vitest';
import { ACTIONS_PER_CODE_PAGE, actionsByCode, codeKey } from '../../src/lib/actions.ts';
import { descriptionText, plainText } from '../../src/lib/inline.ts';
import { actionUrl, codeActionsUrl, codeUrl } from '../../src/lib/urls.ts';
import { contentFolder } from '../../src/loaders/content-folder.ts';
import { catalogOf } from '../unit/content.ts';
import { builtPage } from './built-site.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

// The hostile site, which has actions (the seeds have none); `ERRCODES_CONTENT=… ERRCODES_DIST=…` checks another build.
const site = process.env['ERRCODES_DIST']
	? { dist: process.env['ERRCODES_DIST'], content: contentFolder(new URL('../../', import.meta.url)) }
	: { dist: 'dist-fixture', content: new URL('../fixtures/site/', import.meta.url) };
const catalog = catalogOf(site.content);

describe(`every (action, code) row of ${site.content.pathname}actions/`, () => {
	test('is on its action page, with the action page’s own words, and the action on the code’s page', () => {
		const missing: string[] = [];
		const textOf = (path: string) => squash(builtPage(site.dist, path).texts.join(''));
		const need = (text: string, path: string, what: string, value: string) => {
			if (!text.includes(squash(value))) missing.push(`${path}: ${what} ${JSON.stringify(value.slice(0, 80))}`);
		};
		let rows = 0;
		for (const action of catalog.actions) {
			const path = actionUrl(action);
			const text = textOf(path);
			need(text, path, 'action', action.action);
			for (const version of action.versions) {
				if (version.name !== undefined) need(text, path, 'name', version.name);
				if (version.description !== undefined) need(text, path, 'description', plainText(version.description));
				need(text, path, 'source', `${version.file} 第 ${version.line} 行`);
				for (const row of version.codes) {
					need(text, path, 'code', row.code);
					need(text, path, 'its description', descriptionText(row.description));
					rows++;
				}
			}
		}
		const byCode = actionsByCode(catalog.actions);
		let listed = 0;
		for (const code of catalog.codes) {
			const actions = byCode.get(codeKey(code)) ?? [];
			if (actions.length === 0) continue;
			// A code that more actions return than its page lists has them all on its actions page.
			const path = actions.length <= ACTIONS_PER_CODE_PAGE ? codeUrl(code) : codeActionsUrl(code);
			const text = textOf(path);
			for (const action of actions) need(text, path, 'action', action.action);
			listed += actions.length;
		}
		expect(missing.slice(0, 20)).toEqual([]);
		expect(rows).toBe(catalog.actions.reduce((n, a) => n + a.versions.reduce((m, v) => m + v.codes.length, 0), 0));
		expect(listed).toBeGreaterThan(0);
	});
});
