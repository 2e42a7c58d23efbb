import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { POLICY, policyFor } from '../../src/lib/csp.ts';

const hash = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
const scriptSrc = (policy: string) => policy.split('; ').find((d) => d.startsWith('script-src '));

test('lists the hash of each inline script once, after the site itself and WebAssembly', () => {
	expect(scriptSrc(policyFor(['a()', 'b()', 'a()']))).toBe(`script-src 'self' 'wasm-unsafe-eval' ${hash('a()')} ${hash('b()')}`);
});

test('never allows inline scripts by anything but their hash', () => {
	expect(policyFor(['a()'])).not.toContain("unsafe-inline'; script");
	expect(scriptSrc(policyFor([]))).toBe("script-src 'self' 'wasm-unsafe-eval'");
});

test('keeps every other directive of the site policy as it is', () => {
	const others = policyFor(['a()'])
		.split('; ')
		.filter((d) => !d.startsWith('script-src'));
	expect(others).toEqual(POLICY.filter((d) => !d.startsWith('script-src')));
	expect(others).toContain("object-src 'none'");
});
