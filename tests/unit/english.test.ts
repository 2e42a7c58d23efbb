import { describe, expect, test } from 'vitest';
import { apiDocument } from '../../src/lib/api.ts';
import { buildCatalog } from '../../src/lib/build-catalog.ts';
import { codePageModel, englishOf } from '../../src/lib/code-page.ts';
import { sourcesOf } from '../../src/lib/meanings.ts';
import { ParseError, parseDocument } from '../../src/lib/parse-document.ts';
import { recordText } from '../../src/lib/search/records.ts';
import { contentServices, doc, fixtureEnglish, parseContent, seedsWithEnglish } from './content.ts';

const services = contentServices();
const catalog = seedsWithEnglish();
const code = (name: string) => catalog.codes.find((c) => c.service === 'cloudaudit' && c.code === name)!;
const english = (name: string) =>
	code(name)
		.meanings.flatMap(sourcesOf)
		.map((s) => s.english);
const englishDoc = (body: string, family = 'api3') => doc(body, `service: cloudaudit\nfamily: ${family}\ntitle: T\nlang: en`);
const withEnglish = (...texts: string[]) =>
	buildCatalog(
		services,
		parseContent(),
		[],
		texts.map((text, i) => parseDocument(`en/${i}.md`, text)),
	);

describe('an English twin', () => {
	test('reads the English headers: Error code or Error Code, Description, HTTP Status Code, Solution', () => {
		const parsed = parseDocument(
			'en/x.md',
			englishDoc('| Error Code | HTTP Status Code | Description | Solution |\n|---|---|---|---|\n| A | 400 | a | b |\n'),
		);
		expect(parsed.meta.lang).toBe('en');
		expect(parsed.rows).toEqual([{ code: 'A', statusLabel: '400', status: 400, description: 'a', handling: 'b', line: 9 }]);
	});

	test('gives each Chinese row of its code and family its English text and place', () => {
		expect(english('InternalError.CmqError')).toEqual([
			{
				description: 'Creating the CMQ queue failed: the queue may already exist, or the account may lack permission or be in arrears.',
				section: 'Service Error Codes',
				file: 'en/cloudaudit.md',
				line: 26,
			},
		]);
		expect(english('500002')).toEqual([
			{ description: 'Log service error', handling: 'Submit a ticket', file: 'en/cloudaudit-legacy.md', line: 9 },
		]);
	});

	test('keeps an empty English description, and the Markdown, backticks and quotes of the others', () => {
		expect(english('ResourceInUse.CosBucketExists')[0]?.description).toBe('');
		expect(english('InvalidParameterValue.MaxResult')[0]?.description).toBe('One search returns at most `50` items.');
		expect(english('ResourceNotFound.AuditNotExist')[0]?.description).toBe('The trail “audit” does not exist.');
	});

	test('leaves the rows it does not name without English', () => {
		expect(english('InternalError.CreateAuditError')).toEqual([undefined]);
	});

	test('gives a code no Chinese document has a page of its own, in English', () => {
		expect(code('ResourceNotFound.RoleNotExist')).toMatchObject({
			slug: 'ResourceNotFound.RoleNotExist',
			meanings: [
				{
					family: 'api3',
					section: 'Service Error Codes',
					description: 'The service role does not exist. Authorize CloudAudit in the CAM console first.',
					file: 'en/cloudaudit.md',
					line: 31,
					englishOnly: true,
				},
			],
		});
		// After the service's other codes, as a code only an action lists.
		const cloudaudit = catalog.codes.filter((c) => c.service === 'cloudaudit');
		expect(cloudaudit.at(-1)?.code).toBe('ResourceNotFound.RoleNotExist');
	});

	test('gives a code the Chinese documents have only in another family a meaning of its own in that family', () => {
		expect(code('InternalError').meanings.map((m) => [m.family, m.description, m.englishOnly])).toEqual([
			['api3', '内部错误。', undefined],
			['legacy', 'Internal error.', true],
		]);
		expect(code('InternalError').meanings[0]?.english?.description).toBe('Internal error.');
	});

	test('is a document of its own kind, whose rows are those no Chinese document gives', () => {
		expect(catalog.documents.filter((d) => d.kind === 'english').map((d) => [d.id, d.rowCount, d.sections])).toEqual([
			['en/cloudaudit.md', 1, [{ name: 'Service Error Codes', rowCount: 1 }]],
			['en/cloudaudit-legacy.md', 1, [{ rowCount: 1 }]],
		]);
	});

	test('pairs the n-th English row of a code with the n-th Chinese row of it in the family', () => {
		const chinese = parseDocument(
			'a.md',
			doc('| 错误码 | 说明 |\n|---|---|\n| A | 甲 |\n| A | 乙 |\n', 'service: cloudaudit\nfamily: api3\ntitle: T'),
		);
		const twin = parseDocument(
			'en/a.md',
			englishDoc('| Error code | Description |\n|---|---|\n| A | first |\n| A | second |\n| A | third |\n'),
		);
		const [a] = buildCatalog(services, [chinese], [], [twin]).codes;
		expect(a?.meanings.map((m) => [m.description, m.english?.description, m.englishOnly])).toEqual([
			['甲', 'first', undefined],
			['乙', 'second', undefined],
			['third', undefined, true],
		]);
	});

	test.each([
		[
			'without "lang: en"',
			doc('| Error code | Description |\n|---|---|\n| A | a |\n', 'service: cloudaudit\nfamily: api3\ntitle: T'),
			'en/0.md:1: an English twin needs "lang: en" in its front matter',
		],
		[
			'with a code twice, alike',
			englishDoc('| Error code | Description |\n|---|---|\n| InternalError | Internal error. |\n| InternalError | Internal error. |\n'),
			'en/0.md:10: code "InternalError" is listed twice with the same meaning (first at en/0.md:9)',
		],
		[
			'of an unknown family',
			englishDoc('| Error code | Description |\n|---|---|\n| A | a |\n', 'v9'),
			'en/0.md:1: unknown family "v9" for service "cloudaudit"',
		],
	])('fails %s, naming file and line', (_, text, message) => {
		expect(() => withEnglish(text)).toThrow(ParseError);
		expect(() => withEnglish(text)).toThrow(message);
	});

	test('fails on a "lang" that is not "en"', () => {
		expect(() =>
			parseDocument('x.md', englishDoc('| Error code | Description |\n|---|---|\n| A | a |\n').replace('lang: en', 'lang: fr')),
		).toThrow('x.md:1: front matter "lang" must be "en", or absent for a Chinese document');
	});

	test('is optional: the seeds alone build as before', () => {
		expect(
			buildCatalog(services, parseContent()).codes.every((c) => c.meanings.flatMap(sourcesOf).every((s) => s.english === undefined)),
		).toBe(true);
		expect(fixtureEnglish()).toHaveLength(2);
	});
});

describe('the English on pages, snippets, JSON and search', () => {
	const page = (name: string) =>
		codePageModel(
			code(name),
			services.find((s) => s.slug === 'cloudaudit')!,
			'https://e.example',
			{},
		);

	test('a meaning card lists each English text with its rows', () => {
		expect(page('InternalError').cards.map((c) => c.english)).toEqual([
			[{ description: 'Internal error.', rows: [{ file: 'en/cloudaudit.md', line: 18 }] }],
			[],
		]);
		expect(englishOf([{ family: 'a', file: 'x', line: 1 }])).toEqual([]);
	});

	test('the ticket snippets carry the English beside the Chinese', () => {
		const { ticketText, ticketMarkdown } = page('ResourceNotFound.AuditNotExist');
		expect(ticketText).toContain('含义（API 3.0）：跟踪集不存在\n英文：The trail “audit” does not exist.');
		expect(ticketMarkdown).toContain('：跟踪集不存在（英文：The trail “audit” does not exist.）');
	});

	test('an empty English text reads as the note that the vendor gives none', () => {
		expect(page('ResourceInUse.CosBucketExists').ticketText).toContain('英文：厂商文档未给出说明。');
	});

	test('the JSON gives each row its English text and its place, and marks the English-only rows', () => {
		const rows = apiDocument(
			catalog.codes.filter((c) => c.service === 'cloudaudit'),
			'https://e.example',
		).codes;
		expect(rows.find((r) => r.code === '500002')).toMatchObject({
			descriptionEn: 'Log service error',
			english: { file: 'en/cloudaudit-legacy.md', line: 9, section: null, handling: 'Submit a ticket' },
			englishOnly: false,
		});
		expect(rows.find((r) => r.code === 'ResourceNotFound.RoleNotExist')).toMatchObject({
			description: 'The service role does not exist. Authorize CloudAudit in the CAM console first.',
			descriptionEn: 'The service role does not exist. Authorize CloudAudit in the CAM console first.',
			english: { file: 'en/cloudaudit.md', line: 31, section: 'Service Error Codes' },
			englishOnly: true,
		});
		expect(rows.find((r) => r.code === 'InternalError.CreateAuditError')).toMatchObject({ descriptionEn: null, english: null });
	});

	test('a code is found by its English words: its record holds them once', () => {
		expect(recordText(code('InternalError'))).toEqual(['内部错误。', 'Internal error.', 'Retry later']);
		expect(recordText(code('LimitExceeded.OverAmount'))).toEqual([
			'超过跟踪集的最大值',
			'The number of trails has reached its limit. See quotas.',
		]);
	});
});
