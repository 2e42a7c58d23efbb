// @ts-check
// The benchmark: builds the site for catalogues of several sizes and measures build time, memory,
// output size and search cost in headless Chromium. Prints a table and writes JSON.
// Usage: npm run bench -- --sizes 565,10000,50000 --json bench-results/bench.json
// Size 565 is the real catalogue in content/; other sizes are generated (scripts/bench/generate.mjs).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { launchOptions } from '../../tests/browser.ts';
import { median, startStaticServer } from '../measure.mjs';
import { generate } from './generate.mjs';

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '565,10000' },
		json: { type: 'string', default: 'bench-results/bench.json' },
		port: { type: 'string', default: '4391' },
	},
});
const sizes = String(values.sizes).split(',').map(Number);
const QUERIES = ['InternalError', '签名过期', 'AuthFailure.SignatureFailure', '不存在', 'LimitExceeded', '参数', 'ResourceNotFound'];

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

/** Runs the real build (npm's Node 22) and records wall time, peak RSS and the log. */
async function build(/** @type {string} */ contentDir, /** @type {string} */ outDir) {
	const started = performance.now();
	const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
		env: { ...process.env, ERRCODES_CONTENT: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	child.stdout.on('data', (d) => (log += d));
	child.stderr.on('data', (d) => (log += d));
	let peak = 0;
	const timer = setInterval(() => (peak = Math.max(peak, treeRssKb(child.pid ?? 0))), 250);
	const code = await new Promise((resolve) => child.on('close', resolve));
	clearInterval(timer);
	if (code !== 0) throw new Error(`build of ${contentDir} failed:\n${log.slice(-3000)}`);
	writeFileSync(`${outDir}.log`, log);
	// Astro and Pagefind print durations as "658ms", "4.03s" or "1m 52s".
	const seconds = (/** @type {RegExp} */ re) => {
		const text = re.exec(log)?.[1] ?? '';
		const m = /^(?:(\d+)m\s*)?(?:([\d.]+)s)?(?:([\d.]+)ms)?$/.exec(text.trim());
		return m ? Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) + Number(m[3] ?? 0) / 1000 : NaN;
	};
	return {
		build_s: (performance.now() - started) / 1000,
		render_s: seconds(/generating static routes[\s\S]*?✓ Completed in ([\dms. ]+?)\.?\s*\n/),
		index_s: seconds(/Finished building search index in ([\dms. ]+?)\.?\s*\n/),
		peak_rss_mb: peak / 1024,
	};
}

/** @param {string} dir @returns {{ path: string, bytes: number }[]} */
function files(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		return e.isDirectory() ? files(path) : [{ path, bytes: statSync(path).size }];
	});
}

/** Output size, and the sizes of code pages (every one raw, a sample of 2,000 gzipped). */
function measureOutput(/** @type {string} */ outDir, /** @type {string[]} */ services) {
	const all = files(outDir);
	const codePages = all.filter(({ path }) => {
		const parts = relative(outDir, path).split(sep);
		return parts.length === 3 && parts[2] === 'index.html' && services.includes(parts[0] ?? '');
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
	};
}

/** Bytes and time of a cold first search, then of each following search, in headless Chromium. */
async function measureSearch(/** @type {string} */ outDir, /** @type {number} */ port) {
	const server = await startStaticServer(outDir, port);
	const browser = await chromium.launch(launchOptions());
	try {
		const page = await browser.newPage();
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
		let bytes = 0;
		cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
		await page.goto(`http://127.0.0.1:${port}/search/`, { waitUntil: 'networkidle' });
		const box = page.getByRole('searchbox', { name: '搜索错误码或关键词' });
		const search = async (/** @type {string} */ q) => {
			const before = bytes;
			const done = page.evaluate(() => new Promise((r) => document.addEventListener('code-search:done', (e) => r(/** @type {CustomEvent} */ (e).detail.ms), { once: true })));
			await box.fill(q);
			const ms = /** @type {number} */ (await done);
			await page.waitForLoadState('networkidle');
			return { bytes: bytes - before, ms };
		};
		const first = await search(QUERIES[0] ?? 'x');
		const next = [];
		for (const q of QUERIES.slice(1)) {
			await box.fill('');
			next.push(await search(q));
		}
		return {
			first_search_bytes: first.bytes,
			first_search_ms: first.ms,
			next_search_bytes: median(next.map((n) => n.bytes)),
			next_search_ms: median(next.map((n) => n.ms)),
		};
	} finally {
		await browser.close();
		server.kill();
	}
}

const results = [];
for (const size of sizes) {
	const contentDir = size === 565 ? 'content' : `bench-results/catalog-${size}`;
	if (size !== 565) generate(size, contentDir);
	const services = [...readFileSync(join(contentDir, 'services.yaml'), 'utf-8').matchAll(/^- slug: (\S+)/gm)].map((m) => m[1] ?? '');
	const outDir = `bench-results/dist-${size}`;
	console.log(`size ${size}: building ${contentDir} into ${outDir} …`);
	const timing = await build(contentDir, outDir);
	const output = measureOutput(outDir, services);
	const searchCost = await measureSearch(outDir, Number(values.port));
	results.push({
		size,
		pages: output.pages,
		build_s: Number(timing.build_s.toFixed(1)),
		render_s: timing.render_s,
		index_s: Number(timing.index_s.toFixed(2)),
		peak_rss_mb: Math.round(timing.peak_rss_mb),
		dist_mb: Number(output.dist_mb.toFixed(1)),
		code_page_median_bytes: output.code_page_median_bytes,
		code_page_max_bytes: output.code_page_max_bytes,
		code_page_median_gzip_bytes: output.code_page_median_gzip_bytes,
		first_search_bytes: searchCost.first_search_bytes,
		next_search_bytes: searchCost.next_search_bytes,
		first_search_ms: Math.round(searchCost.first_search_ms),
		next_search_ms: Math.round(searchCost.next_search_ms),
		files: output.files,
		files_per_code: Number((output.files / output.code_pages).toFixed(2)),
		ms_per_page: Number(((timing.render_s * 1000) / output.pages).toFixed(2)),
		pagefind_mb: Number(output.pagefind_mb.toFixed(1)),
	});
	console.table(results);
}
mkdirSync(dirname(String(values.json)), { recursive: true });
writeFileSync(String(values.json), JSON.stringify(results, null, 1));
console.log(`wrote ${values.json}`);
