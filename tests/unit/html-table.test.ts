import { parseFragment } from 'parse5';
import { describe, expect, test } from 'vitest';
import { cellText, readHtmlTable } from '../../src/lib/html-table.ts';
import { parseDocument } from '../../src/lib/parse-document.ts';
import { tableSpans } from '../../src/lib/row-accounting.ts';
import { doc } from './content.ts';

describe('a cell of an HTML table, as the site reads it', () => {
	test.each([
		['plain text, its white space as one space', '  签名\n   过期 ', '签名 过期'],
		['a line break', '第一行<br>第二行', '第一行\n第二行'],
		['a list, an item a line', '<ul><li>重试</li><li>联系客服</li></ul>', '• 重试\n• 联系客服'],
		['code as Markdown code', '见 <code>Action</code> 参数', '见 `Action` 参数'],
		[
			'a link as a Markdown link, for inline.ts to judge',
			'<a href="https://cloud.tencent.com/x">文档</a>',
			'[文档](https://cloud.tencent.com/x)',
		],
		['bold and spans as their words', '<b>注意</b><span>：</span>必填', '注意：必填'],
		['entities decoded', 'a &lt; b &amp;&amp; c', 'a < b && c'],
		['markup that shows nothing, as nothing', '<img src=x onerror=alert(1)>仅文字', '仅文字'],
	])('%s', (_name, html, text) => {
		const cell = parseFragment(`<table><tr><td>${html}</td></tr></table>`).childNodes[0]!;
		const td = (node: unknown): unknown => {
			const n = node as { tagName?: string; childNodes?: unknown[] };
			return n.tagName === 'td' ? n : n.childNodes?.map(td).find(Boolean);
		};
		expect(cellText(td(cell) as Parameters<typeof cellText>[0])).toBe(text);
	});
});

describe('an HTML table', () => {
	const html = [
		'<table>',
		'<thead><tr><th>错误码</th><th>说明</th></tr></thead>',
		'<tbody>',
		'<tr><td>A</td><td>第一种</td></tr>',
		'<tr>',
		'  <td>B</td><td><table><tr><td>嵌套</td></tr></table>外层</td>',
		'</tr>',
		'</tbody>',
		'</table>',
	].join('\n');

	test('gives its header, then each row with the line of its <tr>, not the rows of a table inside a cell', () => {
		const table = readHtmlTable(html, 10);
		expect(table?.header).toEqual({ cells: ['错误码', '说明'], line: 11 });
		expect(table?.rows).toEqual([
			{ cells: ['A', '第一种'], line: 13 },
			{ cells: ['B', '嵌套\n外层'], line: 14 },
		]);
	});

	test('reads a row the vendor wrote without its <tr> as a browser does, at the line of its first cell', () => {
		const table = readHtmlTable(
			'<table>\n<tr><th>错误码</th><th>说明</th></tr>\n<tr><td>A</td><td>a</td></tr>\n\n<td>B</td><td>b</td></tr>\n</table>',
			20,
		);
		expect(table?.rows).toEqual([
			{ cells: ['A', 'a'], line: 22 },
			{ cells: ['B', 'b'], line: 24 },
		]);
	});

	test('is read in a document as a pipe table is, and counted apart from the parser', () => {
		const parsed = parseDocument('h.md', doc(`## 错误码\n${html}\n`));
		expect(parsed.rows.map((r) => [r.code, r.description, r.section, r.line])).toEqual([
			['A', '第一种', '错误码', 10],
			['B', '嵌套\n外层', '错误码', 11],
		]);
		expect(parsed.tables).toEqual([{ line: 7, lastLine: 15, bodyRows: 2 }]);
		expect(tableSpans(doc(`${html}\n`))).toEqual(parsed.tables.map((t) => ({ ...t, line: t.line - 1, lastLine: t.lastLine - 1 })));
	});

	test('runs to the </table> that closes it, past that of a table inside a cell', () => {
		const nested = [
			'<table>',
			'<tr><td>错误码</td><td>说明</td></tr>',
			'<tr><td>A</td><td><table><tr><td>x</td></tr></table></td></tr>',
			'<tr><td>C</td><td>之后的一行</td></tr>',
			'</table>',
		].join('\n');
		const parsed = parseDocument('n.md', doc(`${nested}\n`));
		expect(parsed.rows.map((r) => [r.code, r.line])).toEqual([
			['A', 8],
			['C', 9],
		]);
		expect(parsed.tables).toEqual([{ line: 6, lastLine: 10, bodyRows: 2 }]);
	});

	test('without a code column is not a code table, and a broken row is named by its line', () => {
		expect(
			parseDocument(
				's.md',
				doc(`<table><tr><td>名称</td><td>说明</td></tr><tr><td>x</td><td>y</td></tr></table>\n| 错误码 | 说明 |\n|---|---|\n| A | b |\n`),
			).skippedTables,
		).toEqual([{ line: 6, header: ['名称', '说明'] }]);
		expect(() =>
			parseDocument('b.md', doc(`<table>\n<tr><td>错误码</td><td>说明</td></tr>\n<tr><td>A</td><td>b</td><td>c</td></tr>\n</table>\n`)),
		).toThrow('b.md:8: wrong cell count: expected 2, found 3');
		expect(() => parseDocument('o.md', doc('<table>\n<tr><td>错误码</td></tr>\n'))).toThrow(
			'o.md:6: an HTML <table> is never closed by </table>',
		);
	});
});
