/**
 * Every URL the site links to is built here, so a path is spelt one way only.
 * A code keeps its own spelling in its URL; only runs of characters that are awkward in a path
 * (anything but ASCII letters, digits, ".", "_" and "-") become a single "-" (`codeSlug`).
 */
import { codeSlug } from './codes.ts';


/** The home page. */
export function homeUrl(): string {
	return '/';
}

/** The page that says where the data comes from. */
export function aboutUrl(): string {
	return '/about/';
}

/** The full search page; with `q`, it opens with the query run. */
export function searchUrl(query?: string): string {
	return query === undefined ? '/search/' : `/search/?q=${encodeURIComponent(query)}`;
}

/** The paste box: `/lookup/?q=<anything pasted>`. */
export function lookupUrl(): string {
	return '/lookup/';
}

/** Every service's names and the number of lookup parts, for the 404 resolver and the paste lookup. */
export function lookupServicesUrl(): string {
	return '/search/services.json';
}

/** One part of the code list cut by folded spelling (see `lookupPartOf`). */
export function lookupPartUrl(part: number): string {
	return `/search/lookup/${part}.json`;
}

/** How many codes each shard of the code list holds: `{ sizes }`, read before the first shard. */
export function searchShardsUrl(): string {
	return '/search/shards.json';
}

/** One shard of the code list, which is all a search loads (see `shardOfQuery`). */
export function searchShardUrl(shard: number): string {
	return `/search/codes/${shard}.json`;
}

/** A service's page: `/cos/`. */
export function serviceUrl(service: string): string {
	return `/${service}/`;
}

/** The id of a family's part of its service page, for `#` links. */
export function familyAnchor(family: string): string {
	return `family-${family}`;
}

/** A family's part of its service page: `/cos/#family-xml-api`. */
export function familyUrl(service: string, family: string): string {
	return `${serviceUrl(service)}#${familyAnchor(family)}`;
}

/** A code as its URL needs it: `slug` only where it is not `codeSlug(code)` (codes differing only in case). */
export interface CodeAddress {
	service: string;
	code: string;
	slug?: string | undefined;
}

/** A code's page: `/cos/NoSuchBucket/`. */
export function codeUrl({ service, code, slug }: CodeAddress): string {
	return `${serviceUrl(service)}${slug ?? codeSlug(code)}/`;
}

/** The first path segment of the pages that list every service defining one code. */
export const SHARED_SEGMENT = 'codes';

/** The page listing every service that defines a code: `/codes/InternalError/`. */
export function sharedCodeUrl(code: string): string {
	return `/${SHARED_SEGMENT}/${codeSlug(code)}/`;
}
