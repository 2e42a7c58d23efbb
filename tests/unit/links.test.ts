import { describe, expect, test } from 'vitest';
import { groupByMeaning } from '../../src/lib/shared-code.ts';
import { aliasProblems, redirectsFile } from '../../src/lib/aliases.ts';
import { buildCatalog } from '../../src/lib/build-catalog.ts';
import { relatedCodes } from '../../src/lib/related.ts';
import { lookupPartOf, lookupParts, readLookupPart } from '../../src/lib/search/code-list.ts';
import { pasteKeys } from '../../src/lib/paste.ts';
import { pathKey, resolvePath, sharedCodeGroups } from '../../src/lib/resolve.ts';
import { responseExample } from '../../src/lib/response-example.ts';
import { ticketMarkdown, ticketText } from '../../src/lib/ticket.ts';
import { contentServices, parseContent } from './content.ts';
import { codeUrl, sharedCodeUrl } from '../../src/lib/urls.ts';

const catalog = buildCatalog(contentServices(), parseContent());
const services = catalog.services.map((s) => s.slug);

describe('resolving a path that found no page', () => {
	test.each([
		['/cos/nosuchbucket/', '/cos/NoSuchBucket/'],
		['/COS/NoSuchBucket', '/cos/NoSuchBucket/'],
		['/cos/Request%20has%20expired', '/cos/Request-has-expired/'],
		['/cos/Request+has+expired', '/cos/Request-has-expired/'],
		['/cos/request-has-expired', '/cos/Request-has-expired/'],
		['/NoSuchBucket', '/cos/NoSuchBucket/'],
		['/-46618/', '/cos/-46618/'],
		['/codes/nosuchbucket', '/cos/NoSuchBucket/'],
		['/InternalError', '/codes/InternalError/'],
		['/authfailure.signaturefailure', '/codes/AuthFailure.SignatureFailure/'],
		['/smh/authfailure.signaturefailure', '/smh/AuthFailure.SignatureFailure/'],
		['/smh/AUTHFAILURE_SIGNATUREEXPIRE', '/smh/AuthFailure.SignatureExpire/'],
		['/AUTHFAILURE_SIGNATUREEXPIRE', '/codes/AuthFailure.SignatureExpire/'],
		['/SmhErrorCode.AUTHFAILURE_SIGNATUREEXPIRE', '/smh/AuthFailure.SignatureExpire/'],
		['/smh.AUTHFAILURE_SIGNATUREFAILURE', '/smh/AuthFailure.SignatureFailure/'],
		['/AUTHFAILURE_SIGNATUREFAILURE', '/codes/AuthFailure.SignatureFailure/'],
		['/Cos', '/cos/'],
	])('%s -> %s', (path, url) => {
		expect(resolvePath(path, services, catalog.codes)).toEqual({ kind: 'page', url });
	});

	test.each([
		['/cos/NoSuchBuckett/', 'NoSuchBuckett'],
		['/something/else', 'something else'],
		['/%E0%A4%A', '%E0%A4%A'],
		['/', ''],
	])('%s falls back to a search for %j', (path, query) => {
		expect(resolvePath(path, services, catalog.codes)).toEqual({ kind: 'search', query });
	});

	test('of codes that differ only in case, the exact spelling wins, else the first', () => {
		const codes = [
			{ service: 'es', code: 'Auth.Unauthorized' },
			{ service: 'es', code: 'Auth.UnAuthorized', slug: 'Auth.UnAuthorized~2' },
		];
		expect(resolvePath('/es/Auth.UnAuthorized', ['es'], codes)).toEqual({ kind: 'page', url: '/es/Auth.UnAuthorized~2/' });
		expect(resolvePath('/Auth.Unauthorized/', ['es'], codes)).toEqual({ kind: 'page', url: '/es/Auth.Unauthorized/' });
		expect(resolvePath('/es/auth.unauthorized', ['es'], codes)).toEqual({ kind: 'page', url: '/es/Auth.Unauthorized/' });
	});

	test('every shared-code page a path resolves to is one the build makes', () => {
		const shared = new Set(sharedCodeGroups(catalog.codes).map((g) => sharedCodeUrl(g[0]!.code)));
		expect(shared.size).toBe(28);
		for (const group of sharedCodeGroups(catalog.codes)) {
			const answer = resolvePath(`/${group[0]!.code.toLowerCase()}`, services, catalog.codes);
			expect(answer.kind === 'page' && shared.has(answer.url)).toBe(true);
		}
	});
});

describe('aliases', () => {
	test('the real aliases point at codes that exist', () => {
		expect(aliasProblems([{ from: '/cos/BadRequest/', service: 'cos', code: 'BadRquest' }], catalog)).toEqual([]);
	});

	test('a broken alias names its entry and what is wrong', () => {
		expect(
			aliasProblems(
				[
					{ from: '/cos/Old/', service: 'cos', code: 'Nope' },
					{ from: 'cos/x', service: 'cos', code: 'NoSuchBucket' },
					{ from: '/cos/NoSuchKey/', service: 'cos', code: 'NoSuchBucket' },
				],
				catalog,
			),
		).toEqual([
			'aliases.yaml entry 1 (from /cos/Old/): no code "Nope" in service "cos"',
			'aliases.yaml entry 2 (from cos/x): "from" must be a path that starts and ends with "/"',
			'aliases.yaml entry 3 (from /cos/NoSuchKey/): that path is already a code page',
		]);
	});

	test('become permanent redirects in _redirects', () => {
		expect(redirectsFile([{ from: '/cos/BadRequest/', service: 'cos', code: 'BadRquest' }])).toContain(
			'/cos/BadRequest/ /cos/BadRquest/ 301\n',
		);
	});
});

describe('what a code page offers', () => {
	const ticket = {
		code: 'InvalidObjectState',
		serviceName: '对象存储',
		meanings: [
			{ familyName: 'XML API', statusLabel: '403 Forbidden', description: '对象存储类型与操作请求冲突' },
			{ familyName: 'XML API', statusLabel: '409 Conflict', description: '对象状态与操作请求冲突' },
		],
		url: 'https://x.test/cos/InvalidObjectState/',
	};

	test('a plain-text ticket snippet lists every meaning', () => {
		expect(ticketText(ticket)).toBe(
			'错误码：InvalidObjectState\n服务：对象存储\n含义 1（XML API · 403 Forbidden）：对象存储类型与操作请求冲突\n含义 2（XML API · 409 Conflict）：对象状态与操作请求冲突\n链接：https://x.test/cos/InvalidObjectState/',
		);
	});

	test('a Markdown snippet links the code and escapes the vendor text', () => {
		expect(
			ticketMarkdown({ ...ticket, meanings: [{ familyName: 'JSON API', description: '操作太频繁|请稍后再试 [见](https://a.test/) *' }] }),
		).toBe('[`InvalidObjectState`](https://x.test/cos/InvalidObjectState/)（对象存储） JSON API：操作太频繁\\|请稍后再试 见 \\*');
	});

	test('response examples follow the documented formats, with the code escaped for XML', () => {
		expect(JSON.parse(responseExample('api3-json', 'AuthFailure.SignatureFailure', '签名错误。'))).toMatchObject({
			Response: { Error: { Code: 'AuthFailure.SignatureFailure', Message: '签名错误。' } },
		});
		expect(responseExample('cos-xml', 'A<B', 'x & y')).toContain('<Code>A&lt;B</Code>\n    <Message>x &amp; y</Message>');
	});

	test('related codes share the prefix, or the family and HTTP status, up to a limit', () => {
		const related = relatedCodes(catalog.codes);
		const of = (id: string) => {
			const { prefix, status } = related.get(catalog.codes.find((c) => c.id === id)!)!;
			return { prefix: prefix.map((c) => c.code), status: status.map((c) => c.code) };
		};
		expect(of('smh/AuthFailure.SignatureFailure').prefix).toContain('AuthFailure.SignatureExpire');
		expect(of('smh/InternalError').prefix).toEqual(['InternalError.SendSms']);
		expect(of('cos/NoSuchBucket').status).toContain('NoSuchKey');
		expect(of('cos/ActionAccelerateNotSupported').status).toHaveLength(12);
		expect(of('cos/-5999')).toEqual({ prefix: [], status: [] });
	});
});

describe('the page of a code several services define', () => {
	const entry = (service: string, description: string, statusLabel?: string) => ({
		service,
		code: 'InternalError',
		slug: 'InternalError',
		order: 0,
		meanings: [{ family: 'api3', file: `${service}.md`, line: 9, description, ...(statusLabel === undefined ? {} : { statusLabel }) }],
	});

	test('groups the services by identical meaning, the most shared first', () => {
		const groups = groupByMeaning(
			[
				entry('cos', '服务端内部错误', '500 Internal Server Error'),
				entry('cvm', '内部错误。'),
				entry('vpc', '内部错误。'),
				entry('cbs', '内部错误'),
			],
			(slug) => slug.toUpperCase(),
		);
		expect(groups.map((g) => [g.meanings.map((m) => m.description), g.services.map((s) => s.name)])).toEqual([
			[['内部错误。'], ['CVM', 'VPC']],
			[['服务端内部错误'], ['COS']],
			[['内部错误'], ['CBS']],
		]);
		expect(groups[0]?.services[1]?.url).toBe('/vpc/InternalError/');
	});

	test('keeps apart texts that differ only by their HTTP status', () => {
		expect(groupByMeaning([entry('a', 'x', '500 A'), entry('b', 'x', '503 B')], (s) => s)).toHaveLength(2);
	});
});

describe('the lookup list, cut by folded spelling', () => {
	const parts = lookupParts(catalog.codes, [], 7);

	test('holds every code once, in the part its folded spelling names', () => {
		expect(parts.reduce((n, p) => n + p.codes.length, 0)).toBe(catalog.codes.length);
		for (const c of catalog.codes) {
			expect(
				readLookupPart(parts[lookupPartOf(c.code.toUpperCase(), 7)]!).codes.some((e) => e.code === c.code && e.service === c.service),
			).toBe(true);
		}
	});

	test('resolves every code page path from the one part its key names, by its spelling or its SDK constant', () => {
		for (const c of catalog.codes.slice(0, 80)) {
			for (const path of [`/${c.service}/${c.code.toLowerCase()}`, `/${c.service}/${c.code.toUpperCase().replace(/\./g, '_')}`]) {
				const key = pathKey(path, services)!;
				expect(resolvePath(path, services, readLookupPart(parts[lookupPartOf(key, 7)]!).codes)).toEqual({ kind: 'page', url: codeUrl(c) });
			}
		}
	});

	test('a pasted text looks up its extracted code, or each word that could be a code and each code with spaces it holds', () => {
		expect(pasteKeys({ code: 'AuthFailure.SignatureFailure' }, 'x')).toEqual(['authfailure.signaturefailure']);
		expect(pasteKeys({}, 'ERROR 2026 NoSuchBucket: Request has expired, ok', ['Request has expired', 'Not here'])).toEqual([
			'error',
			'2026',
			'nosuchbucket',
			'request',
			'has',
			'expired',
			'request-has-expired',
		]);
	});
});

describe('a missed path that names an action', () => {
	const actions = [
		{ service: 'cloudaudit', action: 'CreateAudit', slug: 'CreateAudit', codes: [] },
		{ service: 'smh', action: 'CreateLibrary', slug: 'CreateLibrary', codes: [] },
	];
	test.each([
		['/cloudaudit/actions/createaudit', '/cloudaudit/actions/CreateAudit/'],
		['/CLOUDAUDIT/Actions/CREATEAUDIT/', '/cloudaudit/actions/CreateAudit/'],
		['/createlibrary', '/smh/actions/CreateLibrary/'],
		['/cloudaudit/actions/', '/cloudaudit/#actions'],
	])('%s opens %s', (path, url) => {
		expect(resolvePath(path, services, catalog.codes, actions)).toEqual({ kind: 'page', url });
	});

	test('searches for an action the service does not have', () => {
		expect(resolvePath('/cloudaudit/actions/CreateLibrary', services, catalog.codes, actions)).toEqual({
			kind: 'search',
			query: 'CreateLibrary',
		});
	});

	test('loads the part its folded name is in', () => {
		expect(pathKey('/cloudaudit/actions/CreateAudit', services)).toBe('createaudit');
	});
});
