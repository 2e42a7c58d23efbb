import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/lib/build-catalog.ts';
import {
	candidatesFor,
	extractFromPaste,
	messageScore,
	pasteKeys,
	searchQueries,
	rangeCandidates,
	spacedCodes,
	uniqueAnswer,
} from '../../src/lib/paste.ts';
import { contentServices, parseContent } from './content.ts';

const services = [
	{ slug: 'cos', names: ['对象存储', 'COS'] },
	{ slug: 'cloudaudit', names: ['云审计', 'CloudAudit'] },
	{ slug: 'smh', names: ['智能媒资托管', 'SMH'] },
];
/** The catalogue's codes with spaces in them, as the meta file lists them. */
const spaced = ['Request has expired'];
const codes = [
	{ service: 'cos', code: 'NoSuchBucket' },
	{ service: 'cos', code: 'InternalError' },
	{ service: 'cos', code: 'Request has expired' },
	{ service: 'cos', code: '-46618' },
	{ service: 'cloudaudit', code: 'InternalError' },
	{ service: 'cloudaudit', code: 'AuthFailure.SignatureFailure' },
	{ service: 'smh', code: 'InternalError' },
	{ service: 'smh', code: 'AuthFailure.SignatureFailure' },
	{ service: 'smh', code: 'AuthFailure.SignatureExpire' },
];

describe('reading pasted text', () => {
	test.each([
		['a bare code', 'NoSuchBucket', { code: 'NoSuchBucket' }],
		['a bare numeric code with blanks around it', '  -46618\n', { code: '-46618' }],
		[
			'an API 3.0 JSON error body',
			'{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials could not be validated."},"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}',
			{
				code: 'AuthFailure.SignatureFailure',
				message: 'The provided credentials could not be validated.',
				requestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6',
			},
		],
		[
			'a JSON body inside log noise, with the API host',
			'2026-11-20 10:00:01 ERROR POST https://smh.tencentcloudapi.com/ -> {"Response": {"Error": {"Code": "InternalError", "Message": "内部错误。"}, "RequestId": "a1b2"}} retrying',
			{ code: 'InternalError', message: '内部错误。', requestId: 'a1b2', service: 'smh' },
		],
		[
			'a COS XML error body',
			"<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n\t<Code>NoSuchBucket</Code>\n\t<Message>The specified bucket does not exist.</Message>\n\t<Resource>examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com</Resource>\n\t<RequestId>NjA5ZjU2NjBfMjBhYzM1MDlfNTY0OV8x</RequestId>\n\t<TraceId>OGVmYzZiMmQzYjA2OWNhODk0NTRkMTBiOWVmMDAxODc0OWRkZjk0ZDM1NmI1M2E2MTRlY2MzZDhmNmI5MWI1OTBjYjZmNmUzZjNjZTdjNTFlNWRkNjZlN2YwNGM5OTAw</TraceId>\n</Error>",
			{
				code: 'NoSuchBucket',
				message: 'The specified bucket does not exist.',
				resource: 'examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com',
				requestId: 'NjA5ZjU2NjBfMjBhYzM1MDlfNTY0OV8x',
				service: 'cos',
			},
		],
		[
			'a COS XML body after an HTTP status line',
			'HTTP/1.1 403 Forbidden\nContent-Type: application/xml\n\n<Error><Code>Request has expired</Code><Message>Request has expired</Message><Resource>b-125.cos.ap-beijing.myqcloud.com/a.txt</Resource><RequestId>r-1</RequestId><TraceId>t-1</TraceId></Error>',
			{ code: 'Request has expired', status: 403, requestId: 'r-1', traceId: 't-1', service: 'cos' },
		],
		[
			'a Python SDK exception',
			'tencentcloud.common.exception.tencent_cloud_sdk_exception.TencentCloudSDKException: [TencentCloudSDKException] code:AuthFailure.SignatureExpire message:Signature expired. Timestamp is too old. requestId:6e0a8c6b-1111-2222-3333-444455556666',
			{
				code: 'AuthFailure.SignatureExpire',
				message: 'Signature expired. Timestamp is too old.',
				requestId: '6e0a8c6b-1111-2222-3333-444455556666',
			},
		],
		[
			'a Go SDK error',
			'[TencentCloudSDKError] Code=AuthFailure.SignatureFailure, Message=The provided credentials could not be validated., RequestId=0b7a-77',
			{ code: 'AuthFailure.SignatureFailure', message: 'The provided credentials could not be validated.', requestId: '0b7a-77' },
		],
		[
			'a Java COS SDK exception',
			'com.qcloud.cos.exception.CosServiceException: The specified bucket does not exist. (Status Code: 404; Error Code: NoSuchBucket; Request ID: NjEwMDk1; Trace ID: OGVm), S3 Extended Request ID: null',
			{ code: 'NoSuchBucket', status: 404, requestId: 'NjEwMDk1', traceId: 'OGVm' },
		],
		[
			'a JavaScript COS SDK error object',
			"{ statusCode: 403, headers: {}, error: { Code: 'Request has expired', Message: 'Request has expired', RequestId: 'NjE3' } }",
			{ code: 'Request has expired', status: 403, requestId: 'NjE3' },
		],
		[
			'a ticket sentence that names the service',
			'客户反馈 云审计 创建跟踪集报错 code: InternalError，请协助',
			{ code: 'InternalError', service: 'cloudaudit' },
		],
		['nothing to read', '   ', {}],
	])('%s', (_name, text, expected) => {
		expect(extractFromPaste(text, services, spaced)).toMatchObject(expected);
	});
});

describe('choosing the page', () => {
	const lookup = (text: string) => {
		const extracted = extractFromPaste(text, services, spaced);
		const candidates = candidatesFor(extracted, text, codes);
		return { candidates: candidates.map((c) => `${c.service}/${c.code}`), unique: uniqueAnswer(candidates) };
	};

	test('a code one service defines goes straight to it', () => {
		expect(lookup('NoSuchBucket').unique).toMatchObject({ service: 'cos', code: 'NoSuchBucket' });
	});

	test('a shared code with a service hint goes straight to that service', () => {
		expect(lookup('{"Response":{"Error":{"Code":"InternalError"}}} from cloudaudit.tencentcloudapi.com').unique).toMatchObject({
			service: 'cloudaudit',
		});
	});

	test('a shared code without a hint lists every service, to choose from', () => {
		const { candidates, unique } = lookup('InternalError');
		expect(candidates).toEqual(['cos/InternalError', 'cloudaudit/InternalError', 'smh/InternalError']);
		expect(unique).toBeUndefined();
	});

	test('a hint puts its service first', () => {
		expect(lookup('SMH says AuthFailure.SignatureFailure').candidates[0]).toBe('smh/AuthFailure.SignatureFailure');
	});

	test('without a code field, a known code in the text is found as a whole word', () => {
		expect(lookup('upload failed: NoSuchBucket (bucket was deleted)').candidates).toEqual(['cos/NoSuchBucket']);
		expect(lookup('upload failed: NoSuchBucketX').candidates).toEqual([]);
	});

	test('case does not matter', () => {
		expect(lookup('nosuchbucket').candidates).toEqual(['cos/NoSuchBucket']);
	});

	test.each([
		['err.Code == smh.AUTHFAILURE_SIGNATUREFAILURE', 'smh/AuthFailure.SignatureFailure'],
		['SmhErrorCode.AUTHFAILURE_SIGNATUREFAILURE', 'smh/AuthFailure.SignatureFailure'],
		['if e.code == errorcodes.AUTHFAILURE_SIGNATUREEXPIRE:', 'smh/AuthFailure.SignatureExpire'],
		['AUTHFAILURE_SIGNATUREEXPIRE', 'smh/AuthFailure.SignatureExpire'],
	])('code that names an SDK constant (%s) opens its code', (text, code) => {
		expect(lookup(text).unique).toMatchObject({ service: code.split('/')[0], code: code.split('/')[1] });
	});

	test('a code field wins over a constant-like word, and words in capitals without an underscore are no constant', () => {
		expect(extractFromPaste('level=ERROR_X code=NoSuchBucket', services).code).toBe('NoSuchBucket');
		expect(extractFromPaste('HTTP ERROR from COS', services).code).toBeUndefined();
	});
});

test('the codes with spaces a paste must know are those of the catalogue, each once', () => {
	expect(spacedCodes(buildCatalog(contentServices(), parseContent()).codes)).toEqual(['Request has expired']);
});

describe('a paste that names the action', () => {
	/** cloudaudit's CreateAudit can return InternalError; smh's CreateLibrary can too. */
	const actions = [
		{ service: 'cloudaudit', action: 'CreateAudit', slug: 'CreateAudit', codes: ['InternalError', 'InternalError.CreateAuditError'] },
		{ service: 'smh', action: 'CreateLibrary', slug: 'CreateLibrary', codes: ['InternalError'] },
	];
	test.each([
		['Action=CreateAudit&Code=InternalError', 'CreateAudit'],
		['{"Action": "CreateAudit", "Response": {"Error": {"Code": "InternalError"}}}', 'CreateAudit'],
		['X-TC-Action: CreateAudit\nCode: InternalError', 'CreateAudit'],
	])('reads the action of %j', (text, action) => {
		expect(extractFromPaste(text, services).action).toBe(action);
	});

	test('reads a service and its action written as cloudaudit.CreateAudit', () => {
		expect(extractFromPaste('[TencentCloudSDKException] cloudaudit.CreateAudit code=InternalError', services)).toMatchObject({
			action: 'CreateAudit',
			service: 'cloudaudit',
			code: 'InternalError',
		});
	});

	test.each([
		['Action=CreateLibrary Code=InternalError'],
		['CreateLibrary failed: code=InternalError'],
		['smh.CreateLibrary code=InternalError'],
	])('opens the service whose action returns the code: %j', (text) => {
		const extracted = extractFromPaste(text, services);
		const candidates = candidatesFor(extracted, text, codes, actions);
		expect(uniqueAnswer(candidates)).toMatchObject({ service: 'smh', code: 'InternalError', action: 'CreateLibrary' });
	});

	test('does not say an action returns a code its list leaves out, but its service is still the one pointed at', () => {
		const text = 'Action=CreateLibrary Code=NoSuchBucket';
		expect(candidatesFor(extractFromPaste(text, services), text, codes, actions)).toEqual([
			{ service: 'cos', code: 'NoSuchBucket', serviceMatch: false, messageMatch: false },
		]);
		const other = 'Action=CreateAudit Code=InternalError';
		const [first, ...rest] = candidatesFor(extractFromPaste(other, services), other, codes, [
			{ ...actions[0]!, codes: ['InternalError.CreateAuditError'] },
			actions[1]!,
		]);
		expect(first).toEqual({ service: 'cloudaudit', code: 'InternalError', serviceMatch: true, messageMatch: false });
		expect(rest.every((c) => !c.serviceMatch && c.action === undefined)).toBe(true);
	});

	test('looks up the action words beside the extracted code', () => {
		expect(pasteKeys({ code: 'InternalError', action: 'CreateAudit' }, 'RunInstances failed')).toEqual([
			'internalerror',
			'createaudit',
			'runinstances',
		]);
	});
});

describe('a pasted message', () => {
	const worded = [
		{
			service: 'cvm',
			code: 'ResourceInsufficient.SpecifiedInstanceType',
			summary: '指定的实例类型库存不足。',
			english: 'The specified instance type is sold out.',
		},
		{
			service: 'tke',
			code: 'ResourceInsufficient.SpecifiedInstanceType',
			summary: '指定机型资源不足。',
			english: 'Insufficient resources for the specified model.',
		},
		{ service: 'as', code: 'ResourceInsufficient.SpecifiedInstanceType', summary: '指定机型库存不足。' },
	];

	test('scores the share of its words a text holds, in English and in Chinese', () => {
		expect(messageScore('The instance type is sold out', 'The specified instance type is sold out.')).toBe(1);
		expect(messageScore('instance type sold out', 'Insufficient resources for the specified model.')).toBe(0);
		expect(messageScore('库存不足', '指定的实例类型库存不足。')).toBe(1);
		expect(messageScore('', 'anything')).toBe(0);
	});

	test('ranks first, and opens, the one service whose text holds the words of the message beside its code', () => {
		const text =
			'{"Error":{"Code":"ResourceInsufficient.SpecifiedInstanceType","Message":"The specified instance type is sold out in this zone."}}';
		const candidates = candidatesFor(extractFromPaste(text, []), text, worded);
		expect(candidates.map((c) => [c.service, c.messageMatch])).toEqual([
			['cvm', true],
			['tke', false],
			['as', false],
		]);
		expect(uniqueAnswer(candidates)?.service).toBe('cvm');
	});

	test('says nothing of the services when every one of them holds its words alike', () => {
		const text = 'code=ResourceInsufficient.SpecifiedInstanceType message=机型不足';
		const candidates = candidatesFor(extractFromPaste(text, []), text, worded.slice(1));
		expect(candidates.map((c) => c.messageMatch)).toEqual([false, false]);
		expect(uniqueAnswer(candidates)).toBeUndefined();
	});

	test('without a known code, is what the paste searches for: the message, then its first words; a code alone, itself', () => {
		const text = '[TencentCloudSDKException] message:The specified instance type is sold out in zone ap-guangzhou-3 requestId:abc';
		expect(searchQueries(extractFromPaste(text, []), text)).toEqual([
			'The specified instance type is sold out in zone ap-guangzhou-3',
			'The specified instance type is sold',
		]);
		expect(searchQueries({}, 'Signature expired')).toEqual(['Signature expired']);
		expect(searchQueries({}, 'x')).toEqual([]);
		expect(searchQueries(extractFromPaste('FACEVERIFY_LOGIN_ERROR', []), 'FACEVERIFY_LOGIN_ERROR')).toEqual(['FACEVERIFY_LOGIN_ERROR']);
	});
});

describe('a pasted number that no code is', () => {
	const ranges = [
		{ service: 'iotvideo', code: '8000 - 8499', slug: '8000---8499' },
		{ service: 'im', code: '120001 - 130000', slug: '120001---130000' },
		{ service: 'cos', code: '8000-8999', slug: '8000-8999' },
	];
	const read = (text: string) => extractFromPaste(text, [...services, { slug: 'iotvideo', names: ['iotvideo'] }]);
	const found = (text: string) => rangeCandidates(read(text), text, ranges).map((c) => `${c.service}/${c.code}`);

	test('is looked up in the ranges of codes that hold it: the code field, else each number in the text', () => {
		expect(found('{"Response":{"Error":{"Code":"125000","Message":"x"}}}')).toEqual(['im/120001 - 130000']);
		expect(found('im callback failed, error 125000')).toEqual(['im/120001 - 130000']);
		expect(found('error 999999 at v1.2.125000')).toEqual([]);
	});

	test('the range of the service the text names comes first, and is the answer', () => {
		expect(found('iotvideo: error 8123')).toEqual(['iotvideo/8000 - 8499', 'cos/8000-8999']);
		expect(uniqueAnswer(rangeCandidates(read('iotvideo: error 8123'), 'iotvideo: error 8123', ranges))?.slug).toBe('8000---8499');
		expect(uniqueAnswer(rangeCandidates(read('error 8123'), 'error 8123', ranges))).toBeUndefined();
	});
});
