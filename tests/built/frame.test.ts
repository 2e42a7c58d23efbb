import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = (dir: string) => new URL(`../../${dir}/`, import.meta.url).pathname;

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf-8' })
		.filter((file) => file.endsWith('.html'))
		.sort();
}

/** Where two pages first differ, with a little of each around it. */
function firstDifference(a: string, b: string): string {
	let i = 0;
	while (i < a.length && a[i] === b[i]) i += 1;
	return `at ${i}: …${a.slice(Math.max(0, i - 60), i + 60)}… vs …${b.slice(Math.max(0, i - 60), i + 60)}…`;
}

// Code pages are filled into a frame <StarlightPage> rendered once per service (src/frame/).
// `npm run build:starlight` builds the same sites with <StarlightPage> on every page; if a Starlight
// or Astro upgrade changed what a page holds (head tags, header, search, theme, sidebar, CSP), the
// framed pages would no longer be these bytes.
describe.each([
	['dist', 'dist-starlight'],
	['dist-fixture', 'dist-fixture-starlight'],
])('every page of %s', (dir, reference) => {
	test(`is byte for byte the page <StarlightPage> renders (${reference})`, () => {
		const files = htmlFiles(root(dir));
		expect(files.length).toBeGreaterThan(10);
		expect(files).toEqual(htmlFiles(root(reference)));
		const differing = files.flatMap((file) => {
			const framed = readFileSync(join(root(dir), file), 'utf-8');
			const starlight = readFileSync(join(root(reference), file), 'utf-8');
			return framed === starlight ? [] : [`${relative('.', file)} ${firstDifference(framed, starlight)}`];
		});
		expect(differing).toEqual([]);
	});
});
