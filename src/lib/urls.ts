/**
 * Every URL the site links to is built here, so a path is spelt one way only.
 * A code keeps its own spelling in its URL; only runs of characters that are awkward in a path
 * (anything but ASCII letters, digits, ".", "_" and "-") become a single "-" (`codeSlug`).
 */
import { codeSlug } from './codes.ts';

/**
 * The path the site is served under (Astro's `base`, set by `ERRCODES_BASE`), with a slash at each
 * end. The build reads the variable; the browser gets it from Vite, which the same base configures.
 */
const BASE = ((typeof process === 'undefined' ? undefined : process.env['ERRCODES_BASE']) ?? import.meta.env?.BASE_URL ?? '/').replace(
	/\/?$/,
	'/',
);

/** A path of the site, under its base: `/cos/` -> `/errcodes/cos/`. */
export function sitePath(path: string): string {
	return `${BASE}${path.replace(/^\//, '')}`;
}

/** A path of the site without its base, for Starlight's sidebar and Astro's redirects, which add it themselves. */
export function withoutBase(url: string): string {
	return url.startsWith(BASE) ? `/${url.slice(BASE.length)}` : url;
}

/** The home page. */
export function homeUrl(): string {
	return sitePath('/');
}

/** The page that says where the data comes from. */
export function aboutUrl(): string {
	return sitePath('/about/');
}

/** The full search page; with `q`, it opens with the query run. */
export function searchUrl(query?: string): string {
	return sitePath(query === undefined ? '/search/' : `/search/?q=${encodeURIComponent(query)}`);
}

/** The paste box: `/lookup/?q=<anything pasted>`. */
export function lookupUrl(): string {
	return sitePath('/lookup/');
}

/** The catalogue-wide lists the search, the 404 resolver and the paste lookup read first. */
export function searchMetaUrl(): string {
	return sitePath('/search/meta.json');
}

/** One part of the code list cut by folded spelling (see `lookupPartOf`). */
export function lookupPartUrl(part: number): string {
	return sitePath(`/search/lookup/${part}.json`);
}

/** One shard of the code list, which is all a search loads (see `shardOfQuery`). */
export function searchShardUrl(shard: number): string {
	return sitePath(`/search/codes/${shard}.json`);
}

/** A service's page: `/cos/`. */
export function serviceUrl(service: string): string {
	return sitePath(`/${service}/`);
}

/** The id of a family's part of its service page, for `#` links. */
export function familyAnchor(family: string): string {
	return `family-${family}`;
}

/** A family's part of its service page: `/cos/#family-xml-api`. */
export function familyUrl(service: string, family: string): string {
	return `${serviceUrl(service)}#${familyAnchor(family)}`;
}

/** The id of a family's common codes on its service page. */
export function commonCodesAnchor(family: string): string {
	return `${familyAnchor(family)}-common`;
}

/** The common codes of a family on its service page: `/cvm/#family-api3-common`. */
export function commonCodesUrl(service: string, family: string): string {
	return `${serviceUrl(service)}#${commonCodesAnchor(family)}`;
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

/** The path segment under a service of its action pages (`/cvm/actions/RunInstances/`): two levels deep, so never a code page. */
export const ACTIONS_SEGMENT = 'actions';

/** An action as its URL needs it. */
export interface ActionAddress {
	service: string;
	slug: string;
}

/** An action's page: `/cvm/actions/RunInstances/`. */
export function actionUrl({ service, slug }: ActionAddress): string {
	return `${serviceUrl(service)}${ACTIONS_SEGMENT}/${slug}/`;
}

/** The id of the list of a service's actions on its page. */
export const ACTIONS_ANCHOR = 'actions';

/** The list of a service's actions, on its page: `/cvm/#actions`. */
export function serviceActionsUrl(service: string): string {
	return `${serviceUrl(service)}#${ACTIONS_ANCHOR}`;
}

/** The page of every action that can return a code, for codes with more than a code page lists: `/csip/InternalError/actions/`. */
export function codeActionsUrl(code: CodeAddress): string {
	return `${codeUrl(code)}${ACTIONS_SEGMENT}/`;
}

/** The first path segment of the pages that list every service defining one code. */
export const SHARED_SEGMENT = 'codes';

/** The page listing every service that defines a code: `/codes/InternalError/`. */
export function sharedCodeUrl(code: string): string {
	return sitePath(`/${SHARED_SEGMENT}/${codeSlug(code)}/`);
}

/** Where the build leaves the Pagefind records in its output folder for `scripts/build.mjs`, which removes them (`src/pages/search/records.json.ts`). */
export const RECORDS_FILE = 'search/records.json';

/** Pagefind's script, which the search loads on first use. */
export function pagefindUrl(): string {
	return sitePath('/pagefind/pagefind.js');
}

/** The OpenSearch description browsers read to offer the site as a search engine. */
export function opensearchUrl(): string {
	return sitePath('/opensearch.xml');
}

/** The site's icon. */
export function faviconUrl(): string {
	return sitePath('/favicon.svg');
}
