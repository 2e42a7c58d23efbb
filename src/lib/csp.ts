import { createHash } from 'node:crypto';

/**
 * The site's Content-Security-Policy, but for the hashes of `script-src`. Scripts come from the
 * site and, inline, by hash only; Pagefind needs WebAssembly; Starlight's own markup carries style
 * attributes. `public/_headers` repeats what a `<meta>` cannot say.
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

/** How `script-src` names an inline script: the SHA-256 of its text. */
export const scriptHash = (body: string): string => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;

/**
 * The policy of pages whose inline scripts are `inline`: `script-src` lists the hash of each, and no
 * other. The site's pages carry one, the stored theme; `tests/built/` checks every page against it.
 */
export function policyFor(inline: string[]): string {
	const hashes = [...new Set(inline.map(scriptHash))];
	return POLICY.map((directive) => (directive.startsWith('script-src ') ? [directive, ...hashes].join(' ') : directive)).join('; ');
}
