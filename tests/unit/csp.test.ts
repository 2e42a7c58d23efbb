import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { withInlineScriptHashes } from '../../src/lib/csp.ts';

const hash = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
const page = (policy: string, scripts: string) =>
	`<head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${scripts}</body>`;

test('adds the hash of an inline script the policy lacks', () => {
	const html = withInlineScriptHashes(page("default-src 'self'; script-src 'self'", '<script>a()</script><script src="/x.js"></script>'));
	expect(html).toContain(`script-src 'self' ${hash('a()')}"`);
	expect(html).not.toContain(hash(''));
});

test('leaves a page alone when every inline script is already hashed', () => {
	const input = page(`script-src 'self' ${hash('a()')}`, '<script>a()</script>');
	expect(withInlineScriptHashes(input)).toBe(input);
});

test('leaves a page without a policy alone', () => {
	expect(withInlineScriptHashes('<script>a()</script>')).toBe('<script>a()</script>');
});
