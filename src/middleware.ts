import { defineMiddleware } from 'astro:middleware';
import { withInlineScriptHashes } from './lib/csp.ts';

/** Completes each page's CSP with the hashes of its inline scripts as it is rendered, not in a second pass over the output. */
export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	return new Response(withInlineScriptHashes(await response.text()), response);
});
