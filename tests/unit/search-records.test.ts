import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/lib/build-catalog.ts';
import { parseDocument } from '../../src/lib/parse-document.ts';
import { statusClass } from '../../src/lib/search/code-list.ts';
import { CODES_PER_RECORD, RECORD_PATH, recordAnchor, recordText, searchRecords } from '../../src/lib/search/records.ts';
import { contentServices, doc, parseContent, seedsWithActions } from './content.ts';

const services = contentServices();
const seeds = buildCatalog(services, parseContent()).codes;
const records = searchRecords(seeds, services);

/** The anchors of a record's sections, in order. */
const anchors = (content: string) => [...content.matchAll(/<h2 id="([^"]+)">/g)].map(([, id]) => id!);
const filters = (content: string) => [...content.matchAll(/data-pagefind-filter="(\w+:[^"]*)"/g)].map(([, filter]) => filter!);

describe('the seed codes as Pagefind records', () => {
	test('hold every code exactly once, as a section anchored at its page', () => {
		const all = records.flatMap((r) => anchors(r.content));
		expect(all).toHaveLength(seeds.length);
		expect(new Set(all)).toEqual(new Set(seeds.map(recordAnchor)));
	});

	test(`hold at most ${CODES_PER_RECORD} codes each, under a path that is no page of the site`, () => {
		for (const record of records) {
			expect(anchors(record.content).length).toBeLessThanOrEqual(CODES_PER_RECORD);
			expect(record.url.startsWith(RECORD_PATH)).toBe(true);
		}
		expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
	});

	test('give each code the filters its page had: every code of a record shares them', () => {
		const byAnchor = new Map(seeds.map((c) => [recordAnchor(c), c]));
		for (const record of records) {
			const expected = filters(record.content).sort();
			for (const anchor of anchors(record.content)) {
				const code = byAnchor.get(anchor)!;
				const own = [
					`service:${code.service}`,
					...new Set(code.meanings.flatMap((m) => (m.section ? [`section:${m.section}`] : []))),
					...new Set(code.meanings.flatMap((m) => (m.status === undefined ? [] : [`status:${statusClass(m.status)}`]))),
				];
				expect(own.sort()).toEqual(expected);
			}
		}
	});
});

test('a record says a Chinese page, marks itself as codes, and writes vendor text as text', () => {
	const services = contentServices();
	const [code] = buildCatalog(services, [
		parseDocument(
			'x.md',
			doc(
				'| 错误码 | 说明 | 处理措施 |\n|---|---|---|\n| Xss"<b> | <script>alert(1)</script> & [链接](https://cloud.tencent.com/) | 重试 |\n',
			),
		),
	]).codes;
	const [record] = searchRecords([code!], services);
	expect(record!.content).toContain('<html lang="zh-CN">');
	expect(record!.content).toContain('<main data-pagefind-body data-pagefind-meta="kind:codes">');
	expect(record!.content).toContain('<h2 id="cos/Xss-b-/">Xss&quot;&lt;b&gt;</h2>');
	expect(record!.content).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; 链接</p><p>重试</p>');
	expect(record!.content).not.toContain('<script>');
});

test("an action is a section of its service's records, anchored at its page, with its Chinese name and description", () => {
	const { codes, actions } = seedsWithActions();
	const all = searchRecords(codes, services, actions);
	const sections = all.flatMap((r) => anchors(r.content));
	expect(sections).toHaveLength(codes.length + actions.length);
	const withAction = all.find((r) => r.content.includes('id="cloudaudit/actions/CreateAudit/"'))!;
	expect(filters(withAction.content)).toEqual(['service:cloudaudit']);
	expect(withAction.content).toContain(
		'<h2 id="cloudaudit/actions/CreateAudit/">CreateAudit</h2><p>API 接口：创建跟踪集</p><p>本接口 (CreateAudit) 用于创建跟踪集。</p>',
	);
});

test("a code's record holds its code cell where that is more than the code, and its other columns' cells, so that a name finds it", () => {
	const parsed = parseDocument(
		'n.md',
		doc(
			'| 错误码 | 说明 | 错误码名称 |\n|---|---|---|\n| FACEVERIFY_LOGIN_ERROR = "-10000"; | 登录失败 | [AV_ERR](https://cloud.tencent.com/) |\n',
		),
	);
	const [code] = buildCatalog(services, [parsed]).codes;
	expect(code && recordText(code)).toEqual(['登录失败', 'FACEVERIFY_LOGIN_ERROR = "-10000";', 'AV_ERR']);
});
