import { expect, test } from './fixtures.ts';

test.describe('forgiving URLs on a plain static server', () => {
	for (const [path, canonical] of [
		['/cos/nosuchbucket/', '/cos/NoSuchBucket/'],
		['/COS/NOSUCHBUCKET', '/cos/NoSuchBucket/'],
		['/cos/NoSuchBucket', '/cos/NoSuchBucket/'],
		['/cos/Request%20has%20expired', '/cos/Request-has-expired/'],
		['/cos/Request+has+expired/', '/cos/Request-has-expired/'],
		['/NoSuchBucket', '/cos/NoSuchBucket/'],
		['/-46618', '/cos/-46618/'],
		['/smh/authfailure.signaturefailure', '/smh/AuthFailure.SignatureFailure/'],
		['/smh/AUTHFAILURE_SIGNATUREFAILURE', '/smh/AuthFailure.SignatureFailure/'],
		['/SmhErrorCode.AUTHFAILURE_SIGNATUREEXPIRE', '/smh/AuthFailure.SignatureExpire/'],
		['/codes/NoSuchBucket/', '/cos/NoSuchBucket/'],
		['/InternalError', '/codes/InternalError/'],
		['/cos/BadRequest/', '/cos/BadRquest/'],
	] as const) {
		test(`${path} ends on ${canonical}`, async ({ page }) => {
			await page.goto(path);
			await expect(page).toHaveURL(new URL(canonical, 'http://127.0.0.1:4322').href);
			await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('找不到这个页面');
		});
	}

	test('a code several services define opens a page listing each of them', async ({ page }) => {
		await page.goto('/internalerror');
		await expect(page).toHaveURL(/\/codes\/InternalError\/$/);
		const choices = page
			.getByRole('main')
			.getByRole('list', { name: /的服务$/ })
			.getByRole('link');
		await expect(choices).toHaveCount(3);
		expect((await choices.allTextContents()).sort()).toEqual(['云审计', '对象存储', '智能媒资托管'].sort());
		await expect(page.getByRole('main').getByRole('link', { name: '对象存储' })).toHaveAttribute('href', '/cos/InternalError/');
	});

	test('a forgiving link loads the meta file and one small part of the code list, never all of it', async ({ page }) => {
		const lists: string[] = [];
		page.on('request', (request) => {
			const { pathname } = new URL(request.url());
			if (pathname.startsWith('/search/')) lists.push(pathname);
		});
		await page.goto('/cos/nosuchbucket');
		await expect(page).toHaveURL(/\/cos\/NoSuchBucket\/$/);
		expect(lists.filter((p) => p.startsWith('/search/lookup/'))).toHaveLength(1);
		expect(lists.filter((p) => !p.startsWith('/search/lookup/'))).toEqual(['/search/meta.json']);
	});

	test('a path that names nothing shows search results for its text', async ({ page }) => {
		const response = await page.goto('/cos/NoSuchBuckett/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
		await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('NoSuchBuckett');
		await expect(page.getByRole('main').getByRole('list', { name: '搜索结果' }).getByRole('link').first()).toHaveAttribute(
			'href',
			'/cos/NoSuchBucket/',
		);
	});

	for (const hostile of ['/<script>alert(1)</script>', '/"><img src=x onerror=alert(1)>', `/${'%E6%A1%B6x'.repeat(1200)}`]) {
		test(`a hostile path is shown as text and runs nothing: ${hostile.slice(0, 30)}`, async ({ page }) => {
			let dialogs = 0;
			page.on('dialog', (d) => {
				dialogs++;
				void d.dismiss();
			});
			await page.goto(hostile);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
			await expect(page.getByRole('main').getByRole('status').first()).toHaveText(/没有找到|结果/);
			expect(await page.locator('main img[src="x"]').count()).toBe(0);
			expect(dialogs).toBe(0);
		});
	}
});

test.describe('code pages link out and copy', () => {
	test('a shared code links to its twins and the comparison page', async ({ page }) => {
		await page.goto('/smh/InternalError/');
		const twins = page.getByRole('complementary', { name: '其他服务的同名错误码' });
		await expect(twins.getByRole('link', { name: /对象存储/ })).toHaveAttribute('href', '/cos/InternalError/');
		await expect(twins.getByRole('link', { name: /云审计/ })).toHaveAttribute('href', '/cloudaudit/InternalError/');
		await twins.getByRole('link', { name: '对比各服务的含义' }).click();
		await expect(page).toHaveURL(/\/codes\/InternalError\/$/);
	});

	test('copy buttons put the code, the link and a ticket snippet on the clipboard', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/cos/NoSuchBucket/');
		const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
		await page.getByRole('button', { name: '复制错误码' }).click();
		expect(await clipboard()).toBe('NoSuchBucket');
		await page.getByRole('button', { name: '复制链接' }).click();
		expect(await clipboard()).toBe('https://errcodes.example.com/cos/NoSuchBucket/');
		await page.getByRole('button', { name: '复制工单摘要' }).click();
		expect(await clipboard()).toBe(
			[
				'错误码：NoSuchBucket',
				'服务：对象存储（Cloud Object Storage (COS)）',
				'含义（XML API · 404 Not Found）：指定的存储桶不存在',
				'链接：https://errcodes.example.com/cos/NoSuchBucket/',
			].join('\n'),
		);
		await page.getByRole('button', { name: '复制为 Markdown' }).click();
		expect(await clipboard()).toBe(
			'[`NoSuchBucket`](https://errcodes.example.com/cos/NoSuchBucket/)（对象存储（Cloud Object Storage (COS)）） XML API · 404 Not Found：指定的存储桶不存在',
		);
		await expect(page.getByRole('button', { name: '已复制' }).last()).toBeVisible();
	});

	test('a code page shows the response its family documents, and related codes', async ({ page }) => {
		await page.goto('/smh/AuthFailure.SignatureFailure/');
		await expect(page.getByRole('region', { name: '返回的错误响应' })).toContainText('"Code": "AuthFailure.SignatureFailure"');
		await expect(
			page.getByRole('region', { name: /同一前缀的错误码/ }).getByRole('link', { name: 'AuthFailure.SignatureExpire' }),
		).toHaveAttribute('href', '/smh/AuthFailure.SignatureExpire/');
		await page.goto('/cos/NoSuchBucket/');
		await expect(page.getByRole('region', { name: '返回的错误响应' })).toContainText('<Code>NoSuchBucket</Code>');
		await expect(page.getByRole('region', { name: /HTTP 状态码相同/ }).getByRole('link', { name: 'NoSuchKey' })).toBeVisible();
	});

	test("a code's class: the common code with its text and page, and the site's own note apart from the vendor's", async ({ page }) => {
		await page.goto('/smh/RequestLimitExceeded.SendSms/');
		const errorClass = page.getByRole('region', { name: '错误类别' });
		await expect(errorClass.getByRole('link', { name: 'RequestLimitExceeded' })).toHaveAttribute('href', '/smh/RequestLimitExceeded/');
		await expect(errorClass).toContainText('请求的次数超过了频率限制。');
		await expect(errorClass).toContainText('本站编写，不是腾讯云的说明');
		await expect(errorClass.getByRole('definition').filter({ hasText: '配额或频率限制' })).toBeVisible();
		await expect(errorClass.getByRole('definition').filter({ hasText: '可以重试，间隔逐次加长' })).toBeVisible();
		await page.goto('/cos/NoSuchBucket/');
		await expect(page.getByRole('region', { name: '错误类别' })).toHaveCount(0);
		await expect(page.getByRole('region', { name: 'SDK 中的常量' })).toHaveCount(0);
	});

	test('the SDK constant of a code, and its Java enum, copy with a button', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/smh/AuthFailure.SignatureExpire/');
		const constant = page.getByRole('region', { name: 'SDK 中的常量' });
		await expect(constant).toContainText('AUTHFAILURE_SIGNATUREEXPIRE');
		await constant.getByRole('button', { name: '复制常量' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('AUTHFAILURE_SIGNATUREEXPIRE');
		await constant.getByRole('button', { name: '复制 Java 常量' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('SmhErrorCode.AUTHFAILURE_SIGNATUREEXPIRE');
	});

	test('each meaning of a doubled code has its own anchor', async ({ page }) => {
		await page.goto('/cos/InvalidObjectState/#meaning-2');
		await expect(page.locator('#meaning-2')).toContainText('409 Conflict');
	});
});

test.describe('one step from the ticket', () => {
	test('pasting an XML error body opens the code page with RequestId and TraceId to copy', async ({ page }) => {
		await page.goto('/lookup/');
		await page
			.getByRole('textbox', { name: '粘贴错误信息' })
			.fill(
				'<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist.</Message><Resource>b-1250000000.cos.ap-guangzhou.myqcloud.com</Resource><RequestId>NjA5ZjU2</RequestId><TraceId>OGVmYzZi</TraceId></Error>',
			);
		await page.getByRole('button', { name: '查找错误码' }).click();
		await expect(page).toHaveURL(/\/cos\/NoSuchBucket\/$/);
		const pasted = page.getByRole('region', { name: '你粘贴的错误信息' });
		await expect(pasted).toContainText('NjA5ZjU2');
		await expect(pasted.getByRole('button', { name: '复制 TraceId' })).toBeVisible();
	});

	test('a shared code without a hint lists the services to choose from', async ({ page }) => {
		await page.goto(`/lookup/?q=${encodeURIComponent('[TencentCloudSDKException] code:InternalError message:内部错误。 requestId:abc-1')}`);
		await expect(page.getByRole('status')).toContainText('3 个服务定义了 InternalError');
		await expect(page.getByRole('main').getByRole('listitem').getByRole('link')).toHaveText([
			'对象存储：InternalError',
			'云审计：InternalError',
			'智能媒资托管：InternalError',
		]);
		// Each says its class as the ticket snippet does: the seeds' COS InternalError (XML API) has none.
		await expect(
			page.getByRole('main').getByRole('listitem').filter({ hasText: '类别：InternalError（腾讯云侧；可以重试，间隔逐次加长）' }),
		).toHaveCount(2);
		await expect(page.getByRole('main').getByRole('definition').filter({ hasText: 'abc-1' })).toBeVisible();
	});

	test('the service named in the paste decides a shared code', async ({ page }) => {
		await page.goto(
			`/lookup/?q=${encodeURIComponent('POST https://cloudaudit.tencentcloudapi.com {"Response":{"Error":{"Code":"InternalError","Message":"内部错误。"},"RequestId":"r-9"}}')}`,
		);
		await expect(page).toHaveURL(/\/cloudaudit\/InternalError\/$/);
	});

	test('a code with spaces in it is read from a log line and opens its page', async ({ page }) => {
		await page.goto(`/lookup/?q=${encodeURIComponent("cos error { Code: 'Request has expired', RequestId: 'NjE3' }")}`);
		await expect(page).toHaveURL(/\/cos\/Request-has-expired\/$/);
	});

	test('code that names an SDK constant opens its code', async ({ page }) => {
		await page.goto(`/lookup/?q=${encodeURIComponent('if err.Code == smh.AUTHFAILURE_SIGNATUREEXPIRE {')}`);
		await expect(page).toHaveURL(/\/smh\/AuthFailure\.SignatureExpire\/$/);
		await page.goto(`/lookup/?q=${encodeURIComponent('SmhErrorCode.AUTHFAILURE_SIGNATUREFAILURE')}`);
		await expect(page).toHaveURL(/\/smh\/AuthFailure\.SignatureFailure\/$/);
	});

	test('the home page has the same box', async ({ page }) => {
		await page.goto('/');
		await page.getByText('手上是一段报错？粘贴进来查').click();
		await page.getByRole('textbox', { name: '粘贴错误信息' }).fill('Status Code: 404; Error Code: NoSuchBucket; Request ID: x');
		await page.getByRole('button', { name: '查找错误码' }).click();
		await expect(page).toHaveURL(/\/cos\/NoSuchBucket\/$/);
	});
});

test('browsers that ask for /favicon.ico, as on a redirect page with no icon link, get one', async ({ request }) => {
	const response = await request.get('/favicon.ico');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toMatch(/icon/);
});

test.describe('machine-readable', () => {
	test('/api/codes.json has every row with its canonical URL, and a version', async ({ request }) => {
		const all = await (await request.get('/api/codes.json')).json();
		expect(all.version).toBe(1);
		expect(all.codes).toHaveLength(565);
		expect(all.codes).toContainEqual({
			service: 'cloudaudit',
			family: 'legacy',
			section: null,
			code: '500013',
			status: null,
			statusLabel: null,
			description: '单个 CloudAudit 个数超过50个',
			handling: '请按照要求创建 CloudAudit 的数量不得超过50个',
			// The seeds' tables have no columns beyond the known ones.
			extra: [],
			codeCell: null,
			// The seeds have no English twins.
			descriptionEn: null,
			english: null,
			actionOnly: false,
			englishOnly: false,
			actions: [],
			// A legacy numeric code has no class and no SDK constant.
			class: null,
			actor: null,
			retry: null,
			retryWhen: null,
			constant: null,
			url: 'https://errcodes.example.com/cloudaudit/500013/',
		});
		expect(
			all.codes.find((r: { service: string; code: string }) => r.service === 'smh' && r.code === 'RequestLimitExceeded.SendSms'),
		).toMatchObject({
			class: 'RequestLimitExceeded',
			actor: 'limit',
			retry: 'backoff',
			retryWhen: null,
			constant: 'REQUESTLIMITEXCEEDED_SENDSMS',
		});
		const cos = await (await request.get('/api/cos.json')).json();
		expect(cos.service).toBe('cos');
		// The seeds have no actions documents.
		expect(cos.actions).toEqual([]);
		expect(cos.codes.filter((r: { code: string }) => r.code === 'InvalidObjectState').map((r: { status: number }) => r.status)).toEqual([
			403, 409,
		]);
	});
});
