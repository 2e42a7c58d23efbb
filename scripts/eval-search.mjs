// @ts-check
// Search evaluation: runs the query set in bench/search-queries.json through the real search UI in
// headless Chromium against the built site, prints a table and writes JSON.
// Usage: npm run eval:search -- [--dist dist] [--queries bench/search-queries.json] [--json bench-results/search-eval.json]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { launchOptions } from './browser.ts';
import { median, startStaticServer } from './measure.mjs';

const { values } = parseArgs({
	options: {
		dist: { type: 'string', default: 'dist' },
		queries: { type: 'string', default: 'bench/search-queries.json' },
		json: { type: 'string', default: 'bench-results/search-eval.json' },
		port: { type: 'string', default: '4390' },
	},
});

/** @typedef {{ kind: string, q: string, expect: string[] }} Query */
/** @type {Query[]} */
const queries = JSON.parse(readFileSync(String(values.queries), 'utf-8')).queries;
const base = `http://127.0.0.1:${values.port}`;
const server = await startStaticServer(String(values.dist), Number(values.port));

const browser = await chromium.launch(launchOptions());
const page = await browser.newPage();
await page.goto(`${base}/search/`);
const box = page.getByRole('searchbox', { name: '搜索错误码或关键词' });

/** @param {string} q */
async function search(q) {
	const done = page.evaluate(
		() =>
			new Promise((resolve) =>
				document.addEventListener('code-search:done', (e) => resolve(/** @type {CustomEvent} */ (e).detail), { once: true }),
			),
	);
	await box.fill(q);
	return /** @type {Promise<{ ms: number, urls: string[] }>} */ (done);
}

/** Whether a query's answer meets its kind's bar. @param {Query} query @param {string[]} urls */
function passed(query, urls) {
	if (query.kind === 'code' || query.kind === 'service' || query.kind === 'action' || query.kind === 'constant') {
		return query.expect.every((u) => urls.slice(0, query.expect.length).includes(u));
	}
	if (query.kind === 'fragment') return query.expect.includes(urls[0] ?? '');
	// English words that many services' copies of one code share: any of them will do.
	if (query.kind === 'english') return query.expect.some((u) => urls.slice(0, 10).includes(u));
	return query.expect.every((u) => urls.slice(0, 10).includes(u));
}

/** @type {(Query & { ok: boolean, ms: number, top: string[] })[]} */
const rows = [];
const cold = await search(queries[0]?.q ?? 'x');
for (const query of queries) {
	await search('');
	const { ms, urls } = await search(query.q);
	rows.push({ ...query, ok: passed(query, urls), ms, top: urls.slice(0, 10) });
}
await browser.close();
server.kill();

const metric = {
	code: 'top-1',
	service: 'top-1',
	fragment: 'top-1',
	keyword: 'recall@10',
	mixed: 'recall@10',
	action: 'top-1',
	actionname: 'recall@10',
	english: 'any@10',
	constant: 'top-1',
};
// The kinds this query set has: the seeds' set has no actions.
const byKind = Object.entries(metric)
	.filter(([kind]) => rows.some((r) => r.kind === kind))
	.map(([kind, name]) => {
		const of = rows.filter((r) => r.kind === kind);
		return {
			kind,
			metric: name,
			queries: of.length,
			passed: of.filter((r) => r.ok).length,
			score: of.length ? of.filter((r) => r.ok).length / of.length : 0,
			median_ms: median(of.map((r) => r.ms)),
		};
	});
const summary = {
	dist: values.dist,
	queries: rows.length,
	cold_first_search_ms: Math.round(cold.ms),
	median_ms: Number(median(rows.map((r) => r.ms)).toFixed(1)),
	p90_ms: Number([...rows.map((r) => r.ms)].sort((a, b) => a - b)[Math.floor(rows.length * 0.9)]?.toFixed(1)),
	by_kind: byKind,
	failures: rows.filter((r) => !r.ok).map(({ q, kind, expect, top }) => ({ q, kind, expect, top })),
};

console.log(`Search evaluation: ${rows.length} queries against ${values.dist}/`);
console.table(
	byKind.map((k) => ({
		kind: k.kind,
		metric: k.metric,
		queries: k.queries,
		passed: k.passed,
		score: `${(k.score * 100).toFixed(1)}%`,
		'median ms': k.median_ms.toFixed(1),
	})),
);
console.log(
	`keystroke to results: median ${summary.median_ms} ms, p90 ${summary.p90_ms} ms; cold first search ${summary.cold_first_search_ms} ms`,
);
for (const f of summary.failures)
	console.log(`MISS [${f.kind}] ${JSON.stringify(f.q)}: expected ${f.expect.join(' ')}; got ${f.top.slice(0, 5).join(' ')}`);
mkdirSync(dirname(String(values.json)), { recursive: true });
writeFileSync(String(values.json), JSON.stringify({ summary, rows }, null, 1));
console.log(`wrote ${values.json}`);
