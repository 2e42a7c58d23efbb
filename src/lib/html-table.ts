/**
 * The HTML `<table>`s some vendor pages write in their Markdown, read with parse5 (the HTML
 * standard's parser, never regular expressions): each row's cells as the site's cell text, so that
 * a row of an HTML table is read, checked and shown as a row of a pipe table is.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['documentFragment'];
type Element = DefaultTreeAdapterMap['element'];

/** One row of an HTML table: its cells' text and the 1-based line of its `<tr>` (or first cell) in the document. */
export interface HtmlRow {
	cells: string[];
	line: number;
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const childrenOf = (node: Node): Node[] => ('childNodes' in node ? (node.childNodes as Node[]) : []);

// Elements whose content starts on a line of its own, as a reader sees them.
const BLOCKS = new Set(['p', 'div', 'ul', 'ol', 'li', 'table', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote']);

/**
 * A cell as the site's cell text: its words as a reader reads them, a line break where `<br>` or a
 * block starts a line, `•` before a list item, a link as a Markdown link and code as Markdown code
 * (`src/lib/inline.ts` turns those into safe links and `<code>`; nothing else becomes markup).
 */
export function cellText(cell: Node): string {
	const out: string[] = [];
	const walk = (node: Node) => {
		if (node.nodeName === '#text') {
			out.push((node as DefaultTreeAdapterMap['textNode']).value.replace(/\s+/g, ' '));
			return;
		}
		if (!isElement(node)) return;
		const tag = node.tagName;
		if (tag === 'br') {
			out.push('\n');
			return;
		}
		if (tag === 'a' || tag === 'code') {
			const inner = cellText(node).replace(/\s+/g, ' ').trim();
			const href = node.attrs.find((a) => a.name === 'href')?.value;
			out.push(tag === 'code' ? `\`${inner}\`` : href ? `[${inner}](${href})` : inner);
			return;
		}
		if (BLOCKS.has(tag)) out.push('\n');
		if (tag === 'li') out.push('• ');
		for (const child of childrenOf(node)) walk(child);
		if (BLOCKS.has(tag)) out.push('\n');
	};
	for (const child of childrenOf(cell)) walk(child);
	return out
		.join('')
		.split('\n')
		.map((line) => line.replace(/ {2,}/g, ' ').trim())
		.filter((line) => line !== '')
		.join('\n');
}

/** Every `<tr>` of the first `<table>` in `html` (its own rows, not a nested table's), in order. */
function rowsOf(table: Element): Element[] {
	const rows: Element[] = [];
	const walk = (node: Node) => {
		for (const child of childrenOf(node)) {
			if (!isElement(child)) continue;
			if (child.tagName === 'tr') rows.push(child);
			else if (child.tagName !== 'table') walk(child);
		}
	};
	walk(table);
	return rows;
}

/**
 * The rows of the HTML table that `html` holds (from its `<table>` to its `</table>`), which starts
 * on line `firstLine` of its document: the first row is the header. None when it holds no table.
 */
export function readHtmlTable(html: string, firstLine: number): { header: HtmlRow; rows: HtmlRow[] } | undefined {
	const fragment = parseFragment(html, { sourceCodeLocationInfo: true });
	const table = childrenOf(fragment).find((n): n is Element => isElement(n) && n.tagName === 'table');
	if (!table) return undefined;
	const [header, ...rows] = rowsOf(table).map((tr): HtmlRow => {
		const cells = childrenOf(tr).filter((n): n is Element => isElement(n) && (n.tagName === 'td' || n.tagName === 'th'));
		// A row the vendor wrote without its `<tr>` (the parser supplies one) starts at its first cell.
		const start = tr.sourceCodeLocation ?? cells[0]?.sourceCodeLocation;
		return { cells: cells.map(cellText), line: firstLine + (start?.startLine ?? 1) - 1 };
	});
	return header === undefined ? undefined : { header, rows };
}
