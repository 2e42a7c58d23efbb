import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

// Every page carries the same few inline scripts: hash each body once.
const hashes = new Map<string, string>();
const hashOf = (body: string) => {
	let hash = hashes.get(body);
	if (hash === undefined) {
		hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
		hashes.set(body, hash);
	}
	return hash;
};

/** Adds the hash of every inline script a page carries to its `script-src`, if missing. */
export function withInlineScriptHashes(html: string): string {
	const meta = META.exec(html);
	if (!meta) return html;
	const policy = meta[2] ?? '';
	const missing = new Set<string>();
	for (const [, body = ''] of html.matchAll(INLINE_SCRIPT)) {
		const hash = hashOf(body);
		if (!policy.includes(hash)) missing.add(hash);
	}
	if (missing.size === 0) return html;
	const updated = policy.replace(/script-src ([^;]*)/, (_, sources: string) => `script-src ${sources.trim()} ${[...missing].join(' ')}`);
	return html.replace(META, `$1${updated}$3`);
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* htmlFiles(path);
		else if (entry.name.endsWith('.html')) yield path;
	}
}

/**
 * Astro hashes the scripts it bundles, not `is:inline` ones (Starlight's theme and sidebar
 * scripts): hash those after the build, so the policy never needs 'unsafe-inline' for scripts.
 */
export function cspInlineHashes(): AstroIntegration {
	return {
		name: 'errcodes:csp-inline-hashes',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				let changed = 0;
				const update = async (file: string) => {
					const html = await readFile(file, 'utf-8');
					const updated = withInlineScriptHashes(html);
					if (updated !== html) {
						await writeFile(file, updated);
						changed++;
					}
				};
				// A few files at a time: the disk, not one file's round trip, sets the pace.
				let batch: Promise<void>[] = [];
				for await (const file of htmlFiles(fileURLToPath(dir))) {
					batch.push(update(file));
					if (batch.length >= 32) {
						await Promise.all(batch);
						batch = [];
					}
				}
				await Promise.all(batch);
				logger.info(`Hashed inline scripts into the CSP of ${changed} pages`);
			},
		},
	};
}
