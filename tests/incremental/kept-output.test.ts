import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ApiRow } from '../../src/lib/api.ts';
import { codesOfRecord } from '../../src/lib/search/records.ts';
import { staleOutputs } from '../../src/build/kept-output.ts';
import { builtPages, foreignCurrentLink } from '../built/built-site.ts';
import { pagefindOf } from '../built/pagefind.ts';

const DIST = 'dist-incremental';
const root = new URL('../../', import.meta.url);
const content = mkdtempSync(join(tmpdir(), 'errcodes-incremental-'));
const document = join(content, 'cos-xml-api.md');

/** `npm run build` of the copied seeds into DIST, its log returned. */
function build(): string {
	const run = spawnSync(process.execPath, ['scripts/build.mjs', '--outDir', DIST], {
		cwd: root,
		env: { ...process.env, ERRCODES_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf-8',
	});
	const log = `${run.stdout}${run.stderr}`;
	if (run.status !== 0) throw new Error(`build failed:\n${log.slice(-3000)}`);
	return log;
}

const file = (path: string) => new URL(`${DIST}${path}`, root);
const codes = () => (JSON.parse(readFileSync(file('/api/codes.json'), 'utf-8')) as { codes: ApiRow[] }).codes;
const row = (code: string) => new RegExp(`^\\|[^|\\n]*\\|\\s*${code}\\s*\\|.*\\n`, 'm');

let second = '';
let keptStamp = 0;

describe('an incremental build after editing rows of a document', () => {
	beforeAll(() => {
		cpSync(new URL('content/', root), content, { recursive: true });
		build();
		// A page of another service, which the edit leaves as it was.
		keptStamp = statSync(file('/cloudaudit/500013/index.html')).mtimeMs;
		const text = readFileSync(document, 'utf-8');
		const edited = text
			// A removed code: its row goes.
			.replace(row('NoSuchUpload'), '')
			// A changed one: its text.
			.replace(/(\|\s*NoSuchKey\s*\|\s*)指定的对象键不存在/, '$1指定的对象键已不存在')
			// An added one, after the changed row.
			.replace(row('NoSuchKey'), (line) => `${line}| 404 Not Found | NoSuchWidget | 新加的错误码 |\n`);
		expect(edited).not.toBe(text);
		writeFileSync(document, edited);
		second = build();
	});
	afterAll(() => rmSync(content, { recursive: true, force: true }));

	test('keeps the last output in place: an unchanged page is not written again', () => {
		expect(second).toMatch(/kept the last build's output; removed \d+ file\(s\)/);
		expect(statSync(file('/cloudaudit/500013/index.html')).mtimeMs).toBe(keptStamp);
	});

	test('the pages it renders again, side by side, each mark no link but their own as current', () => {
		const marked = builtPages(DIST).flatMap((page) => {
			const link = foreignCurrentLink(page);
			return link === undefined ? [] : [`${page.path} marks ${link}`];
		});
		expect(marked).toEqual([]);
	});

	test('a removed code has no page, no row in the JSON and no line in the search lists', () => {
		expect(existsSync(file('/cos/NoSuchUpload/index.html'))).toBe(false);
		expect(codes().some((r) => r.code === 'NoSuchUpload')).toBe(false);
		for (const folder of ['/search/codes/', '/search/lookup/']) {
			const lists = readdirSync(file(folder)).map((name) => readFileSync(new URL(name, file(folder)), 'utf-8'));
			expect(lists.filter((list) => list.includes('"NoSuchUpload"'))).toEqual([]);
			expect(lists.filter((list) => list.includes('"NoSuchWidget"')).length).toBeGreaterThan(0);
		}
	});

	test('an added code has its page and its row; a changed one shows its new text', () => {
		expect(readFileSync(file('/cos/NoSuchWidget/index.html'), 'utf-8')).toContain('新加的错误码');
		expect(codes().find((r) => r.code === 'NoSuchWidget')?.description).toBe('新加的错误码');
		expect(readFileSync(file('/cos/NoSuchKey/index.html'), 'utf-8')).toContain('指定的对象键已不存在');
	});

	test('the search index has the added code and not the removed one', async () => {
		const pagefind = await pagefindOf(DIST);
		const { results } = await pagefind.search(null, { filters: { service: 'cos' } });
		const found = (await Promise.all(results.map(async (r) => codesOfRecord(await r.data())))).flat().map((c) => c.code);
		expect(found).toContain('NoSuchWidget');
		expect(found).toContain('NoSuchBucket');
		expect(found).not.toContain('NoSuchUpload');
	});
});

test('the stale outputs are the last build’s files this one did not write', () => {
	expect(staleOutputs(['a/index.html', 'b/index.html', 'b/index.html', 'c.json'], ['a/index.html', 'd/index.html'])).toEqual([
		'b/index.html',
		'c.json',
	]);
});
