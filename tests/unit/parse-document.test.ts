import { describe, expect, test } from 'vitest';
import { ParseError, ParseErrors, parseDocument, splitCells } from '../../src/lib/parse-document.ts';
import { doc, parseContent } from './content.ts';
import { checkRowAccounting } from '../../src/lib/build-catalog.ts';

const documents = parseContent();
const byFile = (file: string) => {
	const found = documents.find((d) => d.file === file);
	if (!found) throw new Error(`no ${file} in content/`);
	return found;
};
/** What `read` throws, if anything. */
const thrown = (read: () => unknown): unknown => {
	try {
		read();
	} catch (error) {
		return error;
	}
	return undefined;
};
const rowsOf = (file: string, code: string) => byFile(file).rows.filter((r) => r.code === code);
const sectionCounts = (file: string) => {
	const counts: Record<string, number> = {};
	for (const row of byFile(file).rows) counts[row.section ?? '(none)'] = (counts[row.section ?? '(none)'] ?? 0) + 1;
	return counts;
};

describe('the five vendor documents', () => {
	test.each([
		['cloudaudit-legacy.md', 'cloudaudit', 'legacy', { '(none)': 25 }],
		['cloudaudit.md', 'cloudaudit', 'api3', { 公共错误码: 26, 业务错误码: 37 }],
		['cos-json-api.md', 'cos', 'json-api', { '(none)': 288 }],
		['cos-xml-api.md', 'cos', 'xml-api', { '4XX 类型错误': 124, '5XX 类型错误': 6 }],
		['smh.md', 'smh', 'api3', { 公共错误码: 38, 业务错误码: 21 }],
	])('reads every row of %s, section by section', (file, service, family, sections) => {
		expect(byFile(file).meta).toMatchObject({ service, family });
		expect(sectionCounts(file)).toEqual(sections);
		expect(() => checkRowAccounting(byFile(file))).not.toThrow();
	});

	test('reads 565 rows in all', () => {
		expect(documents.reduce((n, d) => n + d.rows.length, 0)).toBe(565);
	});

	test('skips the two XML response-node tables, which list no codes', () => {
		expect(byFile('cos-xml-api.md').skippedTables.map((t) => t.header[0])).toEqual(['节点名称（关键字）', '节点名称（关键字）']);
		expect(rowsOf('cos-xml-api.md', 'Code')).toEqual([]);
	});

	test('drops the quotes around a quoted cell', () => {
		expect(rowsOf('cos-json-api.md', '-5980')[0]?.description).toBe('没有op字段，用户没填写操作类型或格式错误解析不到');
	});

	test.each([
		[
			'-121',
			'匹配跨域规则失败|可能 Origin| request method / Access-Control-Request-Method 或 Access-Control-Requet-Headers不在跨域规则配置里面',
		],
		['-101', '不需要拷贝|可能上次更新时间/ETag规则匹配问题'],
		['-71', '操作太频繁|请稍后再试'],
	])('keeps the "|" inside the quoted cell of %s', (code, text) => {
		expect(rowsOf('cos-json-api.md', code).map((r) => r.description)).toEqual([text]);
	});

	test('keeps both meanings of a doubled code', () => {
		expect(rowsOf('cos-json-api.md', '-5965').map((r) => r.description)).toEqual([
			'分片上传init时未指定slice_size参数',
			'分片上传init时uploadparts参数不合法',
		]);
		expect(rowsOf('cos-xml-api.md', 'InvalidObjectState').map((r) => [r.status, r.description])).toEqual([
			[403, '对象存储类型与操作请求冲突'],
			[409, '对象状态与操作请求冲突'],
		]);
	});

	test('keeps a code with spaces, and the case of every code', () => {
		expect(rowsOf('cos-xml-api.md', 'Request has expired')).toHaveLength(1);
		expect(rowsOf('cloudaudit.md', 'InvalidParameterValue.attributeKey')).toHaveLength(1);
		expect(rowsOf('cloudaudit.md', 'MissingParameter.cmq')).toHaveLength(1);
	});

	test('keeps vendor typos as written', () => {
		expect(rowsOf('cos-xml-api.md', 'BadRquest')).toHaveLength(1);
		expect(rowsOf('cos-xml-api.md', 'QuotaOperationConfilct')).toHaveLength(1);
		expect(rowsOf('cos-xml-api.md', 'ObjectNotAppendable')[0]).toMatchObject({ status: 409, statusLabel: '409 ObjectNotAppendale' });
	});

	test('keeps Markdown links and inline code in the cell text', () => {
		expect(rowsOf('smh.md', 'AuthFailure.InvalidAuthorization')[0]?.description).toBe('请求头部的 `Authorization` 不符合腾讯云标准。');
		expect(rowsOf('cos-xml-api.md', 'NoSuchKey')[0]?.description).toBe(
			'指定的对象键不存在。检查对象是否存在请使用 [HEAD Object](https://cloud.tencent.com/document/product/436/7745) 接口',
		);
	});

	test('reads the legacy handling column and leaves it out elsewhere', () => {
		expect(rowsOf('cloudaudit-legacy.md', '500013')[0]).toMatchObject({
			description: '单个 CloudAudit 个数超过50个',
			handling: '请按照要求创建 CloudAudit 的数量不得超过50个',
		});
		expect(rowsOf('cloudaudit.md', 'InternalError')[0]?.handling).toBeUndefined();
	});

	test('reports 1-based line numbers of the content file', () => {
		const row = rowsOf('cos-json-api.md', '-5999')[0];
		expect(row?.line).toBe(8);
	});
});

describe('splitting a table line', () => {
	test.each([
		['| a | b |', ['a', 'b']],
		['|a|b', ['a', 'b']],
		['| a |  |', ['a', '']],
		['|a|"x|y"|', ['a', 'x|y']],
		['|a|"x|y"   |', ['a', 'x|y']],
		['| a \\| b | c |', ['a | b', 'c']],
		['|\ta\t|\tb\t|  ', ['a', 'b']],
	])('%s', (line, cells) => {
		expect(splitCells(line, 'f.md', 1)).toEqual(cells);
	});
});

describe('input that must fail the build', () => {
	const table = '| 错误码 | 说明 |\n| --- | --- |\n';
	test.each([
		['a row with too many cells', doc(`${table}| A | b | c |\n`), 8, /wrong cell count: expected 2, found 3/],
		[
			'a row that stops before its code column',
			doc('| 名称 | 错误码 | 说明 |\n| --- | --- | --- |\n| 登录失败 | A | b |\n| 太长的说明 |\n'),
			9,
			/found 1, none in the code column \(2\); is it the rest of the row above/,
		],
		[
			'a status and code cell without its line break',
			doc('| 状态码及状态消息 | 说明 |\n| --- | --- |\n| 200 Success | b |\n'),
			8,
			/"200 Success" is not an HTTP status and a code on two lines/,
		],
		['an unterminated quote', doc(`${table}| A | "open |\n`), 8, /unterminated quote in cell 2/],
		['an empty code', doc(`${table}|  | text |\n`), 8, /empty error code/],
		['a table with a header only', doc(table), 6, /header but no rows/],
		['a header without a delimiter row', doc('| 错误码 | 说明 |\n| A | b |\n'), 7, /delimiter row/],
		['a column without a header', doc('| 错误码 | 说明 |  |\n| --- | --- | --- |\n| A | b | c |\n'), 6, /column 3 .* has no header/],
		[
			'a code table without a description',
			doc('| 错误码 | HTTP 状态码 |\n| --- | --- |\n| A | 400 |\n'),
			6,
			/no column besides its code and status to say what a code means or what to do/,
		],
		[
			'a status that is not a number',
			doc('| HTTP 状态码 | 错误码 | 描述 |\n| --- | --- | --- |\n| Bad | A | b |\n'),
			8,
			/does not start with a 3-digit number/,
		],
		['no front matter', `${table}| A | b |\n`, 1, /missing front matter/],
		['front matter never closed', '---\nservice: cos\n', 1, /not closed/],
		['front matter without a service', doc(`${table}| A | b |\n`, 'family: x\ntitle: T'), 1, /needs a non-empty "service"/],
		['front matter that is not YAML', doc(table, 'service: [cos'), 3, /not valid YAML/],
		[
			'a source that is not a URL',
			doc(`${table}| A | b |\n`, 'service: cos\nfamily: x\ntitle: T\nsource: javascript:alert(1)'),
			1,
			/http\(s\) URL/,
		],
		['full-width bars', doc('｜ 错误码 ｜ 说明 ｜\n'), 6, /full-width/],
		['a code fence never closed', doc('```\n| 错误码 | 说明 |\n'), 8, /never closed/],
	])('%s', (_name, input, line, reason) => {
		const error = thrown(() => parseDocument('broken.md', input));
		expect(error).toBeInstanceOf(ParseError);
		expect(error).toMatchObject({ file: 'broken.md', line });
		expect((error as ParseError).message).toMatch(reason);
		expect((error as ParseError).message.startsWith(`broken.md:${line}: `)).toBe(true);
	});
});

describe('a document with several broken lines', () => {
	test('names every one of them at once, in order, and goes on reading past each', () => {
		const input = doc(
			'| 错误码 | 说明 |\n|---|---|\n| A | b | c |\n| B | ok |\n|  | empty |\n\n| 错误码 | HTTP 状态码 | 说明 |\n|---|---|---|\n| C | Bad | d |\n',
		);
		const error = thrown(() => parseDocument('many.md', input));
		expect(error).toBeInstanceOf(ParseErrors);
		expect((error as ParseErrors).all.map((e) => e.line)).toEqual([8, 10, 14]);
		expect((error as ParseErrors).message.split('\n')).toEqual([
			'many.md:8: wrong cell count: expected 2, found 3',
			'many.md:10: empty error code',
			'many.md:14: HTTP status "Bad" does not start with a 3-digit number',
		]);
		expect(error).toMatchObject({ file: 'many.md', line: 8 });
	});
});

describe('input that is odd but fine', () => {
	test('reads a document with a BOM and CRLF line endings', () => {
		const parsed = parseDocument('crlf.md', `\uFEFF${doc('| 错误码 | 说明 |\n|---|---|\n| A | b |\n')}`.replace(/\n/g, '\r\n'));
		expect(parsed.rows).toEqual([{ code: 'A', description: 'b', line: 8 }]);
	});

	test('ignores tables inside code fences', () => {
		const parsed = parseDocument(
			'fence.md',
			doc('```\n| 错误码 | 说明 |\n|---|---|\n| X | y |\n```\n| 错误码 | 说明 |\n|---|---|\n| A | b |\n'),
		);
		expect(parsed.rows.map((r) => r.code)).toEqual(['A']);
	});

	test('reads a row that stops early with its last cells empty, as GFM does', () => {
		expect(parseDocument('s.md', doc('| 错误码 | 说明 | 处理措施 |\n|---|---|---|\n| 0 | 成功 |\n| A |\n')).rows).toEqual([
			{ code: '0', description: '成功', line: 8 },
			{ code: 'A', description: '', line: 9 },
		]);
	});

	test('reads a table of codes and what to do, without a description', () => {
		expect(parseDocument('h.md', doc('| 错误码 | 处理方法 |\n|---|---|\n| A | 重试 |\n')).rows).toEqual([
			{ code: 'A', description: '', handling: '重试', line: 8 },
		]);
	});

	test.each([
		['a pipe table', '| 状态码及状态消息 | 说明 |\n|---|---|\n| 400<br>InvalidParameterValue | b |\n', 8],
		[
			'an HTML table',
			'<table>\n<tr><th>Status Code and Status Message</th><th>Description</th></tr>\n<tr><td>400<br>InvalidParameterValue</td><td>b</td></tr>\n</table>\n',
			8,
		],
	])('reads a status and a code in one cell, on two lines, in %s', (_name, body, line) => {
		expect(parseDocument('s.md', doc(body)).rows).toEqual([
			{ code: 'InvalidParameterValue', description: 'b', statusLabel: '400', status: 400, line },
		]);
	});

	test('keeps an empty description, for the page to say so', () => {
		expect(parseDocument('e.md', doc('| 错误码 | 说明 |\n|---|---|\n| A |  |\n')).rows[0]?.description).toBe('');
	});

	const first = (table: string) => parseDocument('v.md', doc(table)).rows[0];

	test.each([
		['返回码 and 含义说明', '| 返回码 | 含义说明 |\n|---|---|\n| 1001 | 参数错误 |\n', { code: '1001', description: '参数错误' }],
		['错误代码 and 错误信息', '| 错误代码 | 错误信息 |\n|---|---|\n| E1 | 失败 |\n', { code: 'E1', description: '失败' }],
		['错误码值 and 处理建议', '| 错误码值 | 描述 | 处理建议 |\n|---|---|---|\n| 7 | 超时 | 重试 |\n', { code: '7', handling: '重试' }],
		[
			'Code and Error Message',
			'| Code | Error Message | Solution |\n|---|---|---|\n| X | Bad | Fix |\n',
			{ code: 'X', description: 'Bad' },
		],
		[
			'glossed header words',
			'| HTTP 状态码（StatusCode） | 错误码（ErrorCode） | 描述（ErrorMessage） |\n|---|---|---|\n| 400 | A | b |\n',
			{ code: 'A', status: 400, description: 'b' },
		],
		[
			'a first other column as the description',
			'| 错误代码 | 错误类型 | 处理措施 |\n|---|---|---|\n| E | 参数 | 检查 |\n',
			{ code: 'E', description: '参数', handling: '检查' },
		],
		[
			'the first other column after the code as the description',
			'| 错误码名称 | 错误码值 | 原因及建议方案 |\n|---|---|---|\n| ERR_X | 7 | 重试 |\n',
			{ code: '7', description: '重试', extra: [{ header: '错误码名称', text: 'ERR_X' }] },
		],
		[
			'值 as the code',
			'| 符号 | 值 | 含义 |\n|---|---|---|\n| ERR_X | -1 | 失败 |\n',
			{ code: '-1', description: '失败', extra: [{ header: '符号', text: 'ERR_X' }] },
		],
		[
			'错误码名称 alone as the code',
			'| 错误码名称 | 错误说明 | 处理建议 |\n|---|---|---|\n| 30000000 | 解析失败 | 检查 |\n',
			{ code: '30000000', description: '解析失败' },
		],
		[
			'风险码 and its details',
			'| 风险码 | 风险详情 | 风险码描述 |\n|---|---|---|\n| 1101 | 疑似伪造 | 涉嫌… |\n',
			{ code: '1101', description: '疑似伪造', extra: [{ header: '风险码描述', text: '涉嫌…' }] },
		],
		[
			'a range under 错误码区间分布',
			'| 错误码区间分布 | 错误描述 |\n|---|---|\n| 8000 - 8499 | Asrv 错误 |\n',
			{ code: '8000 - 8499', description: 'Asrv 错误' },
		],
		[
			'Action as what to do',
			'| Error Code | Meaning | Action |\n|---|---|---|\n| 4000 | Bad request | Check the parameters |\n',
			{ code: '4000', description: 'Bad request', handling: 'Check the parameters' },
		],
		[
			'建议方案 and HTTP 响应码',
			'| 错误码 | HTTP 响应码 | 说明 | 建议方案 |\n|---|---|---|---|\n| A | 400 | b | 重试 |\n',
			{ code: 'A', status: 400, handling: '重试' },
		],
		['原因 as the only text', '| 错误码 | 原因 |\n|---|---|\n| 1 | 网络 |\n', { code: '1', description: '网络' }],
		['bold header cells', '| **错误码** | **说明** |\n|---|---|\n| A | b |\n', { code: 'A', description: 'b' }],
		[
			'the code column not first',
			'| HTTP 状态码 | 错误码 | 描述 |\n|---|---|---|\n| 404 Not Found | A | b |\n',
			{ code: 'A', status: 404 },
		],
	])('reads the header words of the vendor: %s', (_name, table, expected) => {
		expect(first(table)).toMatchObject(expected);
	});

	test.each([
		[
			"the column of numbers, where the page's Code column holds names",
			'| Code | Value | Description |\n|---|---|---|\n| ERR_A | -1 | a |\n| ERR_B | -2 | b |\n',
			['-1', '-2'],
			{ header: 'Code', text: 'ERR_A' },
		],
		[
			'the column that tells the rows apart, where the other repeats a shared code',
			'| 错误码 | 模块错误码（codeDesc） | 说明 |\n|---|---|---|\n| 4000 | InvalidParameter.A | a |\n| 4000 | InvalidParameter.B | b |\n',
			['InvalidParameter.A', 'InvalidParameter.B'],
			{ header: '错误码', text: '4000' },
		],
		[
			'the first, where no column tells the rows apart',
			'| 错误码 | 值 | 说明 |\n|---|---|---|\n| A | 1 | a |\n| A | 1 | b |\n',
			['A', 'A'],
			{ header: '值', text: '1' },
		],
	])('of two code columns, reads as the code %s', (_name, table, codes, other) => {
		const rows = parseDocument('k.md', doc(table)).rows;
		expect(rows.map((r) => r.code)).toEqual(codes);
		expect(rows[0]?.extra).toEqual([other]);
	});

	test('keeps every other column under its own header, a second description column too, empty cells included', () => {
		const row = first('| 错误码 | 错误信息 | 原因 | 详细错误信息 | 备注 |\n|---|---|---|---|---|\n| A | 失败 | 网络 | 连接被重置 |  |\n');
		expect(row).toMatchObject({ code: 'A', description: '失败' });
		expect(row?.extra).toEqual([
			{ header: '原因', text: '网络' },
			{ header: '详细错误信息', text: '连接被重置' },
			{ header: '备注', text: '' },
		]);
	});

	test('keeps an extra column header without its bold marks', () => {
		expect(first('| 错误码 | 说明 | **英文提示** |\n|---|---|---|\n| A | b | Bad |\n')?.extra).toEqual([
			{ header: '英文提示', text: 'Bad' },
		]);
	});

	test('reads a table without outer pipes, and rows without them under a table with them, counting each', () => {
		const parsed = parseDocument(
			'p.md',
			doc('错误码 | 说明\n--- | ---\nA | a\n| B | b |\n\n| 错误码 | 说明 |\n|---|---|\n| C | c |\nD | d |\n'),
		);
		expect(parsed.rows.map((r) => [r.code, r.description, r.line])).toEqual([
			['A', 'a', 8],
			['B', 'b', 9],
			['C', 'c', 13],
			['D', 'd', 14],
		]);
		expect(parsed.tables.map((t) => [t.line, t.lastLine, t.bodyRows])).toEqual([
			[6, 9, 2],
			[11, 14, 2],
		]);
	});

	test('reads a table inside a blockquote', () => {
		const parsed = parseDocument('q.md', doc('> **说明：**\n>| 错误码 | 描述 |\n>| --- | --- |\n>| 4001 | 文件消息失败 |\n'));
		expect(parsed.rows).toEqual([{ code: '4001', description: '文件消息失败', section: '说明：', line: 9 }]);
		expect(parsed.tables.map((t) => t.bodyRows)).toEqual([1]);
	});

	test('reads a row whose trailing cells beyond the header are empty', () => {
		expect(first('| 错误码 | 说明 |\n|---|---|\n| A | b | | |\n')).toEqual({ code: 'A', description: 'b', line: 8 });
	});

	test.each([
		['\\-1792', '-1792'],
		['tcapsvr\\_fail\\_record\\_exist', 'tcapsvr_fail_record_exist'],
		['a\\b', 'a\\b'],
	])('reads a code cell %s as a reader sees it: %s', (cell, code) => {
		expect(first(`| 错误码 | 说明 |\n|---|---|\n| ${cell} | b |\n`)?.code).toBe(code);
	});

	test('reads a document whose byte-order mark follows its front matter', () => {
		const parsed = parseDocument('bom.md', doc('\uFEFF## 错误码\n| 错误码 | 说明 |\n|---|---|\n| A | b |\n'));
		expect(parsed.rows).toEqual([{ code: 'A', description: 'b', section: '错误码', line: 9 }]);
		expect(parsed.tables.map((t) => t.bodyRows)).toEqual([1]);
	});

	test('keeps HTML in a cell as plain text for the page to escape', () => {
		const row = parseDocument('h.md', doc('| 错误码 | 说明 |\n|---|---|\n| A | <script>alert(1)</script> |\n')).rows[0];
		expect(row?.description).toBe('<script>alert(1)</script>');
	});
});
