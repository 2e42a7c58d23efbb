// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { writeFile } from 'node:fs/promises';
import { aliasRedirects, redirectsFile } from './src/lib/aliases.ts';
import { sidebarFor } from './src/lib/sidebar.ts';
import { SITE_NAME } from './src/lib/site.ts';
import { opensearchUrl } from './src/lib/urls.ts';
import { contentFolder, readContentMeta } from './src/loaders/content-folder.ts';
import { keepsOutput, keptOutput } from './src/build/kept-output.ts';
import { APPLY_STORED_THEME } from './src/client/stored-theme.ts';
import { policyFor } from './src/lib/csp.ts';

// The sidebar and the redirects come from the same validated metadata as the pages (the catalogue
// lives in content/, or where ERRCODES_CONTENT points), so a new service needs no config edit.
// Aliases are checked against the catalogue by the loader.
const { services, aliases } = readContentMeta(contentFolder(new URL('./', import.meta.url)));

const ASSET_NAME = '_astro/[hash][extname]';
const SCRIPT_NAME = '_astro/[hash].js';

// https://astro.build/config
export default defineConfig({
	// Canonical links and the sitemap need an origin; set SITE to where the site is deployed.
	site: process.env.SITE ?? 'https://errcodes.example.com',
	// The path the site is served under; src/lib/urls.ts reads the same variable.
	base: process.env.ERRCODES_BASE ?? '/',
	redirects: aliasRedirects(aliases),
	// Shared scripts and styles as files the browser caches once, not copies inlined in every page.
	// Rendering 16 pages at a time keeps the CPU busy while earlier pages are written to disk.
	build: { inlineStylesheets: 'never', concurrency: 16 },
	// An incremental build leaves the last build's pages in place (src/build/kept-output.ts).
	// Assets are named by their hash alone: a page links eight or so of them, and the names Astro gives
	// its scripts (`CodeSearch.astro_astro_type_script_index_0_lang.<hash>.js`) cost 50 bytes each a page.
	vite: {
		build: { assetsInlineLimit: 0, emptyOutDir: !keepsOutput(), rolldownOptions: { output: { assetFileNames: ASSET_NAME } } },
		environments: {
			client: {
				build: { rolldownOptions: { output: { entryFileNames: SCRIPT_NAME, chunkFileNames: SCRIPT_NAME, assetFileNames: ASSET_NAME } } },
			},
		},
	},
	// Pages whose getStaticPaths() cacheKey (a digest of their props) is unchanged are kept from
	// the last build instead of rendered again: editing one service's document re-renders that service.
	experimental: { incrementalBuild: true },
	// No fenced code on the site; Shiki's inline styles would also fight the CSP.
	markdown: { syntaxHighlight: false },
	integrations: [
		keptOutput(new URL('./node_modules/.astro/', import.meta.url)),
		{
			name: 'errcodes:redirects-file',
			hooks: {
				// For hosts that read a `_redirects` file; plain static hosts use the redirect pages.
				'astro:build:done': async ({ dir }) => writeFile(new URL('_redirects', dir), redirectsFile(aliases)),
			},
		},
		starlight({
			title: SITE_NAME,
			description: '腾讯云 API 错误码速查：每个服务、每个错误码一页，文字与厂商文档一致。',
			// Pagefind segments Chinese only on pages that say lang="zh-CN".
			locales: { root: { label: '简体中文', lang: 'zh-CN' } },
			sidebar: sidebarFor(services),
			disable404Route: true,
			expressiveCode: false,
			components: {
				// Our own search: a code lookup in front of Pagefind (src/components/SiteSearch.astro).
				Search: './src/components/SiteSearch.astro',
				// Lighter parts of the frame every page carries; each file says what it leaves out.
				ThemeProvider: './src/components/ThemeProvider.astro',
				ThemeSelect: './src/components/ThemeSelect.astro',
				LanguageSelect: './src/components/LanguageSelect.astro',
				Sidebar: './src/components/Sidebar.astro',
			},
			// `npm run build` (scripts/build.mjs) indexes the output once Astro has exited.
			pagefind: false,
			head: [
				// The site's CSP, ahead of every script of the page. Its one inline script is the stored theme
				// (ThemeProvider.astro); the built-site tests check every page's inline scripts against it.
				// Astro's own `security.csp` is off: it hashed the bundled scripts again on every page.
				{ tag: 'meta', attrs: { 'http-equiv': 'content-security-policy', content: policyFor([APPLY_STORED_THEME]) } },
				{
					tag: 'link',
					attrs: { rel: 'search', type: 'application/opensearchdescription+xml', title: SITE_NAME, href: opensearchUrl() },
				},
			],
			customCss: ['./src/styles/custom.css', './src/styles/components.css'],
		}),
	],
});
