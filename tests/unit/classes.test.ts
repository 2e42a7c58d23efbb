import { existsSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/lib/build-catalog.ts';
import { ACTOR_LABELS, codeClass, commonCodesByFamily, guidanceOf, retryLabel } from '../../src/lib/classes.ts';
import { codeConstant, codePageModel } from '../../src/lib/code-page.ts';
import { javaErrorEnum, namesCode, readConstant, sdkConstant } from '../../src/lib/codes.ts';
import { parseDocument } from '../../src/lib/parse-document.ts';
import { classGuidanceSchema, GUIDANCE_FILE, guidanceFileSchema } from '../../src/schemas/guidance.ts';
import type { ServiceMeta } from '../../src/schemas/service.ts';
import { catalogOf, doc } from './content.ts';

const guidance = new Map(
	Object.entries(guidanceFileSchema.parse(yaml.load(readFileSync(new URL(`../../${GUIDANCE_FILE}`, import.meta.url), 'utf-8')))),
);
const REAL = new URL('../../../shared/catalogs/tencentcloud/', import.meta.url);

const services: ServiceMeta[] = [
	{
		slug: 'cvm',
		name: '云服务器',
		nameEn: 'CVM',
		description: 'd',
		families: [
			{ slug: 'api3', name: 'API 3.0', response: 'api3-json' },
			{ slug: 'api3-2017', name: 'API 3.0（2017 版）', response: 'api3-json' },
			{ slug: 'legacy', name: '旧版 API' },
		],
	},
];
const catalog = buildCatalog(services, [
	parseDocument(
		'cvm.md',
		doc(
			[
				'### 公共错误码',
				'| 错误码 | 说明 |',
				'|---|---|',
				'| InternalError | 内部错误。 |',
				'| RequestLimitExceeded | 请求的次数超过了频率限制。 |',
				'| RequestLimitExceeded.UinLimitExceeded | 主账号限频。 |',
				'| AuthFailure.SignatureFailure | 签名错误。 |',
				'### 业务错误码',
				'| 错误码 | 说明 |',
				'|---|---|',
				'| InternalError.CvmStatus | 实例状态错误。 |',
				'| RequestLimitExceeded.Other | 限频。 |',
				'| AuthFailure.CamRoleNameAuthenticateFailed | 角色名鉴权失败。 |',
				'| InstanceNotFound | 实例不存在。 |',
			].join('\n'),
			'service: cvm\nfamily: api3\ntitle: T',
		),
	),
	parseDocument(
		'cvm-2017.md',
		doc('| 错误码 | 说明 |\n|---|---|\n| InternalError.Old | 旧版内部错误。 |', 'service: cvm\nfamily: api3-2017\ntitle: T'),
	),
	parseDocument(
		'cvm-legacy.md',
		doc(
			'### 公共错误码\n| 错误码 | 说明 |\n|---|---|\n| 4000 | 请求参数非法 |\n| InternalError.Legacy | 旧接口的错误。 |',
			'service: cvm\nfamily: legacy\ntitle: T',
		),
	),
]);
const code = (name: string) => catalog.codes.find((c) => c.code === name)!;

describe('the class of a code', () => {
	test.each([
		['InternalError.CvmStatus', 'InternalError', undefined, 'its first segment is a common code'],
		['InternalError', 'InternalError', true, 'a common code is its own class'],
		['RequestLimitExceeded.UinLimitExceeded', 'RequestLimitExceeded', true, 'a common code with a common first segment'],
		['AuthFailure.SignatureFailure', 'AuthFailure.SignatureFailure', true, 'a common code whose first segment is not one'],
		['AuthFailure.CamRoleNameAuthenticateFailed', undefined, undefined, 'AuthFailure itself is no common code'],
		['InstanceNotFound', undefined, undefined, 'no dotted segment, and not a common code'],
		['InternalError.Old', 'InternalError', undefined, 'a family without common codes takes those of its service of the same format'],
		['InternalError.Legacy', undefined, undefined, 'a family of another format takes none'],
		['4000', undefined, undefined, 'the 公共错误码 of a family that is not API 3.0 are no classes'],
	])('%s: %s (%s)', (name, errorClass, common, _why) => {
		const { errorClass: got, common: isCommon } = code(name);
		expect({ errorClass: got, common: isCommon }).toEqual({ errorClass, common });
		expect(codeClass(code(name), commonCodesByFamily(services, catalog.codes))).toEqual({
			...(errorClass === undefined ? {} : { errorClass }),
			...(common === undefined ? {} : { common }),
		});
	});

	test("a common code's own note comes before its class's; a class the file leaves out has none", () => {
		const notes = new Map([
			['RequestLimitExceeded', { actor: 'limit', retry: 'backoff', next: 'a' } as const],
			['RequestLimitExceeded.UinLimitExceeded', { actor: 'limit', retry: 'backoff', next: 'b' } as const],
		]);
		expect(guidanceOf(code('RequestLimitExceeded.UinLimitExceeded'), notes)?.next).toBe('b');
		expect(guidanceOf(code('RequestLimitExceeded.Other'), notes)?.next).toBe('a');
		expect(guidanceOf(code('InternalError.CvmStatus'), notes)).toBeUndefined();
		expect(guidanceOf(code('InstanceNotFound'), notes)).toBeUndefined();
	});

	test('the code page names the class with its text and link, and the ticket says it in one line', () => {
		const entry = code('RequestLimitExceeded.Other');
		const page = codePageModel(
			entry,
			services[0]!,
			'https://e.example',
			{},
			{
				code: 'RequestLimitExceeded',
				url: '/cvm/RequestLimitExceeded/',
				description: '请求的次数超过了频率限制。',
				guidance: guidance.get('RequestLimitExceeded'),
			},
		);
		expect(page.errorClass).toMatchObject({
			code: 'RequestLimitExceeded',
			note: { actor: '配额或频率限制', retry: '可以重试，间隔逐次加长' },
		});
		expect(page.ticketText.split('\n')).toContain('类别：RequestLimitExceeded（配额或频率限制；可以重试，间隔逐次加长）');
		expect(page.ticketMarkdown.split('\n').at(-1)).toBe('类别：RequestLimitExceeded（配额或频率限制；可以重试，间隔逐次加长）');
	});

	test('a retry that waits for a change says what change', () => {
		expect(retryLabel({ retry: 'after', when: '授权后' })).toBe('授权后再试');
		expect(retryLabel({ retry: 'no' })).toBe('原样重试无用');
	});
});

/** Every common code of a catalogue. */
const commonCodes = (codes: { code: string; common?: true | undefined }[]) => new Set(codes.filter((c) => c.common).map((c) => c.code));

describe('the guidance file', () => {
	test('holds a note that parses for every class, each actor with its label', () => {
		expect(guidance.size).toBeGreaterThan(30);
		for (const note of guidance.values()) {
			expect(classGuidanceSchema.safeParse(note).success).toBe(true);
			expect(ACTOR_LABELS[note.actor]).toBeDefined();
		}
		expect(classGuidanceSchema.safeParse({ actor: 'caller', retry: 'after', next: 'x' }).success).toBe(false);
		expect(classGuidanceSchema.safeParse({ actor: 'caller', retry: 'no', when: 'y', next: 'x' }).success).toBe(false);
	});

	test('covers every common code of the seeds', () => {
		const missing = [...commonCodes(catalogOf().codes)].filter((c) => !guidance.has(c));
		expect(missing).toEqual([]);
	});

	test.skipIf(!existsSync(REAL))('covers every common code of the real catalogue, and notes no code that is not one', () => {
		const real = commonCodes(catalogOf(REAL).codes);
		expect(real.size).toBeGreaterThan(30);
		expect([...real].filter((c) => !guidance.has(c))).toEqual([]);
		const seeds = commonCodes(catalogOf().codes);
		expect([...guidance.keys()].filter((c) => !real.has(c) && !seeds.has(c))).toEqual([]);
	});
});

describe('the SDK constant of a code', () => {
	test.each([
		['InvalidInstanceId.NotFound', 'INVALIDINSTANCEID_NOTFOUND'],
		['InternalError', 'INTERNALERROR'],
		['UnsupportedOperation.NOT_SUPPORT_THIS_ACTION', 'UNSUPPORTEDOPERATION_NOT_SUPPORT_THIS_ACTION'],
		['AuthFailure.UnAuthorizedOperation', 'AUTHFAILURE_UNAUTHORIZEDOPERATION'],
		['AuthFailure.UnauthorizedOperation', 'AUTHFAILURE_UNAUTHORIZEDOPERATION'],
		['-46618', undefined],
		['Request has expired', undefined],
	])('%s -> %s', (text, constant) => {
		expect(sdkConstant(text)).toBe(constant);
	});

	test('only a code of an API 3.0 family has one on its page, and Java names its enum after the service', () => {
		expect(codeConstant(code('InternalError.CvmStatus'), services[0]!)).toBe('INTERNALERROR_CVMSTATUS');
		expect(codeConstant(code('InternalError.Legacy'), services[0]!)).toBeUndefined();
		expect(javaErrorEnum('cvm')).toBe('CvmErrorCode');
		expect(javaErrorEnum('as')).toBe('AsErrorCode');
	});

	test.each([
		['INVALIDINSTANCEID_NOTFOUND', { constant: 'INVALIDINSTANCEID_NOTFOUND' }],
		['cvm.INVALIDINSTANCEID_NOTFOUND', { constant: 'INVALIDINSTANCEID_NOTFOUND', service: 'cvm' }],
		['CvmErrorCode.INVALIDINSTANCEID_NOTFOUND', { constant: 'INVALIDINSTANCEID_NOTFOUND', service: 'cvm' }],
		['errorcodes.INTERNALERROR', { constant: 'INTERNALERROR', service: 'errorcodes' }],
		['InvalidInstanceId.NotFound', undefined],
		['cvm.RunInstances', undefined],
	])('reads %s as %j', (text, read) => {
		expect(readConstant(text)).toEqual(read);
	});

	test('names its code in any case, as the folded spelling does', () => {
		expect(namesCode('INVALIDINSTANCEID_NOTFOUND', 'InvalidInstanceId.NotFound')).toBe(true);
		expect(namesCode('invalidinstanceid_notfound', 'InvalidInstanceId.NotFound')).toBe(true);
		expect(namesCode('invalidinstanceid.notfound', 'InvalidInstanceId.NotFound')).toBe(true);
		expect(namesCode('INVALIDINSTANCEID_NOTFOUNDX', 'InvalidInstanceId.NotFound')).toBe(false);
	});
});
