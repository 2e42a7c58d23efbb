import { createHash } from 'node:crypto';

/**
 * The site's Content-Security-Policy, but for `script-src`'s hashes, which are each page's own.
 * Scripts come from the site and, inline, by hash only; Pagefind needs WebAssembly; Starlight's own
 * markup carries style attributes. `public/_headers` repeats what a `<meta>` cannot say.
 */
export const POLICY = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self' 'unsafe-inline'",
];

// A <script> element, or any other tag whole, quoted attribute values included: a "<script>" that
// vendor text puts inside an attribute value is consumed with its tag.
const TAGS = /<script\b([^>]*)>([\s\S]*?)<\/script>|<[a-zA-Z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/g;
const HEAD = /<head>(<meta charset="utf-8"\s*\/?>)?/;

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

/** The policy of a page whose inline scripts are `html`'s: `script-src` lists the hash of each, and no other. */
export function policyOf(html: string): string {
	const inline = new Set(
		[...html.matchAll(TAGS)].flatMap(([, attributes, body]) =>
			body === undefined || /\bsrc=/.test(attributes ?? '') ? [] : [hashOf(body)],
		),
	);
	return POLICY.map((directive) => (directive.startsWith('script-src ') ? [directive, ...inline].join(' ') : directive)).join('; ');
}

/**
 * A page with its policy as the first element of its `<head>` (after the charset), so that it
 * governs every script the page has. A page without a `<head>` (an endpoint's output) is left alone.
 */
export function withPolicy(html: string): string {
	const head = HEAD.exec(html);
	if (!head) return html;
	const at = head.index + head[0].length;
	return `${html.slice(0, at)}<meta http-equiv="content-security-policy" content="${policyOf(html)}">${html.slice(at)}`;
}
