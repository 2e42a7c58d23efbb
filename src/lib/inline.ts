/**
 * The little Markdown the vendor uses inside table cells: links and inline code, and the plain
 * `<a href="https://…">label</a>` some descriptions carry. Everything else stays literal text, and
 * nothing here ever becomes HTML: components render these tokens as text nodes, `<code>` and `<a>`.
 */

/** A piece of a table cell. */
export type InlineToken = { kind: 'text'; text: string } | { kind: 'code'; text: string } | { kind: 'link'; text: string; href: string };

// Inline code, a Markdown link, or the one piece of HTML the vendor writes: a plain `<a href>`.
const INLINE = /`([^`]+)`|\[([^\]]+)\]\(([^()\s]+)\)|<a\s+href=(?:"([^"]*)"|'([^']*)')\s*>([^<]*)<\/a>/gi;
const SAFE_HREF = /^https?:\/\/[^\s"'<>]+$/i;

/** Splits cell text into text, code and link tokens; a link to anything but http(s), or with markup in its label, stays text. */
export function parseInline(source: string): InlineToken[] {
	const tokens: InlineToken[] = [];
	const pushText = (text: string) => {
		if (text === '') return;
		const last = tokens.at(-1);
		if (last?.kind === 'text') last.text += text;
		else tokens.push({ kind: 'text', text });
	};
	let at = 0;
	for (const match of source.matchAll(INLINE)) {
		pushText(source.slice(at, match.index));
		at = match.index + match[0].length;
		const [whole, code, mdLabel, mdHref, dqHref, sqHref, htmlLabel] = match;
		const label = mdLabel ?? htmlLabel;
		const href = mdHref ?? dqHref ?? sqHref;
		if (code !== undefined) tokens.push({ kind: 'code', text: code });
		else if (label !== undefined && label.trim() !== '' && href !== undefined && SAFE_HREF.test(href)) {
			tokens.push({ kind: 'link', text: label.trim(), href });
		} else pushText(whole);
	}
	pushText(source.slice(at));
	return tokens;
}

/** The cell as a reader would read it: link labels and code without their Markdown marks. */
export function plainText(source: string): string {
	return parseInline(source)
		.map((token) => token.text)
		.join('');
}

/**
 * Text for a link preview (`og:title`, `og:description`): its `<` and `>` full-width, so that no
 * HTML reader, however lax about quoted attributes, can take vendor text in a `<meta>` for a tag.
 */
export function previewText(text: string): string {
	return text.replace(/</g, '＜').replace(/>/g, '＞');
}

/** What the site says where the vendor's description cell is empty. */
export const NO_DESCRIPTION = '厂商文档未给出说明。';

/** A description as plain text, or the note that the vendor gives none. */
export function descriptionText(source: string): string {
	return plainText(source).trim() || NO_DESCRIPTION;
}
