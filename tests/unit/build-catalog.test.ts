import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/lib/build-catalog.ts';
import { codesInCell } from '../../src/lib/codes.ts';
import { ParseError, parseDocument } from '../../src/lib/parse-document.ts';
import { contentServices, doc, parseContent } from './content.ts';

const catalog = buildCatalog(contentServices(), parseContent());

describe('the catalogue built from content/', () => {
	test('has 563 codes holding 565 meanings', () => {
		expect(catalog.codes).toHaveLength(563);
		expect(catalog.codes.reduce((n, c) => n + c.meanings.length, 0)).toBe(565);
	});

	test('counts codes per service', () => {
		const count = (service: string) => catalog.codes.filter((c) => c.service === service).length;
		expect([count('cos'), count('cloudaudit'), count('smh')]).toEqual([416, 88, 59]);
	});

	test('gives a doubled code one record with both meanings', () => {
		const record = catalog.codes.find((c) => c.id === 'cos/InvalidObjectState');
		expect(record?.meanings.map((m) => m.statusLabel)).toEqual(['403 Forbidden', '409 Conflict']);
	});

	test('numbers codes and documents in catalogue order: services, then families, then the sources', () => {
		expect(catalog.codes.map((c) => c.order)).toEqual(catalog.codes.map((_, i) => i));
		expect(catalog.documents.map((d) => [d.id, d.order])).toEqual([
			['cos-xml-api.md', 0],
			['cos-json-api.md', 1],
			['cloudaudit.md', 2],
			['cloudaudit-legacy.md', 3],
			['smh.md', 4],
		]);
	});

	test('lists services in the order of services.yaml', () => {
		expect(catalog.services.map((s) => [s.id, s.order])).toEqual([
			['cos', 0],
			['cloudaudit', 1],
			['smh', 2],
		]);
	});

	test('keeps a code that two services define apart', () => {
		expect(catalog.codes.filter((c) => c.code === 'InternalError').map((c) => c.id)).toEqual([
			'cos/InternalError',
			'cloudaudit/InternalError',
			'smh/InternalError',
		]);
	});

	test('summarises each document by section', () => {
		const xml = catalog.documents.find((d) => d.id === 'cos-xml-api.md');
		expect(xml?.sections).toEqual([
			{ name: '4XX 类型错误', rowCount: 124 },
			{ name: '5XX 类型错误', rowCount: 6 },
		]);
	});
});

describe('catalogues that must fail the build', () => {
	const services = contentServices();
	const table = (rows: string) => `| 错误码 | 说明 |\n|---|---|\n${rows}`;
	test.each([
		['an unknown service', [doc(table('| A | b |\n'), 'service: cvm\nfamily: api3\ntitle: T')], 'a.md:1: unknown service "cvm"'],
		['an unknown family', [doc(table('| A | b |\n'), 'service: cos\nfamily: v9\ntitle: T')], 'a.md:1: unknown family "v9"'],
		['two codes that share a URL', [doc(table('| a b | x |\n| A-B | y |\n'))], 'a.md:9: code "A-B" would share the URL of "a b"'],
		['a code with nothing to build a URL from', [doc(table('| ？！ | x |\n'))], 'a.md:8: code "？！" has no letter or digit'],
	])('%s', (_name, inputs, message) => {
		const parsed = inputs.map((text) => parseDocument('a.md', text));
		expect(() => buildCatalog(services, parsed)).toThrow(ParseError);
		expect(() => buildCatalog(services, parsed)).toThrow(message);
	});

	test('a second document repeating a row of the first names both places', () => {
		const first = parseDocument('a.md', doc(table('| A | b |\n')));
		const second = parseDocument('b.md', doc(table('| A | b |\n')));
		expect(() => buildCatalog(services, [first, second])).toThrow(
			'b.md:8: code "A" is listed twice with the same meaning (first at a.md:8)',
		);
	});

	test('a parser that drops a row fails the row accounting, naming the table', () => {
		const parsed = parseDocument('a.md', doc(`intro\n\n${table('| A | b |\n| B | c |\n| C | d |\n')}`));
		parsed.rows.splice(1, 1);
		expect(() => buildCatalog(services, [parsed])).toThrow('a.md:8: row accounting: this table has 3 rows, 2 entries produced');
	});

	test('a parser that invents a row outside any table fails the row accounting', () => {
		const parsed = parseDocument('a.md', doc(table('| A | b |\n')));
		parsed.rows.push({ code: 'Z', description: 'z', line: 2 });
		expect(() => buildCatalog(services, [parsed])).toThrow('a.md:1: row accounting: 1 table rows counted, 2 entries produced');
	});

	test('the same code with another meaning is allowed', () => {
		const parsed = parseDocument('a.md', doc(table('| A | b |\n| A | c |\n')));
		expect(buildCatalog(services, [parsed]).codes[0]?.meanings.map((m) => m.description)).toEqual(['b', 'c']);
	});

	test('the same code and text with another cell in an extra column is another meaning, each keeping its cells', () => {
		const parsed = parseDocument('a.md', doc('| 错误码 | 说明 | 原因 |\n|---|---|---|\n| A | b | 网络 |\n| A | b | 磁盘 |\n'));
		const meanings = buildCatalog(services, [parsed]).codes[0]?.meanings;
		expect(meanings?.map((m) => [m.description, m.extra])).toEqual([
			['b', [{ header: '原因', text: '网络' }]],
			['b', [{ header: '原因', text: '磁盘' }]],
		]);
	});

	test.each([
		['66660023/66660036/<br>-5025', ['66660023', '66660036', '-5025']],
		['-10或-11', ['-10', '-11']],
		['9003，1000', ['9003', '1000']],
		['400103/400104', ['400103', '400104']],
		['120001 - 130000', ['120001 - 130000']],
		['Request has expired', ['Request has expired']],
		['AuthFailure.SignatureFailure', ['AuthFailure.SignatureFailure']],
		['见 A/B 说明', ['见 A/B 说明']],
		['FACEVERIFY_LOGIN_ERROR = "-10000";', ['-10000']],
		['IDOCR_USER_CANCEL = 200101', ['200101']],
		['A = B = 1', ['A = B = 1']],
	])('the code cell %s lists %j', (cell, codes) => {
		expect(codesInCell(cell)).toEqual(codes);
	});

	test('a row whose code cell lists several codes is a meaning of each, its cell kept, counted once', () => {
		const parsed = parseDocument('m.md', doc(table('| 9003，1000 | 两个码 |\n')));
		const catalog = buildCatalog(services, [parsed]);
		expect(catalog.codes.map((c) => [c.code, c.meanings[0]?.cell, c.meanings[0]?.line])).toEqual([
			['9003', '9003，1000', 8],
			['1000', '9003，1000', 8],
		]);
		expect(catalog.documents[0]?.rowCount).toBe(1);
	});

	test('a constant assignment is a meaning of its value, its cell kept, and two spellings of one assignment are one code', () => {
		const parsed = parseDocument(
			'm.md',
			doc(table('| FACEVERIFY_LOGIN_ERROR = "-10000" | 登录失败 |\n| FACEVERIFY_LOGIN_ERROR = "-10000"; | 登录出错 |\n')),
		);
		const catalog = buildCatalog(services, [parsed]);
		expect(catalog.codes.map((c) => [c.code, c.meanings.map((m) => m.cell)])).toEqual([
			['-10000', ['FACEVERIFY_LOGIN_ERROR = "-10000"', 'FACEVERIFY_LOGIN_ERROR = "-10000";']],
		]);
	});

	test('a code in Chinese words has a page of its own, its URL in those words', () => {
		const parsed = parseDocument('m.md', doc(table('| 其他错误码 | 透传后台错误码 |\n| 其他 | 未知错误 |\n')));
		expect(buildCatalog(services, [parsed]).codes.map((c) => c.slug)).toEqual(['其他错误码', '其他']);
	});

	test('a document that lists a row again, cell for cell, keeps its meaning once, both rows its sources, and reports it', () => {
		const parsed = parseDocument(
			'a.md',
			doc(
				'| 错误码 | 说明 | 原因 |\n|---|---|---|\n| A | b | 网络 |\n\n## 又一次\n| 错误码 | 说明 | 原因 |\n|---|---|---|\n| A | b | 网络 |\n',
			),
		);
		const catalog = buildCatalog(services, [parsed]);
		const [meaning] = catalog.codes[0]!.meanings;
		expect(catalog.codes[0]!.meanings).toHaveLength(1);
		expect([meaning!.line, ...(meaning!.alsoIn ?? []).map((s) => s.line)]).toEqual([8, 13]);
		expect(catalog.reports).toEqual(['a.md:13: code "A" is listed again with the same cells (first at line 8): kept once']);
	});
});

describe('rules for real catalogues', () => {
	const services = contentServices();
	const table = (rows: string) => `| 错误码 | 说明 |\n|---|---|\n${rows}`;
	const api3 = 'service: cloudaudit\nfamily: api3\ntitle: T';
	const legacy = 'service: cloudaudit\nfamily: legacy\ntitle: T';

	test('a code two families of a service give with the same text is one meaning, listing both rows', () => {
		const newer = parseDocument('new.md', doc(`### 公共错误码\n${table('| A | 内部错误。 |\n')}`, api3));
		const older = parseDocument('old.md', doc(table('| B | b |\n| A | 内部错误。 |\n'), legacy));
		const record = buildCatalog(services, [older, newer]).codes.find((c) => c.code === 'A');
		expect(record?.meanings).toEqual([
			{
				family: 'api3',
				section: '公共错误码',
				description: '内部错误。',
				file: 'new.md',
				line: 9,
				alsoIn: [{ family: 'legacy', file: 'old.md', line: 9 }],
			},
		]);
	});

	test('the same code with other text in another family is a second meaning', () => {
		const newer = parseDocument('new.md', doc(table('| A | 内部错误。 |\n'), api3));
		const older = parseDocument('old.md', doc(table('| A | 服务内部错误 |\n'), legacy));
		const record = buildCatalog(services, [newer, older]).codes.find((c) => c.code === 'A');
		expect(record?.meanings.map((m) => [m.family, m.description, m.alsoIn])).toEqual([
			['api3', '内部错误。', undefined],
			['legacy', '服务内部错误', undefined],
		]);
	});

	test('codes of one service that differ only in case each get a page; the first keeps the plain URL', () => {
		const newer = parseDocument('new.md', doc(table('| Auth.Unauthorized | x |\n'), api3));
		const older = parseDocument('old.md', doc(table('| Auth.UnAuthorized | y |\n| AUTH.UNAUTHORIZED | z |\n'), legacy));
		const codes = buildCatalog(services, [older, newer]).codes.map((c) => [c.code, c.slug]);
		expect(codes).toEqual([
			['Auth.Unauthorized', 'Auth.Unauthorized'],
			['Auth.UnAuthorized', 'Auth.UnAuthorized~2'],
			['AUTH.UNAUTHORIZED', 'AUTH.UNAUTHORIZED~3'],
		]);
	});

	test('codes of two services that differ only in case keep their plain URLs', () => {
		const a = parseDocument('a.md', doc(table('| Auth.Unauthorized | x |\n'), api3));
		const b = parseDocument('b.md', doc(table('| Auth.UnAuthorized | y |\n')));
		expect(buildCatalog(services, [a, b]).codes.map((c) => c.slug)).toEqual(['Auth.UnAuthorized', 'Auth.Unauthorized']);
	});
});
