import { createHash } from 'node:crypto';

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

/**
 * Adds the hash of every inline script a page carries to its `script-src`, if missing. Astro
 * hashes the scripts it bundles, not `is:inline` ones (Starlight's theme and sidebar scripts), and
 * the policy must never need 'unsafe-inline' for scripts.
 */
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
