import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { withInlineScriptHashes } from '../../src/lib/csp.ts';

const hash = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
const page = (policy: string, scripts: string) =>
	`<head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${scripts}</body>`;

test('lists the hash of each inline script, once, and no hash of a script loaded from a file', () => {
	const html = withInlineScriptHashes(
		page(
			`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash('bundled()')}; style-src 'self'`,
			'<script>a()</script><script src="/x.js"></script><script>a()</script><script type="module">b()</script>',
		),
	);
	expect(html).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash('a()')} ${hash('b()')}; style-src 'self'"`);
});

test('does not take a "<script>" inside an attribute value for a script', () => {
	const html = withInlineScriptHashes(
		page(`script-src 'self'`, `<copy-button data-copy="x<script>alert(1)</script>"></copy-button><script>a()</script>`),
	);
	expect(html).toContain(`script-src 'self' ${hash('a()')}"`);
	expect(html).not.toContain(hash('alert(1)'));
});

test('leaves a page alone when its policy already lists exactly its inline scripts', () => {
	const input = page(`script-src 'self' ${hash('a()')}`, '<script>a()</script>');
	expect(withInlineScriptHashes(input)).toBe(input);
});

test('leaves a page without a policy alone', () => {
	expect(withInlineScriptHashes('<script>a()</script>')).toBe('<script>a()</script>');
});
