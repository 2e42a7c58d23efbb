import { describe, expect, test } from 'vitest';
import { CONTENT_MARK, FRAME_MARKS, fillFrame, frameFor, parseFrame, type FrameValues } from '../../src/frame/frame.ts';

const M = FRAME_MARKS;

/** A page as Astro renders one through a slot: head content first, then the document with marks. */
const rendered =
	'<link rel="stylesheet" href="/a.css">' +
	`<html lang="zh-CN"><head><title>${M.pageTitle}</title><link rel="canonical" href="${M.canonical}"/>` +
	`<meta property="og:url" content="${M.canonical}"/><meta property="og:title" content="${M.previewTitle}"/>` +
	`<meta name="description" content="${M.description}"/></head>` +
	`<body><h1 id="_top">${M.title}</h1><main>${CONTENT_MARK}</main></body></html>`;

const values: FrameValues = {
	title: 'Xss<b>"Tag"</b>',
	pageTitle: 'Xss<b> · 恶意 & 服务',
	previewTitle: 'A "quoted" & <tagged> title',
	description: "it's <script>alert(1)</script>",
	canonical: 'https://errcodes.example.com/evil/Xss-b-Tag-b-/?a=1&b=2',
};

describe('a frame filled for a page', () => {
	const page = fillFrame(parseFrame(rendered), values, '<p>content</p>');

	test.each([
		['element text escapes & < > \' "', '<h1 id="_top">Xss&lt;b&gt;&quot;Tag&quot;&lt;/b&gt;</h1>'],
		['the <title> is element text', '<title>Xss&lt;b&gt; · 恶意 &amp; 服务</title>'],
		['an attribute value escapes & and " only', '<meta property="og:title" content="A &quot;quoted&quot; &amp; <tagged> title"/>'],
		[
			'every place a value stands gets it',
			'<meta property="og:url" content="https://errcodes.example.com/evil/Xss-b-Tag-b-/?a=1&amp;b=2"/>',
		],
		['the content goes where the content mark was, as given', '<main><p>content</p></main>'],
		[
			"Astro's head content moves to the end of <head>",
			'<meta name="description" content="it\'s <script>alert(1)</script>"/><link rel="stylesheet" href="/a.css"></head>',
		],
	])('%s', (_, expected) => {
		expect(page).toContain(expected);
	});

	test('starts with the document and keeps no mark', () => {
		expect(page.startsWith('<html lang="zh-CN">')).toBe(true);
		expect(page).not.toMatch(/errcodesframemark/);
	});
});

describe('a rendered page that cannot be a frame', () => {
	test.each([
		['has no content mark', rendered.replace(CONTENT_MARK, ''), /no mark for content/],
		['has the content mark twice', rendered.replace(CONTENT_MARK, CONTENT_MARK + CONTENT_MARK), /content mark appears twice/],
		['lacks a value mark', rendered.replace(`<h1 id="_top">${M.title}</h1>`, ''), /no mark for title/],
		['is not a document', '<p>fragment</p>', /no <html> or no <\/head>/],
	])('%s fails', (_, html, error) => {
		expect(() => parseFrame(html)).toThrow(error);
	});
});

test('a frame is rendered once for all the pages that share its key', async () => {
	let renders = 0;
	const render = async () => {
		renders += 1;
		return rendered;
	};
	const frames = await Promise.all([frameFor('unit-test', render), frameFor('unit-test', render), frameFor('unit-test', render)]);
	expect(renders).toBe(1);
	expect(frames[1]).toBe(frames[0]);
});
