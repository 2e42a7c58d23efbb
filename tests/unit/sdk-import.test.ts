import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/lib/build-catalog.ts';
import { importActions, parseCliApi, parseGoClient, parseGoErrors } from '../../src/lib/actions-import.ts';
import { parseActionsDocument } from '../../src/lib/parse-actions.ts';
import { ParseError, parseDocument } from '../../src/lib/parse-document.ts';
import { api3Template, importCatalog, parseErrorCodes, parseProducts, servicesYaml } from '../../src/lib/sdk-import.ts';
import { englishTemplate, importEnglish } from '../../src/lib/english-import.ts';
import { servicesFileSchema } from '../../src/schemas/service.ts';
import { load } from 'js-yaml';

const SDK = new URL('../fixtures/sdk/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, SDK), 'utf-8');
const template = api3Template('smh.md', readFileSync(new URL('../../content/smh.md', import.meta.url), 'utf-8'));
const versions = ['demo/v20230101', 'demo/v20200101', 'smh/v20210712', 'bare/v20220101'].map((path) => {
	const [service = '', version = ''] = path.split('/');
	return { service, version, codes: parseErrorCodes(`${path}/errorcodes.py`, read(`tencentcloud/${path}/errorcodes.py`)) };
});
const products = parseProducts('products.md', read('products.md'));
const result = importCatalog(versions, products, template, new Set(['cos', 'cloudaudit', 'smh']));

describe('reading the SDK', () => {
	test('a constant takes the comment lines right above it, joined; the licence header is no description', () => {
		expect(versions[0]?.codes).toEqual([
			{ code: 'InternalError', description: '内部错误。', line: 8 },
			{ code: 'ResourceNotFound.Instance', description: '实例不存在， 或者已被删除。', line: 12 },
			{ code: 'FailedOperation.NoComment', description: '', line: 14 },
			{
				code: 'InvalidParameter.Format',
				description: '参数格式为 a|b，请参考 [文档](https://cloud.tencent.com/document/product/9/3) 与 `Name`。',
				line: 17,
			},
		]);
	});

	test.each([
		['code that is not a constant', '# x\nimport os\n', 'a.py:2: not a comment or an error-code constant: import os'],
		['an empty code', "X = ''\n", 'a.py:1: error code "" is empty'],
		['a code with a space', "X = 'A B'\n", 'a.py:1: error code "A B"'],
	])('fails on %s, naming file and line', (_name, text, message) => {
		expect(() => parseErrorCodes('a.py', text)).toThrow(ParseError);
		expect(() => parseErrorCodes('a.py', text)).toThrow(message);
	});

	test('products.md gives each package its Chinese name, spaces and full-width brackets kept; an empty name is none', () => {
		expect([...products]).toEqual([
			['demo', '演示服务 Demo（测试版）'],
			['smh', '智能媒资托管'],
		]);
		expect(() => parseProducts('products.md', '| 包名 |\n| demo | 演示 |\n')).toThrow('products.md:2: not a product row');
	});

	test("the common codes come from the site's own API 3.0 document", () => {
		expect(template.commonCodes.size).toBe(38);
		expect(template.commonCodes.has('InternalError')).toBe(true);
		expect(template.commonTable[0]).toBe('| 错误码 | 说明 |');
	});
});

describe('writing the catalogue', () => {
	test('one service entry per package, newest version first; a package without a name uses its own', () => {
		expect(result.services.map((s) => [s.slug, s.name, s.nameEn, s.families.map((f) => `${f.slug} ${f.name}`)])).toEqual([
			['bare', 'BARE', 'BARE', ['api3 API 3.0']],
			['demo', '演示服务 Demo（测试版）', 'DEMO', ['api3 API 3.0', 'api3-20200101 API 3.0（2020-01-01 版）']],
		]);
		expect(servicesFileSchema.parse(load(servicesYaml(result.services)))).toHaveLength(2);
	});

	test('skips a service the content folder documents itself, and says so', () => {
		expect(result.skipped).toEqual(['smh: the content folder has its own documents']);
	});

	test('one document per version, which the site reads back row for row', () => {
		expect(result.documents.map((d) => [d.file, d.rows])).toEqual([
			['bare.md', 38],
			['demo.md', 41],
			['demo-v20200101.md', 1],
		]);
		const services = servicesFileSchema.parse(load(servicesYaml(result.services)));
		const parsed = result.documents.map((d) => parseDocument(d.file, d.text));
		const catalog = buildCatalog(services, parsed);
		expect(parsed.map((d) => d.rows.length)).toEqual([38, 41, 1]);
		const demo = (code: string) => catalog.codes.find((c) => c.service === 'demo' && c.code === code)!;
		// A common code is listed once, under the common codes, not again as the service's own.
		expect(parsed[1]?.rows.filter((r) => r.code === 'InternalError').map((r) => r.section)).toEqual(['公共错误码']);
		expect(demo('InvalidParameter.Format').meanings[0]?.description).toBe(
			'参数格式为 a|b，请参考 [文档](https://cloud.tencent.com/document/product/9/3) 与 `Name`。',
		);
		expect(demo('FailedOperation.NoComment').meanings[0]?.description).toBe('');
		expect(demo('ResourceNotFound.Instance').meanings.map((m) => [m.family, m.description])).toEqual([
			['api3', '实例不存在， 或者已被删除。'],
			['api3-20200101', '实例不存在。'],
		]);
		expect(parsed[2]?.meta).toEqual({
			service: 'demo',
			family: 'api3-20200101',
			title: '演示服务 Demo（测试版） API 3.0 错误码（2020-01-01 版）',
		});
	});

	test('a version whose every code is a common one gets no document and no family', () => {
		const onlyCommon = importCatalog(
			[
				{ service: 'x', version: 'v20230101', codes: [{ code: 'A.B', description: 'a', line: 1 }] },
				{ service: 'x', version: 'v20200101', codes: [{ code: 'InternalError', description: 'i', line: 1 }] },
			],
			new Map(),
			template,
			new Set(),
		);
		expect(onlyCommon.documents.map((d) => d.file)).toEqual(['x.md']);
		expect(onlyCommon.services[0]?.families.map((f) => f.slug)).toEqual(['api3']);
		expect(onlyCommon.skipped).toEqual(['x v20200101: only common codes, no document']);
	});
});

describe('importing the actions from the Go SDK and the CLI', () => {
	const GO = new URL('../fixtures/go/', import.meta.url);
	const CLI = new URL('../fixtures/cli/', import.meta.url);
	const goFile = (path: string) => readFileSync(new URL(`tencentcloud/${path}`, GO), 'utf-8');
	const goVersions = [
		{ product: 'dm', version: 'v20230101', errors: true },
		{ product: 'dm', version: 'v20200101', errors: false },
		{ product: 'bare', version: 'v20220101', errors: false },
	].map(({ product, version, errors }) => ({
		product,
		version,
		actions: parseGoClient(`${product}/${version}/client.go`, goFile(`${product}/${version}/client.go`)),
		descriptions: errors ? parseGoErrors('errors.go', goFile(`${product}/${version}/errors.go`)) : new Map<string, string>(),
	}));
	const cli = [
		{
			service: 'demo',
			version: 'v20230101',
			api: parseCliApi('api.json', readFileSync(new URL('tccli/services/demo/v20230101/api.json', CLI), 'utf-8')),
		},
	];
	const services = servicesFileSchema.parse(load(servicesYaml(result.services)));
	const imported = importActions(goVersions, cli, services, result.documents);

	test("reads each action's codes from the comment above its method, once for the method and its WithContext twin", () => {
		expect(goVersions[0]?.actions).toEqual([
			{ action: 'CreateThing', line: 9, codes: ['InternalError', 'ResourceNotFound.Instance'] },
			{ action: 'ListThings', line: 25, codes: [] },
		]);
	});

	test.each([
		[
			'a twin with other codes',
			'// 可能返回的错误码:\n//  A = "A"\nfunc (c *Client) X(r *R) {\n// 可能返回的错误码:\n//  B = "B"\nfunc (c *Client) XWithContext(r *R) {\n',
			'c.go:6: XWithContext lists other codes than X',
		],
		[
			'a line in the list that is no constant',
			'// 可能返回的错误码:\n//  see the docs\nfunc (c *Client) X(r *R) {\n',
			'c.go:2: not an error-code constant',
		],
	])('fails on %s, naming file and line', (_, text, message) => {
		expect(() => parseGoClient('c.go', text)).toThrow(message);
	});

	test('names the service of a Go package by the CLI, whose short name is the package, and the family by the version', () => {
		expect(imported.documents.map((d) => [d.file, d.actions, d.rows])).toEqual([
			['actions/bare.md', 1, 1],
			['actions/demo.md', 2, 2],
			['actions/demo-v20200101.md', 1, 1],
		]);
		expect(imported.skipped).toEqual([]);
	});

	test('writes documents the site reads back, action for action and row for row, with the CLI’s name, status and first line', () => {
		const parsed = imported.documents.map((d) => parseActionsDocument(d.file, d.text));
		const catalog = buildCatalog(
			services,
			result.documents.map((d) => parseDocument(d.file, d.text)),
			parsed,
		);
		expect(parsed[1]?.meta).toEqual({ service: 'demo', family: 'api3', title: '演示服务 Demo（测试版） API 3.0 接口与错误码' });
		expect(parsed[1]?.actions).toEqual([
			{
				action: 'CreateThing',
				line: 7,
				name: '创建实例',
				description: '本接口（CreateThing）用于创建实例。',
				explorer: 'https://console.cloud.tencent.com/api/explorer?Product=dm&Version=2023-01-01&Action=CreateThing',
				codes: [
					{ code: 'InternalError', description: '内部错误', line: 21 },
					{ code: 'ResourceNotFound.Instance', description: '实例不存在。', line: 22 },
				],
			},
			{
				action: 'ListThings',
				line: 24,
				name: '查询实例列表',
				status: 'deprecated',
				description: '\\| 不是表格 | 的说明 |',
				explorer: 'https://console.cloud.tencent.com/api/explorer?Product=dm&Version=2023-01-01&Action=ListThings',
				codes: [],
			},
		]);
		expect(catalog.actions.map((a) => a.id)).toEqual(['bare/Ping', 'demo/CreateThing', 'demo/ListThings', 'demo/DescribeThing']);
	});

	test('skips a version whose service has no document of its family, and says so', () => {
		const none = importActions(goVersions.slice(2), [], [], []);
		expect(none).toEqual({ documents: [], skipped: ['bare v20220101: no document of service "bare", family "api3"'] });
	});
});

describe('writing the English twins', () => {
	const SDK_EN = new URL('../fixtures/sdk-en/', import.meta.url);
	const english = ['demo/v20230101', 'other/v20210101'].map((path) => {
		const [service = '', version = ''] = path.split('/');
		const file = `tencentcloud/${path}/errorcodes.py`;
		return { service, version, codes: parseErrorCodes(file, readFileSync(new URL(file, SDK_EN), 'utf-8')) };
	});
	const common = englishTemplate(
		'en/smh.md',
		'---\nservice: smh\nfamily: api3\ntitle: T\nlang: en\n---\n### Common Error Codes\n\n| Error code | Description |\n|---|---|\n| InternalError | Internal error. |\n',
	);
	const names = new Map([['demo', 'DEMO']]);
	const twins = (template = common) => importEnglish(english, versions, result.documents, names, template.commonCodes, template);

	test('one twin per document whose version the international SDK has, under en/, with the same service and family', () => {
		const { documents, skipped } = twins();
		expect(documents.map((d) => [d.file, d.family, d.rows])).toEqual([['en/demo.md', 'api3', 5]]);
		expect(skipped).toEqual(expect.arrayContaining(['demo v20200101: the international SDK has no errorcodes.py for it, no English twin']));
	});

	test('a twin reads back as an English document: lang en, the common codes, then the service’s own, comments joined', () => {
		const [doc] = twins().documents;
		const parsed = parseDocument(doc!.file, doc!.text);
		expect(parsed.meta).toEqual({ service: 'demo', family: 'api3', title: 'DEMO API 3.0 Error Codes', lang: 'en' });
		expect(parsed.rows.map((r) => [r.section, r.code, r.description])).toEqual([
			['Common Error Codes', 'InternalError', 'Internal error.'],
			['Service Error Codes', 'ResourceNotFound.Instance', 'The instance does not exist, or it has been deleted.'],
			['Service Error Codes', 'FailedOperation.NoComment', ''],
			[
				'Service Error Codes',
				'InvalidParameter.Format',
				'The format is a|b; see the [docs](https://www.tencentcloud.com/document/product/9/3) and `Name`.',
			],
			['Service Error Codes', 'ResourcesSoldOut.International', 'Only the international SDK has this code.'],
		]);
		const catalog = buildCatalog(
			load(servicesYaml(result.services)) as never,
			result.documents.map((d) => parseDocument(d.file, d.text)),
			[],
			[parsed],
		);
		const code = (name: string) => catalog.codes.find((c) => c.service === 'demo' && c.code === name)!;
		expect(code('ResourceNotFound.Instance').meanings[0]?.english?.description).toBe(
			'The instance does not exist, or it has been deleted.',
		);
		expect(code('ResourcesSoldOut.International').meanings[0]?.englishOnly).toBe(true);
	});

	test('without an English common-code table, a twin lists the service’s own codes only', () => {
		const [doc] = importEnglish(english, versions, result.documents, names, template.commonCodes, undefined).documents;
		expect(parseDocument(doc!.file, doc!.text).rows.map((r) => r.section)).not.toContain('Common Error Codes');
	});

	test('an English document without the common-code heading fails, naming it', () => {
		expect(() =>
			englishTemplate(
				'en/x.md',
				'---\nservice: a\nfamily: b\ntitle: c\nlang: en\n---\n| Error code | Description |\n|---|---|\n| A | a |\n',
			),
		).toThrow('en/x.md:1: no "### Common Error Codes" heading');
	});
});
