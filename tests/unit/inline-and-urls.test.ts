import { describe, expect, test } from 'vitest';
import { descriptionText, NO_DESCRIPTION, parseInline, plainText, previewText } from '../../src/lib/inline.ts';
import { codeSlug } from '../../src/lib/codes.ts';
import { codeUrl, familyUrl, serviceUrl } from '../../src/lib/urls.ts';

describe('inline Markdown in a cell', () => {
	test.each([
		['plain text', '签名过期。', [{ kind: 'text', text: '签名过期。' }]],
		[
			'a link',
			'请 [提交工单](https://console.cloud.tencent.com/workorder/category) 处理',
			[
				{ kind: 'text', text: '请 ' },
				{ kind: 'link', text: '提交工单', href: 'https://console.cloud.tencent.com/workorder/category' },
				{ kind: 'text', text: ' 处理' },
			],
		],
		[
			'a label with trailing space',
			'[存储桶标签概述 ](https://x.test/a)',
			[{ kind: 'link', text: '存储桶标签概述', href: 'https://x.test/a' }],
		],
		[
			'inline code',
			'头部的 `Authorization` 不符合',
			[
				{ kind: 'text', text: '头部的 ' },
				{ kind: 'code', text: 'Authorization' },
				{ kind: 'text', text: ' 不符合' },
			],
		],
		['a javascript: link, kept as text', '[x](javascript:alert(1))', [{ kind: 'text', text: '[x](javascript:alert(1))' }]],
		['a relative link, kept as text', '[x](/local)', [{ kind: 'text', text: '[x](/local)' }]],
		['HTML, kept as text', '<img src=x onerror=alert(1)>', [{ kind: 'text', text: '<img src=x onerror=alert(1)>' }]],
		[
			'an HTML link to an https page, as the SMS descriptions write it',
			'参考 <a href="https://cloud.tencent.com/document/product/382/39023#variable">正文模板审核标准</a>下',
			[
				{ kind: 'text', text: '参考 ' },
				{ kind: 'link', text: '正文模板审核标准', href: 'https://cloud.tencent.com/document/product/382/39023#variable' },
				{ kind: 'text', text: '下' },
			],
		],
		['an HTML link in single quotes', "<a href='https://a.test/x'>x</a>", [{ kind: 'link', text: 'x', href: 'https://a.test/x' }]],
		[
			'an HTML javascript: link, kept as text',
			'<a href="javascript:alert(1)">x</a>',
			[{ kind: 'text', text: '<a href="javascript:alert(1)">x</a>' }],
		],
		[
			'an HTML link with other attributes, kept as text',
			'<a href="https://a.test/" onclick="x()">x</a>',
			[{ kind: 'text', text: '<a href="https://a.test/" onclick="x()">x</a>' }],
		],
		[
			'an HTML link with markup in its label, kept as text',
			'<a href="https://a.test/"><b>x</b></a>',
			[{ kind: 'text', text: '<a href="https://a.test/"><b>x</b></a>' }],
		],
		[
			'an HTML link with an empty label, kept as text',
			'<a href="https://a.test/"> </a>',
			[{ kind: 'text', text: '<a href="https://a.test/"> </a>' }],
		],
	])('%s', (_name, source, tokens) => {
		expect(parseInline(source)).toEqual(tokens);
	});

	test('an empty description reads as the note that the vendor gives none', () => {
		expect(descriptionText(' ')).toBe(NO_DESCRIPTION);
		expect(descriptionText('`x`')).toBe('x');
	});

	test('reads as plain text without Markdown marks', () => {
		expect(plainText('请 [提交工单](https://a.test/) 处理 `x`')).toBe('请 提交工单 处理 x');
	});
});

describe('URLs', () => {
	test.each([
		['NoSuchBucket', 'NoSuchBucket'],
		['AuthFailure.SignatureFailure', 'AuthFailure.SignatureFailure'],
		['-46618', '-46618'],
		['Request has expired', 'Request-has-expired'],
		['a  /b', 'a-b'],
		['InvalidParameterValue.attributeKey', 'InvalidParameterValue.attributeKey'],
		['其他错误码', '其他错误码'],
		['<b>其他</b>', '-b-其他-b-'],
	])('%s has the path segment %s', (code, slug) => {
		expect(codeSlug(code)).toBe(slug);
	});

	test('builds service, family and code paths', () => {
		expect(serviceUrl('cos')).toBe('/cos/');
		expect(familyUrl('cos', 'xml-api')).toBe('/cos/#family-xml-api');
		expect(codeUrl({ service: 'cos', code: 'Request has expired' })).toBe('/cos/Request-has-expired/');
		expect(codeUrl({ service: 'es', code: 'A.UnAuthorized', slug: 'A.UnAuthorized~2' })).toBe('/es/A.UnAuthorized~2/');
	});
});

test('a link preview writes angle brackets full-width, so no HTML reader takes vendor text for a tag', () => {
	expect(previewText('本接口 <script>alert(1)</script> 与 <img src=x>')).toBe('本接口 ＜script＞alert(1)＜/script＞ 与 ＜img src=x＞');
});
