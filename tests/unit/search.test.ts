import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/lib/build-catalog.ts';
import { codeRange, rangeHolds } from '../../src/lib/codes.ts';
import {
	codeShardWriter,
	cutIntoShards,
	entriesOfShard,
	listedNames,
	lookupParts,
	readCodeShard,
	searchMeta,
	shardCount,
	shardOfQuery,
	shardsOfCode,
	statusClass,
	type CodeEntry,
	type Listed,
} from '../../src/lib/search/code-list.ts';
import { phraseQuery, shorterPhrases, wantsPhraseQuery } from '../../src/lib/search/pipeline.ts';
import {
	codeHits,
	codeScore,
	findCodes,
	findServices,
	hitOfCode,
	linesOfFound,
	mergeRanked,
	QueryPlace,
	serviceQualifier,
	whereQueryIs,
} from '../../src/lib/search/ranking.ts';
import { codesInRecord, type FoundCode, type FoundPage, type ResultData } from '../../src/lib/search/records.ts';
import { codeShardSchema, lookupPartSchema, searchMetaSchema, type CodeShard, type SearchMeta } from '../../src/schemas/search.ts';
import { contentServices, parseContent, seedsWithActions } from './content.ts';

const withActions = seedsWithActions();

const meta: SearchMeta = {
	v: 1,
	services: [
		['cos', '对象存储', 'Cloud Object Storage (COS)'],
		['smh', '智能媒资托管', 'Smart Media Hosting (SMH)'],
	],
	sections: ['4XX 类型错误', '公共错误码'],
	statuses: ['4XX', '5XX'],
	shards: [10],
	parts: 1,
	ranges: [['120001 - 130000', 1, 0, -1, '一段错误码区间']],
};
const index: CodeShard = {
	v: 1,
	codes: [
		['NoSuchBucket', 0, 404, 0, '指定的存储桶不存在'],
		['BucketNotEmpty', 0, 409, 0, '存储桶不为空'],
		['-101', 0, 0, -1, '不需要拷贝'],
		['101', 0, 0, -1, '内部错误'],
		['-46618', 0, 0, -1, '签名校验失败'],
		['InternalError', 0, 500, -1, '服务端内部错误'],
		['InternalError', 1, 0, 1, '内部错误。'],
		['InternalError.SendSms', 1, 0, 1, '发送短信验证码时发生错误。'],
		['AuthFailure.SignatureFailure', 1, 0, 1, '签名错误。'],
		['Request has expired', 0, 403, 0, '发起请求的时间超过了签名的有效时间'],
	],
	actions: [['CreateLibrary', 1, '创建媒体库', '']],
};
const entries = readCodeShard(index, meta);
const all = { service: '', status: '', section: '' };
const codesFor = (query: string, filters = all) => findCodes(entries, query, filters).map((s) => `${s.entry.service}/${s.entry.code}`);

describe('finding codes', () => {
	test.each([
		['NoSuchBucket', 'cos/NoSuchBucket'],
		['nosuchbucket', 'cos/NoSuchBucket'],
		['101', 'cos/101'],
		['46618', 'cos/-46618'],
		['SignatureFailure', 'smh/AuthFailure.SignatureFailure'],
		['request has expired', 'cos/Request has expired'],
		['bucket not empty', 'cos/BucketNotEmpty'],
	])('%s puts %s first', (query, first) => {
		expect(codesFor(query)[0]).toBe(first);
	});

	test('a code several services define comes first from each of them', () => {
		expect(codesFor('InternalError')).toEqual(['cos/InternalError', 'smh/InternalError', 'smh/InternalError.SendSms']);
	});

	test('a whole code outranks the same digits with a sign', () => {
		expect(codesFor('101')).toEqual(['cos/101', 'cos/-101']);
	});

	test.each([
		['Internal', 'prefix'],
		['rnalErr', 'infix'],
	])('finds codes that contain a %s fragment', (fragment) => {
		expect(codesFor(fragment)).toContain('cos/InternalError');
	});

	test('does not match one letter inside codes, nor words that are not run together', () => {
		expect(codesFor('e')).toEqual([]);
		expect(codeScore('BucketNotEmpty', 'bucketnot empty x')).toBe(0);
	});

	test('honours service, status-class and section filters', () => {
		expect(codesFor('InternalError', { ...all, service: 'smh' })).toEqual(['smh/InternalError', 'smh/InternalError.SendSms']);
		expect(codesFor('InternalError', { ...all, status: '5XX' })).toEqual(['cos/InternalError']);
		expect(codesFor('InternalError', { ...all, section: '公共错误码' })).toEqual(['smh/InternalError', 'smh/InternalError.SendSms']);
	});
});

describe('a range of codes', () => {
	test.each([
		['120001 - 130000', [120001, 130000]],
		['8000-8499', [8000, 8499]],
		['-20 ~ -10', [-20, -10]],
		['8499 - 8000', undefined],
		['120001', undefined],
		['InvalidParameter', undefined],
	])('%s covers %j', (code, range) => {
		expect(codeRange(code)).toEqual(range);
	});

	test.each([
		['125000', true],
		['120001', true],
		['130001', false],
		['12e4', false],
		['InternalError', false],
	])('holds %s: %s', (text, held) => {
		expect(rangeHolds('120001 - 130000', text)).toBe(held);
	});

	test('is found by a number inside it, from any shard, as a whole code is; once where its shard holds it too', () => {
		const withRanges = entriesOfShard(index, meta);
		const found = (query: string) => findCodes(withRanges, query, all).map((s) => `${s.entry.service}/${s.entry.code}:${s.score}`);
		expect(found('125000')).toEqual(['smh/120001 - 130000:90']);
		expect(found('130000')).toEqual(['smh/120001 - 130000:90']);
		expect(found('130001')).toEqual([]);
		expect(found('125000').length).toBe(1);
		const listed = entriesOfShard({ ...index, codes: [...index.codes, ['120001 - 130000', 1, 0, -1, '一段错误码区间']] }, meta);
		expect(listed.filter((e) => e.code === '120001 - 130000')).toHaveLength(1);
	});
});

describe('finding services by name', () => {
	test.each([
		['COS', ['cos']],
		['cos', ['cos']],
		['对象存储', ['cos']],
		['Smart Media Hosting', ['smh']],
		['SMH', ['smh']],
		['存储桶', []],
		['NoSuchBucket', []],
	])('%s names %j', (query, slugs) => {
		expect(findServices(meta.services, query)).toEqual(slugs);
	});
});

describe('the Pagefind queries and how their lines merge', () => {
	test('a phrase query runs for Chinese and for several words, not for one word', () => {
		expect(wantsPhraseQuery('签名过期')).toBe(true);
		expect(wantsPhraseQuery('HEAD Object')).toBe(true);
		expect(wantsPhraseQuery('sessionid')).toBe(false);
	});

	test('the phrase query quotes the text and drops quotes inside it', () => {
		expect(phraseQuery('签名"过期')).toBe('"签名 过期"');
	});

	test('merging keeps the first place of each item and stops at the limit', () => {
		expect(
			mergeRanked(
				[
					['a', 'b'],
					['b', 'c', 'd'],
				],
				(x) => x,
				3,
			),
		).toEqual(['a', 'b', 'c']);
	});

	test('status classes', () => {
		expect([statusClass(404), statusClass(503), statusClass(undefined)]).toEqual(['4XX', '5XX', '']);
	});
});

describe('the sharded code list', () => {
	const codes = buildCatalog(contentServices(), parseContent()).codes.map((c) => c.code);

	test('cuts the list into about one shard per 20 codes, and never more than 2,048', () => {
		expect(shardCount(1)).toBe(2);
		expect(shardCount(565)).toBe(29);
		expect(shardCount(10_000)).toBe(500);
		expect(shardCount(500_000)).toBe(2048);
	});

	// Whole codes, their last segment, signless numbers, infixes and words run together: every
	// code the lookup would score above zero must be in the one shard the query loads.
	const queries = [
		...codes,
		...codes.map((c) => c.split('.').at(-1) ?? c),
		...codes.map((c) => c.replace(/^-/, '')),
		...codes.filter((c) => c.length > 8).map((c) => c.slice(2, 8)),
		'bucket not empty',
		'request has expired',
		'AUTHFAILURE',
	];
	const sizesFor = (shards: number) => cutIntoShards(codes, (code) => [code], shards).map((part) => part.length);

	test.each([29, 500, 2048])("finds every code a query matches in the query's shard, with %i shards", (shards) => {
		const sizes = sizesFor(shards);
		const missed = queries.flatMap((query) =>
			codes
				.filter((code) => codeScore(code, query) > 0 && !shardsOfCode(code, shards).has(shardOfQuery(query, sizes)))
				.map((code) => `${query} -> ${code}`),
		);
		expect(missed).toEqual([]);
	});

	test('looks a query up in the smallest shard any of its runs allows', () => {
		const sizes = sizesFor(200);
		const query = 'InternalError.SendSms';
		const chosen = shardOfQuery(query, sizes);
		const options = [...shardsOfCode(query, 200)];
		expect(options).toContain(chosen);
		expect(sizes[chosen]).toBe(Math.min(...options.map((s) => sizes[s]!)));
	});

	test('looks a query without three letters or digits up in one shard: its whole text’s when it has Chinese, else shard 0, which holds only codes as short', () => {
		const sizes = sizesFor(29);
		expect(['-9', 'E1'].map((q) => shardOfQuery(q, sizes))).toEqual([0, 0]);
		expect(shardOfQuery('签名过期', sizes)).toBe(shardOfQuery(' 签名过期 ', sizes));
		expect(shardOfQuery('签名过期', sizes)).not.toBe(0);
		expect(codes.filter((c) => shardsOfCode(c, 29).has(0)).every((c) => c.replace(/[^a-z0-9]/gi, '').length < 3)).toBe(true);
	});

	test('puts a code only in a small part of the shards once there are many', () => {
		const share = codes.reduce((n, c) => n + shardsOfCode(c, 1024).size, 0) / codes.length / 1024;
		expect(share).toBeLessThan(0.03);
	});
});

describe('a query that names a service and a code', () => {
	const services: [string, string, string][] = [
		['cvm', '云服务器', 'CVM'],
		['cos', '对象存储', 'Cloud Object Storage (COS)'],
	];
	test.each([
		['cvm InvalidInstanceId.NotFound', { service: 'cvm', rest: 'InvalidInstanceId.NotFound' }],
		['InvalidInstanceId.NotFound CVM', { service: 'cvm', rest: 'InvalidInstanceId.NotFound' }],
		['云服务器 InternalError', { service: 'cvm', rest: 'InternalError' }],
		['COS NoSuchBucket', { service: 'cos', rest: 'NoSuchBucket' }],
		['cvm', undefined],
		['cvm 实例不存在', undefined],
		['Request has expired', undefined],
		['bucket empty', undefined],
	])('%s', (query, answer) => {
		expect(serviceQualifier(services, query)).toEqual(answer);
	});
});

test('a service named exactly comes before services whose names contain the query', () => {
	const services: [string, string, string][] = [
		['alb', '应用型负载均衡', 'ALB'],
		['clb', '负载均衡', 'CLB'],
	];
	expect(findServices(services, '负载均衡')).toEqual(['clb', 'alb']);
});

test('a Chinese phrase that finds nothing is retried by its shorter starts, down to four characters', () => {
	expect(shorterPhrases('邮箱格式不正确')).toEqual(['邮箱格式不正', '邮箱格式不', '邮箱格式']);
	expect(shorterPhrases('实例不存在')).toEqual(['实例不存']);
	expect(shorterPhrases('签名过期')).toEqual([]);
	expect(shorterPhrases('InvalidParameter')).toEqual([]);
});

describe('actions in the code list', () => {
	test("an action's name finds its page first, in any case, and with its service named", () => {
		for (const query of ['CreateLibrary', 'createlibrary', 'smh CreateLibrary', 'CreateLibrary 智能媒资托管']) {
			expect(codeHits(entries, meta.services, query, all, 20)[0]).toEqual({
				url: '/smh/actions/CreateLibrary/',
				title: 'CreateLibrary',
				service: '智能媒资托管',
				summary: 'API 接口：创建媒体库',
			});
		}
	});

	test('a filter by status or section leaves actions out, a filter by service keeps them', () => {
		expect(codesFor('CreateLibrary', { ...all, status: '4XX' })).toEqual([]);
		expect(codesFor('CreateLibrary', { ...all, service: 'smh' })).toEqual(['smh/CreateLibrary']);
	});

	test('every action of a catalogue is in the shards of its name, as its codes are, and in the one its Chinese name is looked up in', () => {
		const { codes, actions } = withActions;
		const shards = cutIntoShards<Listed>([...codes, ...actions], listedNames, 40);
		const sizes = shards.map((s) => s.length);
		for (const a of actions) {
			expect([...shardsOfCode(a.action, 40)].every((n) => shards[n]?.includes(a))).toBe(true);
			const name = a.versions[0]?.name;
			if (name !== undefined) expect(shards[shardOfQuery(name, sizes)]).toContain(a);
		}
	});

	test('its Chinese name, typed whole, finds an action first', () => {
		expect(codeHits(entries, meta.services, '创建媒体库', all, 20)[0]?.url).toBe('/smh/actions/CreateLibrary/');
		expect(codeHits(entries, meta.services, '创建媒体', all, 20)).toEqual([]);
	});
});

describe('the results the code list gives', () => {
	const services: [string, string, string][] = [
		['cvm', '云服务器', 'CVM'],
		['vpc', '私有网络', 'VPC'],
	];
	const entry = (service: string, code: string, summary = 'x'): CodeEntry => ({
		service,
		code,
		serviceName: service.toUpperCase(),
		summary,
	});
	const entries = [
		entry('cvm', 'InvalidInstanceId.NotFound'),
		entry('vpc', 'InvalidInstanceId.NotFound'),
		entry('vpc', 'InvalidVpcId.NotFound'),
	];
	const all = { service: '', status: '', section: '' };

	test('a whole code first, from every service; among codes that end with the query, the shorter first', () => {
		expect(codeHits(entries, services, 'NotFound', all, 20).map((h) => h.url)).toEqual([
			'/vpc/InvalidVpcId.NotFound/',
			'/cvm/InvalidInstanceId.NotFound/',
			'/vpc/InvalidInstanceId.NotFound/',
		]);
		expect(codeHits(entries, services, 'invalidinstanceid.notfound', all, 20).map((h) => h.url)).toEqual([
			'/cvm/InvalidInstanceId.NotFound/',
			'/vpc/InvalidInstanceId.NotFound/',
		]);
	});

	test('a service named beside a code narrows the code to it', () => {
		expect(codeHits(entries, services, 'vpc InvalidInstanceId.NotFound', all, 20).map((h) => h.url)).toEqual([
			'/vpc/InvalidInstanceId.NotFound/',
		]);
	});

	test('an SDK constant finds its code first, from every service that defines it, and with its service as the SDKs write it', () => {
		const withOthers = [...entries, entry('cvm', 'InvalidInstanceId.NotFoundInRegion'), entry('cvm', 'InvalidInstanceId')];
		expect(codeHits(withOthers, services, 'INVALIDINSTANCEID_NOTFOUND', all, 20).map((h) => h.url)).toEqual([
			'/cvm/InvalidInstanceId.NotFound/',
			'/vpc/InvalidInstanceId.NotFound/',
		]);
		for (const query of ['cvm.INVALIDINSTANCEID_NOTFOUND', 'CvmErrorCode.INVALIDINSTANCEID_NOTFOUND'])
			expect(codeHits(withOthers, services, query, all, 20).map((h) => h.url)).toEqual(['/cvm/InvalidInstanceId.NotFound/']);
	});

	test('a service named alone comes before codes that merely contain its name', () => {
		expect(codeHits([entry('cvm', 'CvmError')], services, 'CVM', all, 20).map((h) => [h.url, h.title])).toEqual([
			['/cvm/', '云服务器错误码'],
			['/cvm/CvmError/', 'CvmError'],
		]);
	});

	describe('what Pagefind found, as result lines', () => {
		/** A code as `codesInRecord` gives it for `query`, its text shown whole. */
		const section = (anchor: string, text: string, score: number, query: string): FoundCode => ({
			anchor,
			code: anchor.split('/')[1]!,
			place: whereQueryIs(text, query),
			summary: text,
			score,
		});
		const record = (...codes: FoundCode[]): FoundPage => ({ url: '/search/records/0/', title: '', excerpt: '', codes });
		const byUrl = new Map([['/cvm/InvalidInstanceId.NotFound/', entries[0]!]]);

		test('codes whose text holds the whole query where a word starts come first, then inside a word, then by score', () => {
			const found = [
				record(section('vpc/Partial/', '签名 已经 过期', 9, '签名过期'), section('vpc/Inside/', '-59 s3签名过期', 8, '签名过期')),
				record(section('vpc/Start/', '-96 签名过期', 2, '签名过期'), section('vpc/Better/', 'AuthFailure 签名过期。请检查', 3, '签名过期')),
			];
			expect(linesOfFound(found, services, byUrl).map((h) => h.url)).toEqual([
				'/vpc/Better/',
				'/vpc/Start/',
				'/vpc/Inside/',
				'/vpc/Partial/',
			]);
		});

		describe('the codes of a record', () => {
			// As Pagefind gives it: U+200B between the words it cut, a space where the text had one
			// (". " after each block), places counted in words.
			const words = ['A', '. ', '签名', '过期', '。 ', '404 ', '· ', '服务', '. ', 'B', '. ', 's3', '签名', '过期', '. '];
			const more = ['C', '. ', '其他', '原因', '，', '同 ', 'D ', '或 ', 'D', '. ', '-', '96', '. ', '签名 ', '已 ', '过期', '. '];
			const data: Pick<ResultData, 'raw_content' | 'anchors' | 'sub_results'> = {
				raw_content: [...words, ...more].join('\u200b'),
				anchors: [
					{ id: 'x/A/', text: 'A', location: 0 },
					{ id: 'x/B/', text: 'B', location: 9 },
					{ id: 'x/C/', text: 'C', location: 15 },
					{ id: 'x/-96/', text: '-96', location: 25 },
				],
				sub_results: [
					{ anchor: { id: 'x/A/' }, weighted_locations: [{ balanced_score: 2 }, { balanced_score: 1 }] },
					{ anchor: { id: 'x/-96/' }, weighted_locations: [{ balanced_score: 1 }] },
				],
			};

			test('are those Pagefind marked and those whose text holds the whole query, each with its own text', () => {
				expect(codesInRecord(data, '签名过期')).toEqual([
					{ anchor: 'x/A/', code: 'A', place: QueryPlace.atWordStart, summary: '签名过期。 404 · 服务.', score: 3 },
					{ anchor: 'x/B/', code: 'B', place: QueryPlace.insideWord, summary: 's3签名过期.', score: 0 },
					{ anchor: 'x/-96/', code: '-96', place: QueryPlace.absent, summary: '签名 已 过期.', score: 1 },
				]);
			});

			test('a code with < or > in it, which Pagefind writes as &lt; and &gt;, keeps its text', () => {
				const tagged = {
					raw_content: ['Xss&lt;b&gt;', '. ', '脚本', '. '].join('\u200b'),
					anchors: [{ id: 'x/Xss-b-/', text: 'Xss<b>', location: 0 }],
					sub_results: [],
				};
				expect(codesInRecord(tagged, '脚本')).toEqual([
					{ anchor: 'x/Xss-b-/', code: 'Xss<b>', place: QueryPlace.atWordStart, summary: '脚本.', score: 0 },
				]);
			});

			test('a long text shows its start', () => {
				const long = { ...data, raw_content: `A\u200b. ${'签名过期'.repeat(20)}`, anchors: [data.anchors[0]!], sub_results: [] };
				expect(codesInRecord(long, '签名过期')[0]!.summary).toBe(`${'签名过期'.repeat(15)}…`);
			});
		});

		test.each([
			['签名过期。请检查', '签名过期', 2],
			['-96 签名过期', '签名过期', 2],
			['s3签名过期', '签名过期', 1],
			['s3签名过期 签名过期', '签名过期', 2],
			['InvalidInstanceId.NotFound', 'notfound', 2],
			['NoSuchBucket', 'bucket', 1],
			['签名 过期', '签名过期', 0],
		])('%s holds %s: %i', (text, query, expected) => {
			expect(whereQueryIs(text, query)).toBe(expected);
		});

		test('a code shows its shard entry when the shard has it, else its code, service and the start of its text', () => {
			const found = [record(section('cvm/InvalidInstanceId.NotFound/', '实例不存在', 2, '实例'), section('vpc/X/', '找不到 X', 1, '实例'))];
			expect(linesOfFound(found, services, byUrl)).toEqual([
				hitOfCode(entries[0]!),
				{ url: '/vpc/X/', title: 'X', service: '私有网络', summary: '找不到 X' },
			]);
		});

		test('other pages follow the codes, with their title and excerpt', () => {
			const found = [{ url: '/about/', title: '关于本站', excerpt: '数据来源' }, record(section('vpc/X/', 'x', 1, 'x'))];
			expect(linesOfFound(found, services, byUrl)).toEqual([
				{ url: '/vpc/X/', title: 'X', service: '私有网络', summary: 'x' },
				{ url: '/about/', title: '关于本站', summary: '数据来源' },
			]);
		});
	});
});

test('the files the build writes under /search/ have the shapes the browser reads', () => {
	const services = contentServices();
	const { codes, actions } = withActions;
	const shards = cutIntoShards<Listed>([...codes, ...actions], listedNames);
	const written = searchMeta(services, codes, shards, actions.length);
	expect(searchMetaSchema.parse(written)).toEqual(written);
	const write = codeShardWriter(written);
	for (const shard of shards) expect(codeShardSchema.parse(write(shard))).toEqual(write(shard));
	for (const part of lookupParts(codes, actions)) expect(lookupPartSchema.parse(part)).toEqual(part);
	expect(readCodeShard(write(shards.flat()), written)).toHaveLength(shards.flat().length);
});
