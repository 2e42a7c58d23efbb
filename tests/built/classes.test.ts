import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ACTOR_LABELS } from '../../src/lib/classes.ts';
import type { ApiRow } from '../../src/lib/api.ts';
import { builtPage, textOf } from './built-site.ts';

// The seed site; `ERRCODES_DIST=dist-real` checks a build of the real catalogue.
const dist = process.env['ERRCODES_DIST'] ?? 'dist';
const rows = (JSON.parse(readFileSync(new URL(`../../${dist}/api/codes.json`, import.meta.url), 'utf-8')) as { codes: ApiRow[] }).codes;
const pages = new Map(rows.map((r) => [new URL(r.url).pathname, r]));

describe(`every code page of ${dist}`, () => {
	test('names the class its JSON row gives, with the note, and shows the SDK constant it gives; none where it gives none', () => {
		const wrong: string[] = [];
		for (const [path, row] of pages) {
			const page = builtPage(dist, path);
			const region = (id: string) => page.elements.find((e) => e.attributes['aria-labelledby'] === id);
			const errorClass = region('class-heading');
			const constant = region('constant-heading');
			const classText = errorClass === undefined ? '' : textOf(errorClass);
			if ((row.class === null) !== (errorClass === undefined))
				wrong.push(`${path}: class ${row.class} but region ${errorClass !== undefined}`);
			if (row.class !== null && row.class !== path.split('/')[2] && !classText.includes(row.class))
				wrong.push(`${path}: class ${row.class} not named`);
			if (row.actor !== null && !classText.includes(ACTOR_LABELS[row.actor])) wrong.push(`${path}: actor ${row.actor} not said`);
			if ((row.constant === null) !== (constant === undefined))
				wrong.push(`${path}: constant ${row.constant} but region ${constant !== undefined}`);
			if (row.constant !== null && constant !== undefined && !textOf(constant).includes(row.constant))
				wrong.push(`${path}: constant not shown`);
		}
		expect(wrong.slice(0, 20)).toEqual([]);
		expect(rows.some((r) => r.actor !== null)).toBe(true);
	});
});
