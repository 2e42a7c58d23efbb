import { createHash } from 'node:crypto';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
// A <script> element, or any other tag whole, quoted attribute values included: a "<script>" that
// vendor text puts inside an attribute value (a copy button's text) is consumed with its tag.
const TAGS = /<script\b([^>]*)>([\s\S]*?)<\/script>|<[a-zA-Z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/g;

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
 * Makes a page's `script-src` list the hash of each inline script it carries, and no other hash.
 * Astro hashes the scripts it bundles, which load from the site ('self' allows them) and not the
 * `is:inline` ones; the policy must never need 'unsafe-inline' for scripts.
 */
export function withInlineScriptHashes(html: string): string {
	const meta = META.exec(html);
	if (!meta) return html;
	const hashes = new Set(
		[...html.matchAll(TAGS)].flatMap(([, attributes, body]) =>
			body === undefined || /\bsrc=/.test(attributes ?? '') ? [] : [hashOf(body)],
		),
	);
	const updated = (meta[2] ?? '').replace(/script-src ([^;]*)/, (_, sources: string) => {
		const kept = sources.split(/\s+/).filter((source) => source !== '' && !source.startsWith("'sha256-"));
		return `script-src ${[...kept, ...hashes].join(' ')}`;
	});
	return html.replace(META, `$1${updated}$3`);
}
