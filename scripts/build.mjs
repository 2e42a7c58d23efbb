// @ts-check
// `npm run build`: `astro build` with the arguments given, then the Pagefind index of its output in
// this process once Astro has exited. Inside Astro's build hook the index was built while Astro
// still held the rendered site in memory: at 50,000 codes the two together took 8.8 GB.
// Usage: node scripts/build.mjs [astro build flags, e.g. --outDir dist-fixture --force]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { KEEP_OUTPUT_ENV, OUTPUT_LIST } from '../src/build/kept-output.ts';
import { RECORDS_FILE } from '../src/lib/urls.ts';
import { CONTENT_DIR, contentFolder, tableLineCount } from '../src/loaders/content-folder.ts';

const args = process.argv.slice(2);
const { values } = parseArgs({ args, options: { outDir: { type: 'string', default: 'dist' } }, strict: false });
const outDir = resolve(String(values.outDir));

// Astro keeps one incremental cache per project, for the last build only: a build of another content
// folder, into another folder, under another base or with another way of framing pages must start afresh, or it would reuse the other site's pages.
const stampFile = fileURLToPath(new URL('../node_modules/.astro/errcodes-last-build.json', import.meta.url));
const stamp = JSON.stringify({
	content: resolve(CONTENT_DIR),
	outDir,
	base: process.env['ERRCODES_BASE'] ?? '/',
	frame: process.env['ERRCODES_FRAME'] ?? '',
});
const sameAsLast = existsSync(stampFile) && readFileSync(stampFile, 'utf-8') === stamp;
const force = !sameAsLast && !args.includes('--force') ? ['--force'] : [];
if (force.length > 0) console.log('[build] another content folder or output folder than the last build: building in full');

// V8 grows its heap long before it must: at 24,500 codes Astro's live heap stays under 600 MB, yet
// the process reached 1.8 GB. A limit of 30 KB a table line of the documents (a code page each, at
// most), 2 KB a line of the actions documents (a row of a page) and 1 KB a line of the English
// twins (text added to a page that exists anyway), 768 MB at least, stays above what the build
// needs (the real catalogue's heap peaks near 820 MB under its 1,100 MB) and holds memory near it.
const lines = tableLineCount(contentFolder(new URL('../', import.meta.url)));
const heapMb = Math.max(768, Math.ceil((lines.documents * 30 + lines.actions * 2 + lines.english) / 1024));
// Vite's bundler (Rolldown, with the mimalloc allocator) kept some 500 MB it had freed resident for
// the rest of the build; told to return freed pages at once, the real catalogue's peak fell from
// 2.0 GB to 1.3 GB, at no cost in time.
const RETURN_FREED_MEMORY = { MIMALLOC_ARENA_EAGER_COMMIT: '0', MIMALLOC_PURGE_DELAY: '0', MIMALLOC_PURGE_DECOMMITS: '1' };

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
// The same site as last time keeps its output in place (src/build/kept-output.ts), given the list
// of what the last build wrote to prune it by; another site starts from an empty folder.
const outputList = fileURLToPath(new URL(`../node_modules/.astro/${OUTPUT_LIST}`, import.meta.url));
const keep = sameAsLast && !args.includes('--force') && existsSync(outDir) && existsSync(outputList);
// An output folder this build does not keep is moved aside and removed while Astro builds, on the
// core Astro leaves idle: emptied in place by Vite, the real catalogue's 50,000 files took 9 s
// before the build began. A folder that cannot be moved (another file system) is left to Vite.
const astroCache = new URL('../node_modules/.astro/', import.meta.url);
const STALE = 'stale-output-';
mkdirSync(astroCache, { recursive: true });
const removals = readdirSync(astroCache)
	.filter((name) => name.startsWith(STALE))
	.map((name) => fileURLToPath(new URL(name, astroCache)));
if (!keep && existsSync(outDir)) {
	const aside = fileURLToPath(new URL(`${STALE}${process.pid}`, astroCache));
	try {
		renameSync(outDir, aside);
		removals.push(aside);
	} catch {}
}
const removed = Promise.all(removals.map((path) => rm(path, { recursive: true, force: true })));
const status = await new Promise((done) =>
	spawn(process.execPath, [`--max-old-space-size=${heapMb}`, astro, 'build', ...args, ...force], {
		stdio: 'inherit',
		env: { ...process.env, ...RETURN_FREED_MEMORY, [KEEP_OUTPUT_ENV]: keep ? '1' : '' },
	}).on('close', done),
);
await removed;
if (status !== 0) {
	rmSync(stampFile, { force: true });
	rmSync(outputList, { force: true });
	process.exit(typeof status === 'number' ? status : 1);
}
mkdirSync(dirname(stampFile), { recursive: true });
writeFileSync(stampFile, stamp);

/** @template {{ errors: string[] }} T @param {T} response @returns {T} */
function checked(response) {
	if (response.errors.length > 0) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
	return response;
}

const started = performance.now();
console.log('[pagefind] Building search index with Pagefind...');
const { index } = checked(await pagefind.createIndex({}));
if (!index) throw new Error('Pagefind: no index was created');
// Pages one or two levels deep (home, about, search, each service); code pages (three deep) are
// not read at all: their text goes in as records below.
const { page_count } = checked(await index.addDirectory({ path: outDir, glob: '{index.html,*/index.html}' }));
console.log(`[pagefind] Found ${page_count} HTML files.`);
// Records of a few codes each (src/lib/search/records.ts), which Astro wrote for this step only:
// Pagefind's page table grows per record, not per code.
const recordsFile = join(outDir, RECORDS_FILE);
/** @type {{ records: { url: string, content: string }[] }} */
const { records } = JSON.parse(readFileSync(recordsFile, 'utf-8'));
rmSync(recordsFile);
for (const record of records) checked(await index.addHTMLFile(record));
console.log(`[pagefind] Added ${records.length} records of codes and actions.`);
// A kept output folder holds the last index: its fragments would stay beside the new ones.
rmSync(join(outDir, 'pagefind'), { recursive: true, force: true });
checked(await index.writeFiles({ outputPath: join(outDir, 'pagefind') }));
await pagefind.close();
console.log(`[pagefind] Finished building search index in ${((performance.now() - started) / 1000).toFixed(2)}s.`);
