import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

// This site is built from tests/fixtures/site: every description tries to inject markup or script.
test.beforeEach(({ page }) => {
	page.on('dialog', (dialog) => {
		throw new Error(`a script ran and opened a dialog: ${dialog.message()}`);
	});
});

const injected = (page: import('@playwright/test').Page) =>
	page
		.locator('main')
		.locator('script:not([src]):not([type]), img[src="x"], svg[onload], iframe, [onclick], [onmouseover], style:not([data-astro-cid])');

test('the service page shows every hostile description as text', async ({ page }) => {
	await page.goto('/evil/');
	const main = page.getByRole('main');
	for (const text of [
		'<script>alert(1)</script>',
		'<img src=x onerror=alert(2)>',
		'x"><svg onload=alert(4)>',
		'<style>body{display:none}</style>隐藏页面',
	]) {
		// A cell with an English twin holds its EN toggle after the text.
		await expect(main.getByText(text).first()).toBeVisible();
	}
	await expect(main.getByText('<iframe src="javascript:alert(7)"></iframe>').first()).toBeVisible();
	expect(await injected(page).count()).toBe(0);
});

for (const [path, text] of [
	['/evil/XssScript/', '<script>alert(1)</script>'],
	['/evil/XssImg/', '<img src=x onerror=alert(2)>'],
	['/evil/XssAttr/', 'x"><svg onload=alert(4)>'],
	['/evil/XssCodeSpan/', '<script>alert(5)</script>'],
	['/evil/Xss-b-Tag-b-/', '代码里有标签'],
] as const) {
	test(`${path} shows its text literally and runs nothing`, async ({ page }) => {
		await page.goto(path);
		await expect(page.getByRole('article').getByText(text, { exact: true })).toBeVisible();
		expect(await injected(page).count()).toBe(0);
	});
}

test('a javascript: link in the vendor text stays text', async ({ page }) => {
	await page.goto('/evil/XssLink/');
	await expect(page.getByRole('article').getByText('点击 [这里](javascript:alert(3)) 查看')).toBeVisible();
	expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
});

test('raw HTML links stay text unless they are a plain link to an http(s) page', async ({ page }) => {
	await page.goto('/evil/XssAnchor/');
	const article = page.getByRole('article');
	await expect(
		article.getByText('见 <a href="javascript:alert(10)">这里</a> 与 <a href="https://cloud.tencent.com/" onclick="alert(11)">那里</a>'),
	).toBeVisible();
	expect(await article.getByRole('link').count()).toBe(0);
	await page.goto('/evil/SafeAnchor/');
	const link = page.getByRole('article').getByRole('link', { name: '审核标准' });
	await expect(link).toHaveAttribute('href', 'https://cloud.tencent.com/document/product/382/39023');
	await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
	expect(await injected(page).count()).toBe(0);
});

test('a link label with markup becomes a safe link with text', async ({ page }) => {
	await page.goto('/evil/XssLabel/');
	const link = page.getByRole('article').getByRole('link', { name: '<img src=x onerror=alert(6)>' });
	await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
	expect(await injected(page).count()).toBe(0);
});

test('codes with quotes and tags keep their spelling in the heading', async ({ page }) => {
	await page.goto('/evil/Xss-Quote/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xss"Quote');
	await page.goto('/evil/Xss-b-Tag-b-/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xss<b>Tag</b>');
});

test('search shows hostile descriptions as text', async ({ page }) => {
	await page.goto('/search/?q=Xss');
	const results = page.getByRole('list', { name: '搜索结果' }).getByRole('link');
	await expect(results.filter({ hasText: 'XssImg' })).toContainText('<img src=x onerror=alert(2)>');
	expect(await page.locator('main img[src="x"]').count()).toBe(0);
});

test.describe('an action of the hostile service', () => {
	test('its page shows its hostile name and description as text, and its API Explorer link is safe', async ({ page }) => {
		await page.goto('/evil/actions/XssAction/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('XssAction');
		const card = page.getByRole('article');
		await expect(card.getByText('<img src=x onerror=alert(20)>创建', { exact: true })).toBeVisible();
		await expect(card.getByText('<script>alert(21)</script>', { exact: false })).toBeVisible();
		const explorer = card.getByRole('link', { name: '在 API Explorer 中调用' });
		await expect(explorer).toHaveAttribute('rel', 'noopener noreferrer');
		await expect(explorer).toHaveAttribute('href', /^https:\/\/console\.cloud\.tencent\.com\//);
		expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
		expect(await injected(page).count()).toBe(0);
	});

	test('its page lists every code it can return, in its own words, each linking the code’s page', async ({ page }) => {
		await page.goto('/evil/actions/XssAction/');
		const rows = page
			.getByRole('article')
			.getByRole('table')
			.getByRole('row')
			.filter({ has: page.getByRole('rowheader') });
		await expect(rows).toHaveCount(3);
		await expect(rows.first()).toContainText('<script>alert(25)</script> 接口的说法');
		await rows.getByRole('link', { name: 'Xss<b>Tag</b>' }).click();
		await expect(page).toHaveURL(/\/evil\/Xss-b-Tag-b-\/$/);
		await expect(page.getByRole('link', { name: 'XssAction' })).toBeVisible();
	});

	test('a code only the action documents has its page, marked as such', async ({ page }) => {
		await page.goto('/evil/XssOnlyInAction/');
		const card = page.getByRole('article');
		await expect(card.getByText('仅见于接口文档', { exact: false })).toBeVisible();
		await expect(card.getByText('只有接口列出 <svg onload=alert(26)>')).toBeVisible();
		await expect(card.getByText('actions/hostile.md 第 23 行')).toBeVisible();
		expect(await injected(page).count()).toBe(0);
	});

	test('the service page lists its actions, and the filter finds one by its Chinese name', async ({ page }) => {
		await page.goto('/evil/');
		const actions = page
			.getByRole('table', { name: 'API 接口' })
			.getByRole('row')
			.filter({ has: page.getByRole('rowheader') });
		await expect(actions).toHaveCount(2);
		await expect(actions.filter({ hasText: 'QuietAction' })).toContainText('<b>offline</b>');
		await page.getByRole('searchbox', { name: '筛选本服务的接口' }).fill('安静');
		await expect(actions.filter({ visible: true })).toHaveCount(1);
		await expect(page.getByText('显示 1 / 2 个接口')).toBeVisible();
	});

	test('search finds it first by its name in any case, and by its Chinese name', async ({ page }) => {
		for (const query of ['XssAction', 'xssaction', 'evil XssAction']) {
			await page.goto(`/search/?q=${encodeURIComponent(query)}`);
			const first = page.getByRole('list', { name: '搜索结果' }).getByRole('link').first();
			await expect(first).toHaveAttribute('href', '/evil/actions/XssAction/');
		}
		await page.goto(`/search/?q=${encodeURIComponent('安静的接口')}`);
		await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('link', { name: /QuietAction/ })).toBeVisible();
	});

	test('a link to it in another case opens its page', async ({ page }) => {
		await page.goto('/evil/actions/xssaction');
		await expect(page).toHaveURL(/\/evil\/actions\/XssAction\/$/);
	});

	test('a paste that names it opens the code and says which action', async ({ page }) => {
		await page.goto(`/lookup/?q=${encodeURIComponent('X-TC-Action: XssAction\nCode: XssScript')}`);
		await expect(page).toHaveURL(/\/evil\/XssScript\/$/);
		const pasted = page.getByRole('region', { name: '你粘贴的错误信息' });
		await expect(pasted.getByText('XssAction', { exact: true })).toBeVisible();
	});

	test('the service JSON gives each code its actions, and each action its codes in its own words', async ({ request }) => {
		const evil = await (await request.get('/api/evil.json')).json();
		const row = (code: string) => evil.codes.find((r: { code: string }) => r.code === code);
		expect(row('XssScript')).toMatchObject({ actionOnly: false, actions: ['XssAction'] });
		expect(row('XssOnlyInAction')).toMatchObject({ actionOnly: true, family: 'api3', description: '只有接口列出 <svg onload=alert(26)>' });
		const action = evil.actions.find((a: { action: string }) => a.action === 'XssAction');
		expect(action.url).toBe('https://errcodes.example.com/evil/actions/XssAction/');
		expect(action.versions[0].codes[0]).toEqual({
			code: 'XssScript',
			description: '<script>alert(25)</script> 接口的说法',
			line: 21,
			url: 'https://errcodes.example.com/evil/XssScript/',
		});
	});

	test('its page has no serious or critical axe violation', async ({ page }) => {
		await page.goto('/evil/actions/XssAction/');
		const { violations } = await new AxeBuilder({ page }).analyze();
		expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
	});
});

test.describe('the English twin of the hostile document', () => {
	test('a code page shows the English beside the Chinese, marked as English, with its source line', async ({ page }) => {
		await page.goto('/evil/SafeAnchor/');
		const card = page.getByRole('article');
		const english = card.locator('[lang="en"]').filter({ hasText: 'The text violates the “content rules”' });
		await expect(english).toBeVisible();
		await expect(english.getByRole('link', { name: 'moderation standards' })).toHaveAttribute('rel', 'noopener noreferrer');
		await expect(card.getByText('en/hostile.md 第 14 行')).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	});

	test('hostile English stays text, and an empty English text says so', async ({ page }) => {
		await page.goto('/evil/XssScript/');
		await expect(page.getByRole('article').locator('[lang="en"]').getByText('<script>alert(21)</script> Script in English')).toBeVisible();
		expect(await injected(page).count()).toBe(0);
		await page.goto('/evil/XssImg/');
		await expect(page.getByRole('article').getByText('厂商文档未给出说明。')).toBeVisible();
	});

	test('a code only the English document has gets its page, marked as such, in English', async ({ page }) => {
		await page.goto('/evil/QuotaExhausted.DailyLimit/');
		const card = page.getByRole('article');
		await expect(card.getByText('仅见于英文文档', { exact: false })).toBeVisible();
		await expect(card.locator('[lang="en"]')).toContainText('The daily quota of requests is used up; try again tomorrow.');
		await page.goto('/evil/EnglishOnly-img-src-x-onerror-alert-26-/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('EnglishOnly<img src=x onerror=alert(26)>');
		expect(await injected(page).count()).toBe(0);
	});

	test('the service table opens a row’s English on demand', async ({ page }) => {
		await page.goto('/evil/');
		const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'SafeAnchor' }) });
		const english = row.getByText('The text violates', { exact: false });
		await expect(english).toBeHidden();
		await row.getByText('EN', { exact: true }).click();
		await expect(english).toBeVisible();
		await page.getByRole('searchbox', { name: '筛选本页错误码' }).fill('daily quota');
		await expect(page.getByRole('rowheader', { name: 'QuotaExhausted.DailyLimit' })).toBeVisible();
		await expect(page.getByRole('rowheader', { name: 'SafeAnchor' })).toBeHidden();
	});

	test('the service filter finds a row by its English text, and shows that text', async ({ page }) => {
		await page.goto('/evil/');
		await page.getByRole('searchbox', { name: '筛选本页错误码' }).fill('content rules');
		await expect(page.getByText('显示 1 / ', { exact: false })).toBeVisible();
		const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'SafeAnchor' }) });
		await expect(row.getByText('The text violates', { exact: false })).toBeVisible();
	});

	test('English words find the code by its English text', async ({ page }) => {
		await page.goto(`/search/?q=${encodeURIComponent('daily quota')}`);
		await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('link').first()).toHaveAttribute(
			'href',
			'/evil/QuotaExhausted.DailyLimit/',
		);
	});

	test('a pasted English message with no code is searched, and what it finds is listed', async ({ page }) => {
		await page.goto(`/lookup/?q=${encodeURIComponent('{"Error":{"Message":"The daily quota of requests is used up"}}')}`);
		await expect(page.getByText('按其中的提示文字', { exact: false })).toBeVisible();
		await expect(page.getByRole('link', { name: /QuotaExhausted\.DailyLimit/ })).toHaveAttribute(
			'href',
			'/evil/QuotaExhausted.DailyLimit/',
		);
	});

	test('a pasted message beside a code no service has is searched too', async ({ page }) => {
		await page.goto(
			`/lookup/?q=${encodeURIComponent('{"Error":{"Code":"Evil.Unknown","Message":"The daily quota of requests is used up"}}')}`,
		);
		await expect(page.getByText('没有找到错误码“Evil.Unknown”；按其中的提示文字', { exact: false })).toBeVisible();
		await expect(page.getByRole('link', { name: /QuotaExhausted\.DailyLimit/ })).toBeVisible();
	});

	test('the JSON gives a row its English text and its place', async ({ request }) => {
		const evil = await (await request.get('/api/evil.json')).json();
		const row = (code: string) => evil.codes.find((r: { code: string }) => r.code === code);
		expect(row('SafeAnchor')).toMatchObject({
			descriptionEn:
				'The text violates the “content rules”: see <a href="https://www.tencentcloud.com/document/product/1124">moderation standards</a>.',
			english: { file: 'en/hostile.md', line: 14, section: null, handling: null },
			englishOnly: false,
		});
		expect(row('QuotaExhausted.DailyLimit')).toMatchObject({ englishOnly: true, family: 'api3' });
	});

	test('the service page with English has no serious or critical axe violation', async ({ page }) => {
		await page.goto('/evil/');
		await page
			.getByRole('row')
			.filter({ has: page.getByRole('rowheader', { name: 'SafeAnchor' }) })
			.getByText('EN', { exact: true })
			.click();
		const { violations } = await new AxeBuilder({ page }).analyze();
		expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
	});
});

test.describe('a vendor page with columns of its own', () => {
	test('a code page shows each other column under its header, as text, and runs nothing', async ({ page }) => {
		await page.goto('/evil/-1792/');
		const card = page.getByRole('article');
		await expect(card.getByText('原因 <script>alert("h")</script>', { exact: true })).toBeVisible();
		await expect(card.getByText('<img src=x onerror=alert(30)>', { exact: true })).toBeVisible();
		await expect(card.getByText('详细错误信息', { exact: true })).toBeVisible();
		await expect(card.getByText('连接被重置', { exact: true })).toBeVisible();
		// The empty 备注 cell says nothing, so the card has no line for it.
		await expect(card.getByText('备注', { exact: true })).toHaveCount(0);
		expect(await injected(page).count()).toBe(0);
	});

	test('an escaped code reads as the reader sees it, and a link in another column is a safe link', async ({ page }) => {
		await page.goto('/evil/tcapsvr_fail_record_exist/');
		await expect(page.getByRole('heading', { level: 1, name: 'tcapsvr_fail_record_exist' })).toBeVisible();
		const link = page.getByRole('article').getByRole('link', { name: '文档' });
		await expect(link).toHaveAttribute('href', 'https://cloud.tencent.com/document/product/1');
		await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
	});

	test('a row of an HTML table reads as its cells do: lines kept, an unsafe link as text, a safe one a link, and nothing runs', async ({
		page,
	}) => {
		await page.goto('/evil/Html.Cell/');
		const card = page.getByRole('article');
		await expect(card.getByText('[坏链接](javascript:alert(32))')).toBeVisible();
		await expect(card.getByRole('link', { name: '好链接' })).toHaveAttribute('rel', 'noopener noreferrer');
		await expect(card.getByText('• 重试')).toBeVisible();
		await expect(card.getByText('console.md 第 19 行')).toBeVisible();
		await page.goto('/evil/Html.Script/');
		await expect(page.getByRole('article').getByText('alert(31)仅文字')).toBeVisible();
		expect(await injected(page).count()).toBe(0);
	});

	test("an English vendor page's rows read as English, in a family of their own", async ({ page }) => {
		await page.goto('/evil/Console.EnglishOnly/');
		const card = page.getByRole('article');
		await expect(card.locator('[lang="en"]').getByText('The request <em>failed</em>')).toBeVisible();
		await expect(card.getByText('Console Return Codes · Console Return Codes')).toBeVisible();
		await expect(card.locator('[lang="en"]').getByText('Network reset')).toBeVisible();
	});

	test('each code of a cell that lists several has a page with the row and the cell as written; a range is one code', async ({ page }) => {
		for (const code of ['66660023', '66660036', '-5025']) {
			await page.goto(`/evil/${code}/`);
			const card = page.getByRole('article');
			await expect(card.getByText('三个错误码共用一行 <script>alert(35)</script>')).toBeVisible();
			await expect(card.getByText('66660023/66660036/<br>-5025', { exact: true })).toBeVisible();
			expect(await injected(page).count()).toBe(0);
		}
		await page.goto('/evil/120001---130000/');
		await expect(page.getByRole('heading', { level: 1, name: '120001 - 130000' })).toBeVisible();
	});

	test('a number inside a range of codes finds the range first, by search, from a link to its own page and pasted', async ({ page }) => {
		const results = page.getByRole('list', { name: '搜索结果' }).getByRole('link');
		await page.goto('/search/?q=125000');
		await expect(results.first()).toHaveAttribute('href', '/evil/120001---130000/');
		await page.goto('/evil/125000/');
		await expect(page.getByRole('link', { name: /120001 - 130000/ }).first()).toHaveAttribute('href', '/evil/120001---130000/');
		await page.goto(`/lookup/?q=${encodeURIComponent('callback failed: error 125000, retry later')}`);
		await expect(page).toHaveURL(/\/evil\/120001---130000\/$/);
	});

	test('a status and a code in one cell read as a status and a code, a row without its <tr> too, and nothing runs', async ({ page }) => {
		await page.goto('/evil/InsufficientResources/');
		const card = page.getByRole('article');
		await expect(page.getByRole('heading', { level: 1, name: 'InsufficientResources' })).toBeVisible();
		await expect(card.getByText('449', { exact: true })).toBeVisible();
		await expect(card.getByText('资源不足 alert(36)', { exact: true })).toBeVisible();
		expect(await injected(page).count()).toBe(0);
		await page.goto('/evil/InitContainerTimeout/');
		await expect(page.getByRole('article').getByText('这一行丢了它的 <tr>')).toBeVisible();
		await expect(page.getByRole('article').getByText('console.md 第 48 行')).toBeVisible();
	});

	test("a constant's assignment is its value's page, the cell as written, and the constant pasted finds it; a code in Chinese words has a page at its words", async ({
		page,
	}) => {
		await page.goto('/evil/-10000/');
		const card = page.getByRole('article');
		await expect(card.getByText('FACEVERIFY_LOGIN_ERROR = "-10000";', { exact: true })).toBeVisible();
		await expect(card.getByText('检查登录 <b onclick=alert(37)>参数</b>')).toBeVisible();
		await expect(card.getByText('厂商文档未给出说明。')).toBeVisible();
		expect(await injected(page).count()).toBe(0);
		await page.goto('/lookup/?q=FACEVERIFY_LOGIN_ERROR');
		await expect(page.getByRole('status')).toContainText('没有找到错误码“FACEVERIFY_LOGIN_ERROR”；按“FACEVERIFY_LOGIN_ERROR”搜索到');
		await expect(page.getByRole('link', { name: /-10000/ }).first()).toHaveAttribute('href', '/evil/-10000/');
		await page.goto('/evil/');
		await page.getByRole('link', { name: '其他错误码', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1, name: '其他错误码' })).toBeVisible();
		await expect(page.getByRole('article').getByText('透传后台错误码')).toBeVisible();
	});

	test('a code page of each of these shapes has no serious or critical axe violation', async ({ page }) => {
		for (const path of [
			'/evil/-1792/',
			'/evil/Html.Cell/',
			'/evil/InsufficientResources/',
			'/evil/-10000/',
			'/evil/其他错误码/',
			'/evil/66660023/',
		]) {
			await page.goto(path);
			const { violations } = await new AxeBuilder({ page }).analyze();
			expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${path} ${v.id}`)).toEqual([]);
		}
	});

	test('the JSON keeps every cell of the other columns, empty ones too', async ({ request }) => {
		const evil = await (await request.get('/api/evil.json')).json();
		const row = evil.codes.find((r: { code: string }) => r.code === '-1792');
		expect(row).toMatchObject({ family: 'console', description: '内部错误' });
		expect(row.extra).toEqual([
			{ header: '原因 <script>alert("h")</script>', text: '<img src=x onerror=alert(30)>' },
			{ header: '详细错误信息', text: '连接被重置' },
			{ header: '备注', text: '' },
		]);
	});
});
