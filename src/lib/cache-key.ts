import { createHash } from 'node:crypto';

/**
 * The `cacheKey` of a prerendered path: a digest of everything the page is rendered from. With
 * Astro's incremental build, a path whose key (and template code) is unchanged is not re-rendered.
 */
export function cacheKey(props: unknown): string {
	return createHash('sha1').update(JSON.stringify(props)).digest('base64url');
}
