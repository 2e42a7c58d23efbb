// @ts-check
// The benchmark: builds the site for catalogues of several sizes and measures build time, memory,
// output size, a code page's first view and the search's cost in headless Chromium; then edits one
// document and measures the incremental rebuild; then builds the naive baseline (naive.mjs) of the
// same catalogue. Prints tables and writes JSON.
// Usage: npm run bench -- --sizes 565,10000,50000 --catalog ../shared/catalogs/tencentcloud --naive 565 --json bench-results/bench.json
// Size 565 is a copy of the seed catalogue in content/; other sizes are generated (generate.mjs);
// each --catalog folder (comma-separated) is copied and measured as it is. `--sizes ''` or
// `--naive ''` skips those.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { readContentMeta } from '../../src/loaders/content-folder.ts';
import { launchOptions } from '../browser.ts';
import { median, startStaticServer } from '../measure.mjs';
import { generate } from './generate.mjs';
import { writeNaiveSite } from './naive.mjs';

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '565,10000' },
		// The naive baseline is built at these sizes too, and given up after NAIVE_LIMIT_S.
		naive: { type: 'string', default: '565,10000' },
		catalog: { type: 'string', default: '' },
		json: { type: 'string', default: 'bench-results/bench.json' },
		port: { type: 'string', default: '4391' },
	},
});
const sizes = String(values.sizes).split(',').filter(Boolean).map(Number);
const catalogs = String(values.catalog).split(',').filter(Boolean);
const naiveSizes = new Set(String(values.naive).split(',').filter(Boolean).map(Number));
const NAIVE_LIMIT_S = 600;
const QUERIES = ['InternalError', '签名过期', 'AuthFailure.SignatureFailure', '不存在', 'LimitExceeded', '参数', 'ResourceNotFound'];
/** An action's name and English words, each measured as a search of its own after the ones above (the seeds have neither, and search them all the same). */
const ACTION_QUERY = 'DescribeInstances';
const ENGLISH_QUERY = 'instance type is sold out';

/** Sums the resident memory of a process and its descendants, from /proc. @param {number} root */
function treeRssKb(root) {
	const parents = new Map();
	for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
		try {
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf-8');
			parents.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
		} catch {}
	}
	let total = 0;
	const walk = (/** @type {number} */ pid) => {
		try {
			total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf-8'))?.[1] ?? 0);
		} catch {}
		for (const [child, parent] of parents) if (parent === pid) walk(child);
	};
	walk(root);
	return total;
}

/**
 * Runs a build script (on npm's Node 22) and records wall time, the render and index phases, peak
 * RSS and the log. Gives up after `limitS` seconds and returns null.
 * @param {{ script: string[], env?: Record<string, string>, log: string, limitS?: number }} run
 */
async function build({ script, env = {}, log: logFile, limitS = Infinity }) {
	const started = performance.now();
	const child = spawn(process.execPath, script, {
		env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	let log = '';
	child.stdout.on('data', (d) => (log += d));
	child.stderr.on('data', (d) => (log += d));
	let peak = 0;
	const timer = setInterval(() => (peak = Math.max(peak, treeRssKb(child.pid ?? 0))), 250);
	const killer = Number.isFinite(limitS) ? setTimeout(() => process.kill(-(child.pid ?? 0), 'SIGKILL'), limitS * 1000) : undefined;
	const code = await new Promise((resolve) => child.on('close', resolve));
	clearInterval(timer);
	clearTimeout(killer);
	mkdirSync(dirname(logFile), { recursive: true });
	writeFileSync(logFile, log);
	const wall = (performance.now() - started) / 1000;
	if (code !== 0 && wall >= limitS) return null;
	if (code !== 0) throw new Error(`${script.join(' ')} failed:\n${log.slice(-3000)}`);
	// Astro and Pagefind print durations as "658ms", "4.03s" or "1m 52s".
	const seconds = (/** @type {RegExp} */ re) => {
		const text = re.exec(log)?.[1] ?? '';
		const m = /^(?:(\d+)m\s*)?(?:([\d.]+)s)?(?:([\d.]+)ms)?$/.exec(text.trim());
		return m ? Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) + Number(m[3] ?? 0) / 1000 : NaN;
	};
	return {
		build_s: wall,
		render_s: seconds(/generating static routes[\s\S]*?✓ Completed in ([\dms. ]+?)\.?\s*\n/),
		index_s: seconds(/Finished building search index in ([\dms. ]+?)\.?\s*\n/),
		peak_rss_mb: peak / 1024,
		// With the incremental build, a page copied from the last build is logged "(cached)" or "(restored)".
		reused: (log.match(/\((?:cached|restored)\)/g) ?? []).length,
		rendered: (log.match(/\(\+[\d.]+m?s\)/g) ?? []).length,
	};
}

/** @param {string} dir @returns {{ path: string, bytes: number }[]} */
function files(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		return e.isDirectory() ? files(path) : [{ path, bytes: statSync(path).size }];
	});
}

/**
 * Output size, and the sizes of code pages (every one raw, a sample of 2,000 gzipped) and action
 * pages. Code pages are the `index.html` two folders down under a service's folder; action pages
 * three down, under its `actions/`.
 * @param {string} outDir @param {string[]} services
 */
function measureOutput(outDir, services) {
	const all = files(outDir);
	const codePages = all.filter(({ path }) => {
		const parts = relative(outDir, path).split(sep);
		return parts.length === 3 && parts[2] === 'index.html' && services.includes(parts[0] ?? '');
	});
	const actionPages = all.filter(({ path }) => {
		const parts = relative(outDir, path).split(sep);
		return parts.length === 4 && parts[1] === 'actions' && parts[3] === 'index.html' && services.includes(parts[0] ?? '');
	});
	const step = Math.max(1, Math.floor(codePages.length / 2000));
	const gzip = codePages.filter((_, i) => i % step === 0).map(({ path }) => gzipSync(readFileSync(path)).length);
	return {
		pages: all.filter((f) => f.path.endsWith('.html')).length,
		files: all.length,
		dist_mb: all.reduce((n, f) => n + f.bytes, 0) / 1e6,
		pagefind_mb: all.filter((f) => f.path.includes(`${sep}pagefind${sep}`)).reduce((n, f) => n + f.bytes, 0) / 1e6,
		code_pages: codePages.length,
		code_page_median_bytes: median(codePages.map((f) => f.bytes)),
		code_page_max_bytes: Math.max(...codePages.map((f) => f.bytes)),
		code_page_median_gzip_bytes: median(gzip),
		sample_code_page: codePages[Math.floor(codePages.length / 2)]?.path ?? '',
		action_pages: actionPages.length,
		action_page_median_bytes: actionPages.length === 0 ? 0 : median(actionPages.map((f) => f.bytes)),
		action_page_max_bytes: actionPages.length === 0 ? 0 : Math.max(...actionPages.map((f) => f.bytes)),
	};
}

/**
 * In headless Chromium on a static server that gzips text: the bytes of a cold first view of a
 * code page (HTML, CSS, JS, fonts, images), then, from that page, the bytes and time of a first
 * search (opened with `/`, so everything the search loads is counted) and of each following one.
 * @param {string} outDir @param {number} port @param {string} codePath
 */
async function measureInBrowser(outDir, port, codePath) {
	const server = await startStaticServer(outDir, port);
	const browser = await chromium.launch(launchOptions());
	try {
		const page = await browser.newPage();
		// Counted on the context, not the page: Pagefind fetches its index from a web worker.
		let bytes = 0;
		page.context().on('requestfinished', async (request) => {
			const sizes = await request.sizes();
			bytes += sizes.responseHeadersSize + sizes.responseBodySize;
		});
		/** Resolves once no response has finished for half a second. */
		const quiet = async () => {
			for (let last = -1; last !== bytes;) {
				last = bytes;
				await page.waitForTimeout(500);
			}
		};
		await page.goto(`http://127.0.0.1:${port}/${codePath}`, { waitUntil: 'networkidle' });
		await quiet();
		const firstView = bytes;
		await page.keyboard.press('/');
		const box = page.getByRole('dialog', { name: '搜索错误码' }).getByRole('searchbox');
		const search = async (/** @type {string} */ q) => {
			const before = bytes;
			const done = page.evaluate(
				() =>
					new Promise((r) =>
						document.addEventListener('code-search:done', (e) => r(/** @type {CustomEvent} */ (e).detail.ms), { once: true }),
					),
			);
			await box.fill(q);
			const ms = /** @type {number} */ (await done);
			// waitForLoadState('networkidle') returns at once after the first load: wait for quiet instead.
			await quiet();
			return { bytes: bytes - before, ms };
		};
		// Opening the dialog starts loading the search; those bytes belong to the first search.
		const first = await search(QUERIES[0] ?? 'x');
		first.bytes = bytes - firstView;
		const next = [];
		for (const q of QUERIES.slice(1)) {
			await box.fill('');
			next.push(await search(q));
		}
		await box.fill('');
		const action = await search(ACTION_QUERY);
		await box.fill('');
		const english = await search(ENGLISH_QUERY);
		// A forgiving deep link and a paste, each from a cold browser: everything until the code's page is shown.
		const cold = async (/** @type {string} */ path, /** @type {RegExp} */ landed) => {
			const context = await browser.newContext();
			let total = 0;
			context.on('requestfinished', async (request) => {
				const sizes = await request.sizes();
				total += sizes.responseHeadersSize + sizes.responseBodySize;
			});
			const tab = await context.newPage();
			await tab.goto(`http://127.0.0.1:${port}${path}`);
			await tab.waitForURL(landed);
			await tab.waitForLoadState('networkidle');
			await context.close();
			return total;
		};
		const [service = '', code = ''] = codePath.split('/');
		const canonical = new RegExp(`/${service}/${code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/$`);
		const pasted = JSON.stringify({ Response: { Error: { Code: decodeURIComponent(code), Message: 'x' }, RequestId: 'r-1' } });
		return {
			deep_link_bytes: await cold(`/${service}/${code.toLowerCase()}`, canonical),
			paste_bytes: await cold(`/lookup/?q=${encodeURIComponent(`${service} ${pasted}`)}`, canonical),
			first_view_gzip_bytes: firstView,
			first_search_bytes: first.bytes,
			first_search_ms: first.ms,
			next_search_bytes: median(next.map((n) => n.bytes)),
			next_search_ms: median(next.map((n) => n.ms)),
			action_search_bytes: action.bytes,
			english_search_bytes: english.bytes,
			english_search_ms: english.ms,
		};
	} finally {
		await browser.close();
		server.kill();
	}
}

/** The service slugs of a content folder, in the order of its services.yaml. @param {string} dir */
const serviceSlugs = (dir) => readContentMeta(pathToFileURL(`${resolve(dir)}/`)).services.map((s) => s.slug);

/** Changes one row of one document of the second service, as an editor fixing a description would. @param {string} dir */
function editOneDocument(dir) {
	const [, second] = serviceSlugs(dir);
	const file = readdirSync(dir)
		.filter((f) => f.endsWith('.md'))
		.sort()
		.find((f) => readFileSync(join(dir, f), 'utf-8').includes(`service: ${second}\n`));
	if (!file) throw new Error(`no document of service ${second} in ${dir}`);
	const path = join(dir, file);
	const text = readFileSync(path, 'utf-8');
	// The last cell of the first table row after the header's delimiter line.
	const edited = text.replace(/(\n\|[ :|-]+\|\n\|[^\n]*?)( ?\|\n)/, '$1（已更新）$2');
	if (edited === text) throw new Error(`found no table row to edit in ${path}`);
	writeFileSync(path, edited);
	return file;
}

const round = (/** @type {number} */ n, /** @type {number} */ digits = 1) => Number(n.toFixed(digits));
const results = [];
/** @type {{ size: number, catalog?: string }[]} */
const runs = [...sizes.map((size) => ({ size })), ...catalogs.map((folder) => ({ size: 0, catalog: folder }))];
for (const run of runs) {
	// Every catalogue is built from its own copy, so the incremental step can edit a document freely.
	const name = run.catalog === undefined ? String(run.size) : basename(run.catalog);
	const contentDir = `bench-results/catalog-${name}`;
	if (run.catalog !== undefined || run.size === 565) {
		rmSync(contentDir, { recursive: true, force: true });
		cpSync(run.catalog ?? 'content', contentDir, { recursive: true });
	} else generate(run.size, contentDir);
	const services = serviceSlugs(contentDir);
	const outDir = `bench-results/dist-${name}`;
	rmSync(outDir, { recursive: true, force: true });
	console.log(`${name}: building ${contentDir} into ${outDir} …`);
	const env = { ERRCODES_CONTENT: contentDir };
	// --force: a full build, whatever the incremental cache holds from an earlier run.
	const timing = await build({ script: ['scripts/build.mjs', '--outDir', outDir, '--force'], env, log: `${outDir}.log` });
	if (!timing) throw new Error('unreachable: the build has no time limit');
	const output = measureOutput(outDir, services);
	// A real catalogue's size is its number of codes: the distinct pages its JSON rows point at.
	/** @type {{ codes: { url: string }[] }} */
	const api = JSON.parse(readFileSync(join(outDir, 'api', 'codes.json'), 'utf-8'));
	const size = run.catalog === undefined ? run.size : new Set(api.codes.map((c) => c.url)).size;
	const browserCost = await measureInBrowser(outDir, Number(values.port), relative(outDir, dirname(output.sample_code_page)) + '/');
	const edited = editOneDocument(contentDir);
	console.log(`${name}: edited ${edited}, building again …`);
	const again = await build({ script: ['scripts/build.mjs', '--outDir', outDir], env, log: `${outDir}-incremental.log` });
	if (!again) throw new Error('unreachable: the build has no time limit');

	/** @type {Record<string, unknown>} */
	let naive = { size, finished: false };
	if (run.catalog === undefined && naiveSizes.has(size)) {
		const root = `bench-results/naive-${name}`;
		const { pages } = writeNaiveSite(contentDir, root);
		console.log(`${name}: naive build of ${pages} Markdown pages in ${root} (gives up after ${NAIVE_LIMIT_S} s) …`);
		// Plain `astro build`: Starlight runs Pagefind inside it, as it does by default.
		const t = await build({
			script: ['node_modules/astro/bin/astro.mjs', 'build', '--root', root, '--force'],
			log: `${root}.log`,
			limitS: NAIVE_LIMIT_S,
		});
		// Given up: how far it got says how far off it was.
		if (!t) naive['pages_started_in_limit'] = (readFileSync(`${root}.log`, 'utf-8').match(/├─/g) ?? []).length;
		if (t) {
			const out = measureOutput(join(root, 'dist'), services);
			naive = {
				size,
				finished: true,
				pages: out.pages,
				build_s: round(t.build_s),
				render_s: t.render_s,
				index_s: round(t.index_s, 2),
				peak_rss_mb: Math.round(t.peak_rss_mb),
				dist_mb: round(out.dist_mb),
				files: out.files,
				code_page_median_bytes: out.code_page_median_bytes,
				code_page_median_gzip_bytes: out.code_page_median_gzip_bytes,
			};
		}
	}
	const ours = {
		...(run.catalog === undefined ? {} : { catalog: name }),
		size,
		pages: output.pages,
		build_s: round(timing.build_s),
		render_s: timing.render_s,
		index_s: round(timing.index_s, 2),
		peak_rss_mb: Math.round(timing.peak_rss_mb),
		dist_mb: round(output.dist_mb),
		code_page_median_bytes: output.code_page_median_bytes,
		code_page_max_bytes: output.code_page_max_bytes,
		code_page_median_gzip_bytes: output.code_page_median_gzip_bytes,
		action_pages: output.action_pages,
		action_page_median_bytes: output.action_page_median_bytes,
		action_page_max_bytes: output.action_page_max_bytes,
		first_search_bytes: browserCost.first_search_bytes,
		next_search_bytes: browserCost.next_search_bytes,
		first_search_ms: Math.round(browserCost.first_search_ms),
		next_search_ms: Math.round(browserCost.next_search_ms),
		action_search_bytes: browserCost.action_search_bytes,
		english_search_bytes: browserCost.english_search_bytes,
		english_search_ms: Math.round(browserCost.english_search_ms),
		first_view_gzip_bytes: browserCost.first_view_gzip_bytes,
		deep_link_bytes: browserCost.deep_link_bytes,
		paste_bytes: browserCost.paste_bytes,
		files: output.files,
		files_per_code: round(output.files / output.code_pages, 2),
		ms_per_page: round((timing.render_s * 1000) / output.pages, 2),
		pagefind_mb: round(output.pagefind_mb),
		incremental_build_s: round(again.build_s),
		incremental_rendered: again.rendered,
		incremental_reused: again.reused,
		naive,
		/** @type {Record<string, number>} */
		vs_naive: {},
	};
	if (naive['finished']) {
		for (const key of /** @type {const} */ (['build_s', 'peak_rss_mb', 'dist_mb', 'files', 'code_page_median_bytes'])) {
			ours.vs_naive[key] = round(Number(ours[key]) / Number(naive[key]), 2);
		}
	}
	results.push(ours);
	console.table(results.map(({ naive: _a, vs_naive: _b, ...row }) => row));
	if (naiveSizes.size > 0)
		console.table(
			results.map((r) => ({
				size: r.size,
				...Object.fromEntries(Object.entries(r.naive).map(([k, v]) => [`naive_${k}`, v])),
				...Object.fromEntries(Object.entries(r.vs_naive).map(([k, v]) => [`ours/naive ${k}`, v])),
			})),
		);
}
mkdirSync(dirname(String(values.json)), { recursive: true });
writeFileSync(String(values.json), JSON.stringify(results, null, 1));
console.log(`wrote ${values.json}`);
