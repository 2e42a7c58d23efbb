// @ts-check
// Fails when a built page links to a page, file or #anchor that is not in the build.
// Usage: node scripts/check-links.mjs [dist]; with ERRCODES_BASE=/errcodes/, for a site built under that path.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = process.argv[2] ?? 'dist';
// The path the site is served under: every internal link must start with it.
const base = (process.env['ERRCODES_BASE'] ?? '/').replace(/\/?$/, '/');

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/** The page a path is served from, or undefined. @param {string} pathname */
function fileFor(pathname) {
	if (!pathname.startsWith(base)) return undefined;
	pathname = `/${pathname.slice(base.length)}`;
	let decoded;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	const path = join(root, decoded);
	if (existsSync(path) && statSync(path).isFile()) return path;
	const index = join(path, 'index.html');
	return existsSync(index) ? index : undefined;
}

/** @type {Map<string, Set<string>>} */
const idsByFile = new Map();
/** @param {string} file */
function idsOf(file) {
	let ids = idsByFile.get(file);
	if (!ids) {
		const html = readFileSync(file, 'utf-8');
		ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1] ?? ''));
		idsByFile.set(file, ids);
	}
	return ids;
}

const files = htmlFiles(root);
const broken = [];
let checked = 0;
for (const file of files) {
	const html = readFileSync(file, 'utf-8');
	const pagePath =
		base +
		relative(root, file)
			.split(sep)
			.join('/')
			.replace(/index\.html$/, '');
	for (const [, attr, value = ''] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
		if (/^(https?:|mailto:|data:|javascript:)/i.test(value) || value.startsWith('//')) continue;
		const url = new URL(value.replace(/&amp;/g, '&'), `http://site${pagePath}`);
		const target = fileFor(url.pathname);
		checked++;
		if (!target) {
			broken.push(`${relative(root, file)}: ${attr}="${value}" -> no such page or file`);
			continue;
		}
		const anchor = decodeURIComponent(url.hash.slice(1));
		if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor)) {
			broken.push(`${relative(root, file)}: ${attr}="${value}" -> no element with id "${anchor}"`);
		}
	}
}
console.log(`Checked ${checked} links and sources in ${files.length} pages: ${broken.length} broken.`);
for (const line of broken.slice(0, 50)) console.log(`BROKEN ${line}`);
if (broken.length > 0) process.exit(1);
