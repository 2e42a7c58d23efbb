import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ELEMENT_NODE, TEXT_NODE, parse, walkSync, type ElementNode } from 'ultrahtml';

/** One HTML file of a built site, parsed. */
export interface BuiltPage {
	/** The URL path it is served at, e.g. `/cos/NoSuchBucket/` or `/404.html`. */
	path: string;
	html: string;
	/** Every element, in document order. */
	elements: ElementNode[];
	/** Every text node outside `<script>`, `<style>` and `<template>`, decoded, in document order. */
	texts: string[];
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text as a browser shows it: the character references Astro writes, decoded. */
function decodeText(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#')
			return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
		return ENTITIES[name] ?? whole;
	});
}

function parsePage(root: string, file: string): BuiltPage {
	const html = readFileSync(file, 'utf-8');
	const elements: ElementNode[] = [];
	const texts: string[] = [];
	walkSync(parse(html), (node) => {
		if (node.type === ELEMENT_NODE) elements.push(node);
		if (node.type === TEXT_NODE && !['script', 'style', 'template'].includes(node.parent?.name)) texts.push(decodeText(node.value));
	});
	const path =
		'/' +
		relative(root, file)
			.split(sep)
			.join('/')
			.replace(/(^|\/)index\.html$/, '$1');
	return { path, html, elements, texts };
}

/** One page of a built site, by the URL path it is served at. */
export function builtPage(dir: string, path: string): BuiltPage {
	const root = new URL(`../../${dir}/`, import.meta.url).pathname;
	return parsePage(root, join(root, decodeURIComponent(path), 'index.html'));
}

/** Every HTML file of a built site (`dist`, `dist-fixture`), parsed once per test file. */
export function builtPages(dir: string): BuiltPage[] {
	const root = new URL(`../../${dir}/`, import.meta.url).pathname;
	return htmlFiles(root)
		.sort()
		.map((file) => parsePage(root, file));
}

/** The elements of one tag name. */
export function byTag(page: BuiltPage, name: string): ElementNode[] {
	return page.elements.filter((e) => e.name === name);
}

/** The text content of an element, decoded. */
export function textOf(element: ElementNode): string {
	let text = '';
	walkSync(element, (node) => {
		if (node.type === TEXT_NODE) text += node.value;
	});
	return decodeText(text);
}

/** A page Astro writes for a redirect: a bare `<meta http-equiv="refresh">`, no site frame. */
export function isRedirect(page: BuiltPage): boolean {
	return byTag(page, 'meta').some((m) => m.attributes['http-equiv'] === 'refresh');
}

/** The paths a built site's sitemap lists. */
export function sitemapPaths(dir: string): string[] {
	const root = new URL(`../../${dir}/`, import.meta.url);
	const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
	return locs(readFileSync(new URL('sitemap-index.xml', root), 'utf-8')).flatMap((file) =>
		locs(readFileSync(new URL(`.${file}`, root), 'utf-8')),
	);
}

/** The first link a page marks as the current page that leads to another page: a sidebar marks only the page's own link. */
export function foreignCurrentLink(page: BuiltPage): string | undefined {
	return byTag(page, 'a')
		.filter((a) => a.attributes['aria-current'] === 'page')
		.map((a) => a.attributes['href'] ?? '')
		.find((href) => decodeURI(href.split('#')[0] ?? '') !== page.path);
}
