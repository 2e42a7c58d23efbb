// @ts-check
// Takes desktop and 375 px screenshots of a running site, for a person to look at.
// Usage: npm run screenshots -- [base URL] [--real] (default http://127.0.0.1:4321). With --real,
// the pages to look at in a build of the real catalogue (../shared/catalogs/tencentcloud).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { launchOptions } from './browser.ts';

const args = process.argv.slice(2);
const base = args.find((a) => !a.startsWith('--')) ?? 'http://127.0.0.1:4321';
const seedPages = {
	home: '/',
	service: '/cos/',
	code: '/cos/InvalidObjectState/',
	handling: '/cloudaudit/500013/',
	notfound: '/no/such/page/',
	search: '/search/?q=签名过期',
	shared: '/codes/InternalError/',
	lookup: '/lookup/?q=InternalError',
	classed: '/smh/RequestLimitExceeded.SendSms/',
};
const realPages = {
	home: '/',
	service: '/cvm/',
	code: '/cvm/InvalidInstanceId.NotFound/',
	shared: '/codes/InternalError/',
	search: '/search/?q=实例不存在',
	forgiving: '/cvm/invalidinstanceid.notfound',
	variant: '/es/AuthFailure.UnAuthorizedOperation~2/',
	versions: '/es/InternalError/',
	htmllink: '/sms/InvalidParameterValue.TemplateParameterLengthLimit/',
	empty: '/cloudapp/ResourceNotFound.LicenseNotFoundErr/',
	action: '/cvm/actions/RunInstances/',
	hundreds: '/csip/InternalError/',
	allactions: '/csip/InternalError/actions/',
	actionlist: '/cvm/#actions',
	actionsearch: '/search/?q=RunInstances',
	english: '/cvm/ResourcesSoldOut.SpecifiedInstanceType/',
	chineseonly: '/aai/InternalError/',
	englishonly: '/faceid/InternalError.ActionLightDark/',
	englishservice: '/tat/',
	englishsearch: '/search/?q=instance%20type%20is%20sold%20out',
	englishpaste: `/lookup/?q=${encodeURIComponent('{"Response":{"Error":{"Message":"The specified instance type is sold out."}}}')}`,
	classcaller: '/cvm/InvalidParameterValue.BandwidthPackageIdMalformed/',
	classlimit: '/cvm/RequestLimitExceeded.UinLimitExceeded/',
	classvendor: '/tke/InternalError.CvmStatus/',
	constantsearch: '/search/?q=INVALIDINSTANCEID_NOTFOUND',
	constantpaste: `/lookup/?q=${encodeURIComponent('if err.Code == cvm.INVALIDINSTANCEID_NOTFOUND {')}`,
};
const pages = args.includes('--real') ? realPages : seedPages;
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch(launchOptions());
for (const [width, height, label] of /** @type {const} */ ([
	[1280, 900, 'desktop'],
	[375, 812, 'mobile'],
])) {
	const page = await browser.newPage({ viewport: { width, height } });
	for (const [name, path] of Object.entries(pages)) {
		await page.goto(base + path, { waitUntil: 'networkidle' });
		await page.screenshot({ path: `screenshots/${name}-${label}.png`, fullPage: false });
	}
	await page.close();
}
await browser.close();
console.log(`screenshots/ written for ${Object.keys(pages).length} pages at 2 widths`);
