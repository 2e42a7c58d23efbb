import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { builtPages, byTag, foreignCurrentLink, isRedirect, sitemapPaths, textOf, type BuiltPage } from './built-site.ts';

const SITE = 'https://errcodes.example.com';

/** Collects one line per failing page, so a failure names every page at once. */
function everyPage(pages: BuiltPage[], check: (page: BuiltPage) => string | undefined): string[] {
	return pages.flatMap((page) => {
		const problem = check(page);
		return problem === undefined ? [] : [`${page.path}: ${problem}`];
	});
}

const meta = (page: BuiltPage, attr: 'name' | 'property', name: string) =>
	byTag(page, 'meta').find((m) => m.attributes[attr] === name)?.attributes['content'];

// The seed site and the hostile-content site get the same checks over every page; `ERRCODES_DIST=…` checks another build.
const sites = process.env['ERRCODES_DIST'] ? [process.env['ERRCODES_DIST']] : ['dist', 'dist-fixture'];
describe.each(sites)('every page of %s', (dir) => {
	const all = builtPages(dir);
	const pages = all.filter((page) => !isRedirect(page));

	test('is a built site with pages to check', () => {
		expect(pages.length).toBeGreaterThan(dir === 'dist' ? 590 : 10);
	});

	test('says it is in Chinese, which Pagefind needs to segment it', () => {
		expect(everyPage(pages, (p) => (byTag(p, 'html')[0]?.attributes['lang'] === 'zh-CN' ? undefined : 'no lang="zh-CN"'))).toEqual([]);
	});

	test('has a title and exactly one non-empty level-one heading', () => {
		const problems = everyPage(pages, (p) => {
			const h1 = byTag(p, 'h1');
			if (h1.length !== 1) return `${h1.length} <h1>`;
			if (textOf(h1[0]!).trim() === '') return 'empty <h1>';
			if (textOf(byTag(p, 'title')[0] ?? h1[0]!).trim() === '') return 'empty <title>';
			return undefined;
		});
		expect(problems).toEqual([]);
	});

	test('ships a strict script policy that lists the hash of each of its inline scripts, and no other', () => {
		const problems = everyPage(pages, (p) => {
			const policy = byTag(p, 'meta').find((m) => m.attributes['http-equiv'] === 'content-security-policy')?.attributes['content'];
			if (!policy) return 'no CSP <meta>';
			const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
			if (!/^\s*script-src 'self' 'wasm-unsafe-eval' 'sha256-/.test(scriptSrc)) return `script-src is "${scriptSrc}"`;
			if (scriptSrc.includes('unsafe-inline')) return "script-src allows 'unsafe-inline'";
			if (!policy.includes("object-src 'none'")) return "no object-src 'none'";
			const hashes = new Set<string>();
			for (const script of byTag(p, 'script')) {
				if (script.attributes['src'] !== undefined || script.attributes['type'] === 'application/json') continue;
				const body = textOf(script);
				const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
				if (!scriptSrc.includes(hash)) return `inline script ${JSON.stringify(body.slice(0, 40))} is not in script-src`;
				hashes.add(hash);
			}
			const listed = scriptSrc.match(/'sha256-[^']+'/g) ?? [];
			if (listed.length !== hashes.size) return `script-src lists ${listed.length} hashes for ${hashes.size} inline scripts`;
			return undefined;
		});
		expect(problems).toEqual([]);
	});

	test('marks as the current page no link but its own', () => {
		expect(everyPage(pages, (p) => foreignCurrentLink(p) && `marks ${foreignCurrentLink(p)} as current`)).toEqual([]);
	});

	test('shows no leftover of a missing value: undefined, NaN, null or [object Object]', () => {
		const leftover = /^(undefined|NaN|null)$|\[object Object\]/;
		const problems = everyPage(pages, (p) => {
			const text = p.texts.find((t) => leftover.test(t.trim()));
			if (text !== undefined) return `text "${text.trim()}"`;
			for (const element of p.elements) {
				for (const [name, value] of Object.entries(element.attributes)) {
					if (leftover.test(value) || /(^|\/)(undefined|null|NaN)(\/|$)/.test(name === 'href' || name === 'src' ? value : '')) {
						return `<${element.name} ${name}="${value}">`;
					}
				}
			}
			return undefined;
		});
		expect(problems).toEqual([]);
	});

	// The seeds and the fixtures link only to the vendor's two sites; the vendor's other pages also link to its older hosts and to the web's.
	const origins = process.env['ERRCODES_DIST'] ? 'https?://[a-z0-9.-]+' : 'https://([a-z0-9-]+\\.)*(tencent|tencentcloud)\\.com';
	test('links out only to the hosts its content links to, and opens those links safely', () => {
		const safe = new RegExp(`^${origins}/\\S* noopener noreferrer$`);
		const problems = pages.flatMap((p) =>
			byTag(p, 'a')
				.filter((a) => /^https?:/i.test(a.attributes['href'] ?? ''))
				.map((a) => `${a.attributes['href']} ${a.attributes['rel']}`)
				.filter((link) => !safe.test(link))
				.map((link) => `${p.path}: ${link}`),
		);
		expect(problems).toEqual([]);
	});
});

describe('the seed site, dist/', () => {
	const pages = builtPages('dist');
	const paths = sitemapPaths('dist');
	const isCodePage = (path: string) => /^\/[a-z0-9-]+\/[^/]+\/$/.test(path) && !path.startsWith('/codes/');

	test('lists in its sitemap the site pages, 563 code pages and 28 shared-code pages', () => {
		const site = ['/', '/about/', '/search/', '/lookup/', '/cos/', '/cloudaudit/', '/smh/'];
		expect(paths).toEqual(expect.arrayContaining(site));
		expect(paths.filter((p) => p.startsWith('/codes/'))).toHaveLength(28);
		expect(paths.filter(isCodePage)).toHaveLength(563);
		expect(paths).toHaveLength(site.length + 28 + 563);
	});

	test('builds every page its sitemap lists, and lists every page but 404 and redirects', () => {
		const built = pages.filter((p) => !isRedirect(p) && p.path !== '/404.html').map((p) => decodeURI(p.path));
		expect(paths.map((p) => decodeURI(p)).sort()).toEqual(built.sort());
	});

	test('gives every code page link-preview tags and its canonical URL', () => {
		const codePages = pages.filter((p) => isCodePage(p.path) && !isRedirect(p));
		expect(codePages).toHaveLength(563);
		const problems = everyPage(codePages, (p) => {
			const canonical = byTag(p, 'link').find((l) => l.attributes['rel'] === 'canonical')?.attributes['href'];
			const url = `${SITE}${p.path}`;
			if (canonical !== url) return `canonical ${canonical}`;
			if (meta(p, 'property', 'og:url') !== url) return 'og:url';
			for (const [attr, name] of [
				['property', 'og:title'],
				['property', 'og:description'],
				['name', 'description'],
			] as const) {
				if ((meta(p, attr, name) ?? '').trim() === '') return `empty ${name}`;
			}
			return meta(p, 'name', 'twitter:card') === 'summary' ? undefined : 'twitter:card';
		});
		expect(problems).toEqual([]);
	});
});
