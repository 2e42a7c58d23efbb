import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/lib/build-catalog.ts';
import { parseActionsDocument } from '../../src/lib/parse-actions.ts';
import { ParseError } from '../../src/lib/parse-document.ts';
import { contentServices, doc, fixtureActions, parseContent, seedsWithActions } from './content.ts';

const services = contentServices();
const fixture = (name: string) => fixtureActions().find((d) => d.file === `actions/${name}`)!;
const catalog = seedsWithActions();
const action = (name: string) => catalog.actions.find((a) => a.action === name)!;
const code = (name: string) => catalog.codes.find((c) => c.service === 'cloudaudit' && c.code === name)!;

describe('an actions document', () => {
	test('gives each action its Chinese name, status, description, API Explorer link and codes, with their lines', () => {
		const [create, remove] = fixture('cloudaudit.md').actions;
		expect(create).toEqual({
			action: 'CreateAudit',
			line: 7,
			name: '创建跟踪集',
			description: '本接口 (CreateAudit) 用于创建跟踪集。',
			explorer: 'https://console.cloud.tencent.com/api/explorer?Product=cloudaudit&Version=2019-03-19&Action=CreateAudit',
			codes: [
				{ code: 'InternalError.CreateAuditError', description: '创建跟踪集错误，请联系开发人员。', line: 21 },
				{ code: 'InternalError', description: '内部错误', line: 22 },
				{ code: 'FailedOperation.MemberNotInOrganization', description: '成员不在组织中。', line: 23 },
			],
		});
		expect(remove?.status).toBe('deprecated');
	});

	test('writes an API Explorer link as the URL parser does: quotes and angle brackets percent-encoded', () => {
		const [action] = parseActionsDocument('a.md', doc('## A\n* [API 3.0 Explorer](https://x.example/?a="><b>)\n')).actions;
		expect(action?.explorer).toBe('https://x.example/?a=%22%3E%3Cb%3E');
	});

	test('keeps an action without a code table, and one without a description', () => {
		expect(fixture('cloudaudit.md').actions[2]).toMatchObject({ action: 'ListAudits', codes: [] });
		expect(fixture('cloudaudit-legacy.md').actions[0]?.description).toBeUndefined();
	});

	test.each([
		['text before the first action', doc('intro\n## A\n'), 'a.md:6: text before the first action (a "## <Action>" heading)'],
		[
			'an action name that is not a name',
			doc('## Run Instances\n'),
			'a.md:6: action name "Run Instances" is not a name of letters, digits and "_"',
		],
		['an action twice', doc('## A\n\n## A\n'), 'a.md:8: action "A" is listed twice (first at line 6)'],
		['an unknown heading', doc('## A\n### 参数\n'), 'a.md:7: unknown heading "### 参数" in action "A"'],
		[
			'a table outside 错误码',
			doc('## A\n| 错误码 | 描述 |\n|---|---|\n| X | y |\n'),
			'a.md:7: table outside the "### 错误码" part of action "A"',
		],
		[
			'other columns',
			doc('## A\n### 错误码\n| 错误码 | 说明 | 处理措施 |\n|---|---|---|\n| X | y | z |\n'),
			'a.md:8: an action\'s code table has the columns "| 错误码 | 描述 |", not "| 错误码 | 说明 | 处理措施 |"',
		],
		[
			'a wrong cell count',
			doc('## A\n### 错误码\n| 错误码 | 描述 |\n|---|---|\n| X | y | z |\n'),
			'a.md:10: wrong cell count: expected 2, found 3',
		],
		['an empty code', doc('## A\n### 错误码\n| 错误码 | 描述 |\n|---|---|\n|  | y |\n'), 'a.md:10: empty error code'],
		[
			'a code twice',
			doc('## A\n### 错误码\n| 错误码 | 描述 |\n|---|---|\n| X | y |\n| X | z |\n'),
			'a.md:11: code "X" is listed twice in action "A" (first at line 10)',
		],
		['a header without rows', doc('## A\n### 错误码\n| 错误码 | 描述 |\n|---|---|\n'), 'a.md:8: code table has a header but no rows'],
		[
			'a link that is not https',
			doc('## A\n* [API 3.0 Explorer](javascript:alert(1))\n'),
			'a.md:7: API Explorer link "javascript:alert(1)" is not an https URL',
		],
		['a name given twice', doc('## A\n接口名称：甲\n接口名称：乙\n'), 'a.md:8: 接口名称 given twice in action "A"'],
		['no action', doc('\n'), 'a.md:1: no action (a "## <Action>" heading) in this document'],
	])('fails on %s, naming file and line', (_, text, message) => {
		expect(() => parseActionsDocument('a.md', text)).toThrow(ParseError);
		expect(() => parseActionsDocument('a.md', text)).toThrow(message);
	});

	test('fails when its service or family is not declared', () => {
		const parsed = parseActionsDocument('actions/x.md', doc('## A\n', 'service: cloudaudit\nfamily: v9\ntitle: T'));
		expect(() => buildCatalog(services, parseContent(), [parsed])).toThrow('actions/x.md:1: unknown family "v9" for service "cloudaudit"');
	});
});

describe('the actions of a catalogue', () => {
	test('are one record per action of a service, every version of it together', () => {
		expect(catalog.actions.map((a) => [a.id, a.slug, a.versions.map((v) => v.family)])).toEqual([
			['cloudaudit/CreateAudit', 'CreateAudit', ['api3']],
			['cloudaudit/DeleteAudit', 'DeleteAudit', ['api3']],
			['cloudaudit/ListAudits', 'ListAudits', ['api3', 'legacy']],
		]);
	});

	test("link a code of an older family to the service's common code, which the newest family documents", () => {
		const legacy = action('ListAudits').versions.find((v) => v.family === 'legacy')!;
		expect(legacy.codes.map((c) => [c.code, c.slug])).toEqual([
			['InternalError', 'InternalError'],
			['500002', '500002'],
		]);
		expect(code('InternalError').meanings.map((m) => m.family)).toEqual(['api3']);
	});

	test('give a code no error-code document has its own page from the first action row, marked as such', () => {
		const only = code('FailedOperation.MemberNotInOrganization');
		expect(only.meanings).toEqual([
			{ family: 'api3', description: '成员不在组织中。', file: 'actions/cloudaudit.md', line: 23, actionOnly: true },
		]);
		// After the service's other codes, not at the end of the catalogue.
		expect(catalog.codes.findIndex((c) => c === only)).toBeLessThan(catalog.codes.findIndex((c) => c.service === 'smh'));
		expect(catalog.documents.find((d) => d.id === 'actions/cloudaudit.md')).toMatchObject({ kind: 'actions', rowCount: 1 });
		expect(catalog.documents.find((d) => d.id === 'actions/cloudaudit-legacy.md')).toMatchObject({ rowCount: 0, sections: [] });
	});

	test("keep the error-code document's meaning of a code an action words otherwise, and the action's own words", () => {
		expect(code('InternalError').meanings[0]?.description).toBe('内部错误。');
		expect(action('CreateAudit').versions[0]?.codes.find((c) => c.code === 'InternalError')?.description).toBe('内部错误');
	});

	test('fail when an action row was lost', () => {
		const parsed = fixture('cloudaudit.md');
		parsed.actions[0]!.codes.pop();
		expect(() => buildCatalog(services, parseContent(), [parsed])).toThrow(
			'actions/cloudaudit.md:19: row accounting: this table has 3 rows, 2 entries produced',
		);
	});
});
