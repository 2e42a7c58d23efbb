import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { POLICY, policyOf, withPolicy } from '../../src/lib/csp.ts';

const hash = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
const scriptSrc = (policy: string) => policy.split('; ').find((d) => d.startsWith('script-src '));

test('lists the hash of each inline script, once, and no hash of a script loaded from a file', () => {
	const policy = policyOf('<script>a()</script><script src="/x.js"></script><script>a()</script><script type="module">b()</script>');
	expect(scriptSrc(policy)).toBe(`script-src 'self' 'wasm-unsafe-eval' ${hash('a()')} ${hash('b()')}`);
});

test('does not take a "<script>" inside an attribute value for a script', () => {
	const policy = policyOf(`<copy-button data-copy="x<script>alert(1)</script>"></copy-button><script>a()</script>`);
	expect(scriptSrc(policy)).toBe(`script-src 'self' 'wasm-unsafe-eval' ${hash('a()')}`);
});

test('keeps every other directive of the site policy as it is', () => {
	const others = policyOf('<p>no script</p>')
		.split('; ')
		.filter((d) => !d.startsWith('script-src'));
	expect(others).toEqual(POLICY.filter((d) => !d.startsWith('script-src')));
	expect(others).toContain("object-src 'none'");
});

test('puts the policy first in the head, after the charset, so that it governs every script of the page', () => {
	const html = withPolicy('<html><head><meta charset="utf-8"/><script>a()</script></head><body></body></html>');
	expect(html).toMatch(/^<html><head><meta charset="utf-8"\/><meta http-equiv="content-security-policy" content="[^"]+"><script>/);
	expect(html).toContain(hash('a()'));
});

test('leaves output without a head alone', () => {
	expect(withPolicy('{"a":"<script>a()</script>"}')).toBe('{"a":"<script>a()</script>"}');
});
