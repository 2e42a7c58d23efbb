import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

// The base is read once, as the module loads: each case loads the modules again under it.
describe('a site served under /errcodes/', () => {
	beforeAll(() => {
		vi.stubEnv('ERRCODES_BASE', '/errcodes');
		vi.resetModules();
	});
	afterAll(() => {
		vi.unstubAllEnvs();
		vi.resetModules();
	});

	test('builds every URL under the base, and Starlight and Astro get them without it', async () => {
		const urls = await import('../../src/lib/urls.ts');
		expect([urls.homeUrl(), urls.serviceUrl('cos'), urls.codeUrl({ service: 'cos', code: 'NoSuchBucket' }), urls.pagefindUrl()]).toEqual([
			'/errcodes/',
			'/errcodes/cos/',
			'/errcodes/cos/NoSuchBucket/',
			'/errcodes/pagefind/pagefind.js',
		]);
		expect(urls.withoutBase('/errcodes/cos/')).toBe('/cos/');
		const { sidebarFor } = await import('../../src/lib/sidebar.ts');
		expect(JSON.stringify(sidebarFor([{ slug: 'cos', name: '对象存储', nameEn: 'COS', families: [] }]))).not.toContain('/errcodes/');
	});

	test('resolves a missed path under the base', async () => {
		const { resolvePath } = await import('../../src/lib/resolve.ts');
		expect(resolvePath('/errcodes/cos/nosuchbucket', ['cos'], [{ service: 'cos', code: 'NoSuchBucket' }])).toEqual({
			kind: 'page',
			url: '/errcodes/cos/NoSuchBucket/',
		});
	});
});
