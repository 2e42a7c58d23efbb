import { defineMiddleware } from 'astro:middleware';
import { withPolicy } from './lib/csp.ts';

/**
 * Gives each page its CSP as it is rendered, the hashes of its inline scripts included. Astro's own
 * `security.csp` hashed its bundled scripts and styles again on every one of 42,000 pages (4 s of a
 * real build) and left the inline ones out.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	return new Response(withPolicy(await response.text()), response);
});
