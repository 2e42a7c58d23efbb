/**
 * A Starlight page rendered once with marks where its per-page values go, then filled in for each
 * page that shares it: the same bytes `<StarlightPage>` would give, without running Starlight's
 * per-page machinery for every one of thousands of code pages.
 */

/** The values a framed page sets; everything else in the frame is the same on every page that shares it. */
export interface FrameValues {
	/** The page's `<h1>`. */
	title: string;
	/** The `<title>` text. */
	pageTitle: string;
	/** `og:title`. */
	previewTitle: string;
	/** `description` and `og:description`. */
	description: string;
	/** The canonical URL, also `og:url`. */
	canonical: string;
}

type Field = keyof FrameValues;

// Letters and digits only, so that no escaping changes them wherever Starlight writes them.
const mark = (name: string) => `errcodesframemark${name}x9q`;

/** The values a frame is rendered with: a mark in place of each. */
export const FRAME_MARKS: FrameValues = {
	title: mark('title'),
	pageTitle: mark('pageTitle'),
	previewTitle: mark('previewTitle'),
	description: mark('description'),
	canonical: mark('canonical'),
};

const FIELDS = Object.keys(FRAME_MARKS) as Field[];

/** What a frame is rendered with in place of the page's own content. */
export const CONTENT_MARK = mark('content');

/** How Astro writes a value where the mark stands: as element text or as an attribute value. */
type Escape = 'text' | 'attribute';

type Part = string | { field: Field; escape: Escape } | { content: true };

/** A rendered frame cut at its marks. */
export type Frame = Part[];

/** Text as Astro escapes it in element content; Starlight writes head entries' content as HTML, so their text must be escaped first. */
export const escapeText = (value: string) =>
	value.replace(/[&<>'"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' })[c]!);
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The escaping Astro applies at `index` of `html`: inside a tag or in text. */
function escapeAt(html: string, index: number): Escape {
	const before = html.slice(0, index);
	return before.lastIndexOf('<') > before.lastIndexOf('>') ? 'attribute' : 'text';
}

/**
 * Cuts a page rendered with `FRAME_MARKS` and `CONTENT_MARK` at its marks. Throws when the content
 * mark is missing or repeated, or a value's mark is nowhere: the frame would not hold the page.
 */
export function parseFrame(rendered: string): Frame {
	// A slot rendered to a string carries Astro's head content (styles, scripts, the CSP) ahead of
	// the `<html>`; a page has it at the end of its `<head>`.
	const start = rendered.indexOf('<html');
	const headEnd = rendered.indexOf('</head>');
	if (start < 0 || headEnd < 0) throw new Error('frame: the rendered page has no <html> or no </head>');
	const html = rendered.slice(start, headEnd) + rendered.slice(0, start) + rendered.slice(headEnd);
	const pattern = new RegExp(`${mark('(content|' + FIELDS.join('|') + ')')}`, 'g');
	const parts: Part[] = [];
	const seen = new Set<string>();
	let last = 0;
	for (const match of html.matchAll(pattern)) {
		const name = match[1]!;
		parts.push(html.slice(last, match.index));
		if (name === 'content') {
			if (seen.has(name)) throw new Error('frame: the content mark appears twice');
			parts.push({ content: true });
		} else {
			parts.push({ field: name as Field, escape: escapeAt(html, match.index) });
		}
		seen.add(name);
		last = match.index + match[0].length;
	}
	parts.push(html.slice(last));
	const missing = ['content', ...FIELDS].filter((name) => !seen.has(name));
	if (missing.length > 0) throw new Error(`frame: no mark for ${missing.join(', ')} in the rendered page`);
	return parts.filter((p) => p !== '');
}

/** The page: the frame with the page's values, escaped as Astro would have, and its content. */
export function fillFrame(frame: Frame, values: FrameValues, content: string): string {
	return frame
		.map((part) => {
			if (typeof part === 'string') return part;
			if ('content' in part) return content;
			const value = values[part.field];
			return part.escape === 'attribute' ? escapeAttribute(value) : escapeText(value);
		})
		.join('');
}

const frames = new Map<string, Promise<Frame>>();

/** The frame named `key`, rendered by `render` the first time it is asked for (pages render concurrently: one render is shared). */
export function frameFor(key: string, render: () => Promise<string>): Promise<Frame> {
	let frame = frames.get(key);
	if (!frame) {
		frame = render().then(parseFrame);
		frames.set(key, frame);
	}
	return frame;
}
