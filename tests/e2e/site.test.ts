import { codeRows, expect, test } from './fixtures.ts';

test.describe('home', () => {
	test('lists the three services with their code counts', async ({ page }) => {
		await page.goto('/');
		await expect(page).toHaveTitle(/腾讯云 API 错误码/);
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
		const services = page.getByRole('list', { name: '服务' }).getByRole('listitem');
		await expect(services).toHaveCount(3);
		await expect(services.nth(0)).toContainText('对象存储');
		await expect(services.nth(0)).toContainText('416 个错误码');
		await expect(services.nth(1)).toContainText('88 个错误码');
		await expect(services.nth(2)).toContainText('59 个错误码');
		await services.nth(0).getByRole('link').click();
		await expect(page).toHaveURL(/\/cos\/$/);
	});

	test('filters the service directory by Chinese name, English name or slug', async ({ page }) => {
		await page.goto('/');
		const filter = page.getByRole('searchbox', { name: '筛选服务' });
		const services = page.getByRole('list', { name: '服务' }).getByRole('listitem');
		for (const [typed, name] of [
			['审计', '云审计'],
			['smart media', '智能媒资托管'],
			['COS', '对象存储'],
		] as const) {
			await filter.fill(typed);
			await expect(services.filter({ visible: true })).toHaveCount(1);
			await expect(services.filter({ visible: true })).toContainText(name);
		}
		await filter.fill('没有这个服务');
		await expect(services.filter({ visible: true })).toHaveCount(0);
		await expect(page.getByText('没有名称包含这段文字的服务。')).toBeVisible();
		await filter.fill('');
		await expect(services.filter({ visible: true })).toHaveCount(3);
		await expect(page.getByRole('status').filter({ hasText: '个服务' })).toHaveText('共 3 个服务');
	});

	test('has a search box that answers in the page', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('main').getByRole('searchbox', { name: '搜索错误码或关键词' }).fill('NoSuchBucket');
		const first = page.getByRole('main').getByRole('list', { name: '搜索结果' }).getByRole('link').first();
		await expect(first).toHaveAttribute('href', '/cos/NoSuchBucket/');
		await expect(page).toHaveURL(/\?q=NoSuchBucket$/);
	});
});

test.describe('service pages', () => {
	for (const [service, heading, rows] of [
		['cos', '对象存储错误码', 418],
		['cloudaudit', '云审计错误码', 88],
		['smh', '智能媒资托管错误码', 59],
	] as const) {
		test(`/${service}/ lists every one of its ${rows} source rows`, async ({ page }) => {
			await page.goto(`/${service}/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
			await expect(codeRows(page)).toHaveCount(rows);
		});
	}

	test('the filter box narrows the rows as you type, on code and on description', async ({ page }) => {
		await page.goto('/cos/');
		const filter = page.getByRole('searchbox', { name: '筛选本页错误码' });
		await filter.fill('nosuchbucket');
		await expect(codeRows(page)).toHaveCount(1);
		await expect(codeRows(page).first()).toContainText('指定的存储桶不存在');
		await expect(page.getByRole('status')).toHaveText('显示 1 / 418 行');

		await filter.fill('跨域');
		const matching = await codeRows(page).allTextContents();
		expect(matching.length).toBeGreaterThan(1);
		for (const row of matching) expect(row).toContain('跨域');

		await filter.fill('');
		await expect(codeRows(page)).toHaveCount(418);
	});

	test('each code links to its page', async ({ page }) => {
		await page.goto('/cos/');
		await page.getByRole('link', { name: 'Request has expired', exact: true }).click();
		await expect(page).toHaveURL(/\/cos\/Request-has-expired\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request has expired');
	});

	test('the sidebar lists services and families, never codes', async ({ page }) => {
		await page.goto('/cos/NoSuchBucket/');
		const sidebar = page.getByRole('navigation', { name: '主要' });
		await expect(sidebar.getByRole('link', { name: 'XML API' })).toHaveAttribute('href', '/cos/#family-xml-api');
		await expect(sidebar.getByRole('link')).toHaveCount(3 + 3 + 3 + 2 + 1);
	});

	test('the theme picker switches to dark and light, and the choice holds on the next page', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('/cos/NoSuchBucket/');
		const html = page.locator('html');
		await expect(html).toHaveAttribute('data-theme', 'light');
		await page.getByRole('combobox', { name: '选择主题' }).selectOption('深色');
		await expect(html).toHaveAttribute('data-theme', 'dark');
		await page.goto('/cos/');
		await expect(html).toHaveAttribute('data-theme', 'dark');
		await expect(page.getByRole('combobox', { name: '选择主题' })).toHaveValue('dark');
		await page.getByRole('combobox', { name: '选择主题' }).selectOption('自动');
		await expect(html).toHaveAttribute('data-theme', 'light');
	});
});

test.describe('code pages', () => {
	test('/cos/NoSuchBucket/ shows the code, its service, status and meaning', async ({ page }) => {
		await page.goto('/cos/NoSuchBucket/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('NoSuchBucket');
		const main = page.getByRole('main');
		await expect(main.getByRole('link', { name: '对象存储', exact: true })).toHaveAttribute('href', '/cos/');
		await expect(main.getByRole('definition').filter({ hasText: '404 Not Found' })).toBeVisible();
		await expect(main.getByText('指定的存储桶不存在', { exact: true })).toBeVisible();
		await expect(main.getByText('cos-xml-api.md 第 136 行')).toBeVisible();
		await expect(main.getByRole('link', { name: '腾讯云原文' })).toHaveAttribute(
			'href',
			'https://cloud.tencent.com/document/product/436/7730',
		);
	});

	test('/cos/-46618/ shows the legacy JSON API meaning', async ({ page }) => {
		await page.goto('/cos/-46618/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('-46618');
		await expect(
			page.getByRole('main').getByText('签名校验失败，用户签名算法错误，秘钥被禁用，appid和秘钥对不上等错误', { exact: true }),
		).toBeVisible();
	});

	test('/cos/-5965/ keeps both meanings of a doubled code', async ({ page }) => {
		await page.goto('/cos/-5965/');
		const meanings = page.getByRole('article');
		await expect(meanings).toHaveCount(2);
		await expect(meanings.nth(0).getByRole('heading')).toHaveText('含义 1');
		await expect(meanings.nth(0)).toContainText('分片上传init时未指定slice_size参数');
		await expect(meanings.nth(1)).toContainText('分片上传init时uploadparts参数不合法');
	});

	test('/cos/InvalidObjectState/ shows its 403 and 409 meanings', async ({ page }) => {
		await page.goto('/cos/InvalidObjectState/');
		await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText([
			'含义 1（403 Forbidden）',
			'含义 2（409 Conflict）',
		]);
		await expect(page.getByRole('main')).toContainText('对象存储类型与操作请求冲突');
		await expect(page.getByRole('main')).toContainText('对象状态与操作请求冲突');
	});

	test('/cos/-121/ keeps the "|" of a quoted cell and drops the quotes', async ({ page }) => {
		await page.goto('/cos/-121/');
		await expect(
			page
				.getByRole('main')
				.getByText(
					'匹配跨域规则失败|可能 Origin| request method / Access-Control-Request-Method 或 Access-Control-Requet-Headers不在跨域规则配置里面',
					{ exact: true },
				),
		).toBeVisible();
	});

	test('/cloudaudit/500013/ shows its handling step', async ({ page }) => {
		await page.goto('/cloudaudit/500013/');
		const main = page.getByRole('main');
		await expect(main.getByText('单个 CloudAudit 个数超过50个', { exact: true })).toBeVisible();
		await expect(main.getByRole('term').filter({ hasText: '处理措施' })).toBeVisible();
		await expect(main.getByText('请按照要求创建 CloudAudit 的数量不得超过50个', { exact: true })).toBeVisible();
	});

	test('/cloudaudit/InvalidParameterValue.attributeKey/ keeps the case of the code', async ({ page }) => {
		await page.goto('/cloudaudit/InvalidParameterValue.attributeKey/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('InvalidParameterValue.attributeKey');
		await expect(page.getByRole('main')).toContainText(
			'AttributeKey的有效取值范围是:RequestId、EventName、ReadOnly、Username、ResourceType、ResourceName和AccessKeyId',
		);
	});

	test('/smh/AuthFailure.SignatureFailure/ renders the SMH wording', async ({ page }) => {
		await page.goto('/smh/AuthFailure.SignatureFailure/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('AuthFailure.SignatureFailure');
		await expect(
			page.getByRole('main').getByText('签名错误。签名计算错误，请对照调用方式中的签名方法文档检查签名计算过程。', { exact: true }),
		).toBeVisible();
	});

	test('renders Markdown links and inline code, with safe external links', async ({ page }) => {
		await page.goto('/cloudaudit/500002/');
		const link = page.getByRole('main').getByRole('link', { name: '提交工单' });
		await expect(link).toHaveAttribute('href', 'https://console.cloud.tencent.com/workorder/category');
		await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
		await page.goto('/smh/AuthFailure.InvalidAuthorization/');
		await expect(page.getByRole('main').locator('code', { hasText: /^Authorization$/ })).toBeVisible();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a service page still shows every row, and no filter box', async ({ page }) => {
		await page.goto('/cos/');
		await expect(codeRows(page)).toHaveCount(418);
		await expect(page.getByRole('searchbox', { name: '筛选本页错误码' })).toBeHidden();
	});
});

test.describe('pages that do not exist', () => {
	test('answer 404 with a page that helps', async ({ page }) => {
		const response = await page.goto('/cos/NoSuchThing/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
		// The directory lives on the home page only: at 259 services it would weigh on every missed link.
		await expect(page.getByRole('list', { name: '服务' })).toHaveCount(0);
		await expect(page.getByRole('link', { name: '首页的服务目录' })).toHaveAttribute('href', '/#services');
	});
});
