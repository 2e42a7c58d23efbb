import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/lib/build-catalog.ts';
import { codePageModel } from '../../src/lib/code-page.ts';
import { parseDocument } from '../../src/lib/parse-document.ts';
import { contentServices, doc, parseContent } from './content.ts';

const services = contentServices();
const catalog = buildCatalog(services, parseContent());
const SITE = 'https://errcodes.example.com';
const model = (id: string, sources: Record<string, string> = {}) => {
	const entry = catalog.codes.find((c) => c.id === id)!;
	return codePageModel(
		entry,
		services.find((s) => s.slug === entry.service)!,
		SITE,
		sources,
	);
};

describe('the page model of a code', () => {
	test('a code with one meaning: head, families, one card without a heading, and its response', () => {
		const page = model('cos/NoSuchBucket', { 'cos-xml-api.md': 'https://cloud.tencent.com/document/product/436/7730' });
		expect(page).toMatchObject({
			title: 'NoSuchBucket',
			pageTitle: 'NoSuchBucket · 对象存储错误码（404 Not Found） | 腾讯云错误码',
			previewDescription: '对象存储 XML API 错误码 NoSuchBucket：指定的存储桶不存在',
			canonical: `${SITE}/cos/NoSuchBucket/`,
			families: [{ name: 'XML API', url: '/cos/#family-xml-api' }],
			meaningCount: 1,
			response: { format: 'cos-xml', message: '指定的存储桶不存在' },
			prefixHeading: '同一前缀的错误码（NoSuchBucket）',
		});
		expect(page.cards).toHaveLength(1);
		expect(page.cards[0]).toMatchObject({ heading: undefined, id: undefined });
		expect(page.cards[0]?.sources[0]).toMatchObject({
			familyName: 'XML API',
			file: 'cos-xml-api.md',
			vendorPage: 'https://cloud.tencent.com/document/product/436/7730',
		});
	});

	test('a code with two meanings: a card each, with headings and anchors', () => {
		const page = model('cos/InvalidObjectState');
		expect(page.cards.map((c) => [c.heading, c.id])).toEqual([
			['含义 1（403 Forbidden）', 'meaning-1'],
			['含义 2（409 Conflict）', 'meaning-2'],
		]);
		expect(page.pageTitle).toBe('InvalidObjectState · 对象存储错误码（403 Forbidden / 409 Conflict） | 腾讯云错误码');
	});

	test('a meaning two API versions give alike: one card listing both, and both families', () => {
		const table = (rows: string) => `| 错误码 | 说明 |\n|---|---|\n${rows}`;
		const both = buildCatalog(services, [
			parseDocument('new.md', doc(table('| A | 内部错误。 |\n'), 'service: cloudaudit\nfamily: api3\ntitle: T')),
			parseDocument('old.md', doc(table('| A | 内部错误。 |\n'), 'service: cloudaudit\nfamily: legacy\ntitle: T')),
		]);
		const page = codePageModel(both.codes[0]!, services[1]!, SITE, {});
		expect(page.families.map((f) => f.name)).toEqual(['API 3.0', '旧版 API']);
		expect(page.cards.map((c) => c.sources.map((p) => `${p.familyName} ${p.file}:${p.line}`))).toEqual([
			['API 3.0 new.md:8', '旧版 API old.md:8'],
		]);
	});

	test('an empty description reads as the note in previews', () => {
		const empty = buildCatalog(services, [parseDocument('e.md', doc('| 错误码 | 说明 |\n|---|---|\n| E |  |\n'))]);
		const page = codePageModel(empty.codes[0]!, services[0]!, SITE, {});
		expect(page.previewDescription).toBe('对象存储 XML API 错误码 E：厂商文档未给出说明。');
	});
});
