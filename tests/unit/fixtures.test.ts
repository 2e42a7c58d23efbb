import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/lib/build-catalog.ts';
import { parseInline } from '../../src/lib/inline.ts';
import { ParseError, parseDocument } from '../../src/lib/parse-document.ts';
import { contentServices } from './content.ts';

const services = contentServices();
const fixture = (name: string) => readFileSync(new URL(`../fixtures/documents/${name}`, import.meta.url), 'utf-8');
const build = (name: string, text = fixture(name)) => buildCatalog(services, [parseDocument(name, text)]);

/** Runs a fixture through parser and catalogue; returns the error message, if any. */
function failure(name: string): string | undefined {
	try {
		build(name);
		return undefined;
	} catch (error) {
		expect(error).toBeInstanceOf(ParseError);
		return (error as ParseError).message;
	}
}

describe('broken documents fail with file, line and reason', () => {
	test.each([
		['wrong-cell-count.md', 'wrong-cell-count.md:9: wrong cell count: expected 2, found 3'],
		['unterminated-quote.md', 'unterminated-quote.md:8: unterminated quote in cell 2'],
		['header-only.md', 'header-only.md:6: error-code table has a header but no rows'],
		['no-code-column.md', 'no-code-column.md:1: no error-code table (one with a 错误码 or Error code column) in this document'],
		['no-table.md', 'no-table.md:1: no error-code table (one with a 错误码 or Error code column) in this document'],
		['empty-code.md', 'empty-code.md:9: empty error code'],
		['unknown-service.md', 'unknown-service.md:1: unknown service "cvm" (known: cos, cloudaudit, smh)'],
		['missing-front-matter.md', 'missing-front-matter.md:1: missing front matter: the document must start with a "---" line'],
		[
			'full-width-bars.md',
			[6, 7, 8].map((line) => `full-width-bars.md:${line}: full-width "｜" used as a table separator; use "|"`).join('\n'),
		],
	])('%s', (name, message) => {
		expect(failure(name)).toBe(message);
	});
});

describe('odd documents build, and say what they render', () => {
	const rows = (name: string) => build(name).codes.flatMap((c) => c.meanings.map((m) => [c.code, m.description]));

	test.each([
		[
			'same-code-other-text.md',
			[
				['A', '第一种含义'],
				['A', '第二种含义'],
			],
		],
		['bom-crlf.md', [['A', 'Windows 行尾']]],
		// Listed twice alike: kept once, both rows its sources (the catalogue reports it).
		['same-code-same-text.md', [['A', '重复']]],
		['tabs.md', [['A', '制表符']]],
		['trailing-spaces.md', [['A', '末尾空格']]],
		['escaped-pipe.md', [['A', '左 | 右']]],
		['script-description.md', [['XssScript', '<script>alert(1)</script>']]],
		['img-onerror.md', [['XssImg', '<img src=x onerror=alert(1)>']]],
		['raw-html-block.md', [['XssHtml', '<b onmouseover=alert(3)>粗体</b>']]],
	])('%s', (name, expected) => {
		expect(rows(name)).toEqual(expected);
	});

	test('javascript-link.md keeps the link as literal text, never as a link', () => {
		const [description] = rows('javascript-link.md').map(([, d]) => d);
		expect(parseInline(description!)).toEqual([{ kind: 'text', text: '点击 [这里](javascript:alert(1)) 查看' }]);
	});

	test('a 5 MB document keeps every one of its rows', () => {
		const count = 60_000;
		const body = Array.from(
			{ length: count },
			(_, i) => `| Big.Code${i} | 第 ${i} 行：一段足够长的中文说明，用来把文档撑到五兆字节左右的大小 |`,
		).join('\n');
		const text = `---\nservice: cos\nfamily: xml-api\ntitle: Big\n---\n| 错误码 | 说明 |\n| --- | --- |\n${body}\n`;
		expect(Buffer.byteLength(text)).toBeGreaterThan(5_000_000);
		const catalog = build('big.md', text);
		expect(catalog.codes).toHaveLength(count);
		expect(catalog.codes.at(-1)?.meanings[0]?.line).toBe(count + 7);
	});
});
