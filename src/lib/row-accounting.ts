/** A table of a source document as a plain line count sees it, without the row parser. */
export interface TableSpan {
	/** 1-based line of the table's first line (its header). */
	line: number;
	/** 1-based line of its last line. */
	lastLine: number;
	/** Its lines that start with `|`, less the header and the delimiter rows. */
	bodyRows: number;
}

const FENCE = /^(```|~~~)/;
const DELIMITER = /^\|?(\s*:?-+:?\s*\|)*\s*:?-+:?\s*\|?$/;

/**
 * Every table of a document, counted line by line: a pipe table starts at a line that starts with
 * `|`, or at a header without outer pipes over a delimiter row, and runs over the lines with a `|`
 * in them, outside code fences; an HTML table runs from a line that starts with `<table` to the line
 * of the `</table>` that closes it, its rows its own `<tr>` tags (or a cell outside a row) after the first. Written apart from the parser on
 * purpose (no HTML parser here), so that the catalogue can check the parser's rows against a count
 * that does not share its logic.
 */
export function tableSpans(input: string): TableSpan[] {
	// Blockquote marks are no text: a table in a quote (`>| 错误码 |`) is a table. Front matter has none.
	const lines = input.split(/\r\n|\r|\n/).map((line) => line.replace(/^\uFEFF/, '').replace(/^(\s*>)+\s?/, ''));
	const spans: TableSpan[] = [];
	let inFence = false;
	let open: TableSpan | undefined;
	for (let i = 0; i < lines.length; i++) {
		const text = (lines[i] ?? '').trim();
		if (FENCE.test(text)) inFence = !inFence;
		if (!inFence && /^<table\b/i.test(text)) {
			// To the `</table>` that closes it: a table inside a cell opens and closes within, its rows not counted.
			// A cell outside any row starts one, as a browser reads it (the vendor drops a `<tr>` now and then).
			let depth = 0;
			let rows = 0;
			let inRow = false;
			let end = i;
			for (; end < lines.length; end++) {
				for (const [tag] of (lines[end] ?? '').matchAll(/<\/?table\b|<\/?tr[\s>]|<t[dh][\s>]/gi)) {
					if (/^<table/i.test(tag)) depth++;
					else if (/^<\/table/i.test(tag)) depth--;
					else if (depth !== 1) continue;
					else if (/^<\/tr/i.test(tag)) inRow = false;
					else if (/^<tr/i.test(tag) || !inRow) {
						rows++;
						inRow = true;
					}
				}
				if (depth <= 0) break;
			}
			end = Math.min(end, lines.length - 1);
			spans.push({ line: i + 1, lastLine: end + 1, bodyRows: Math.max(0, rows - 1) });
			open = undefined;
			i = end;
			continue;
		}
		if (inFence || FENCE.test(text)) {
			open = undefined;
			continue;
		}
		// A row goes on while lines have a "|" in them; a heading ends the table.
		const heading = /^#{1,6}\s/.test(text);
		if (open && text.includes('|') && !heading) {
			open.lastLine = i + 1;
			if (!DELIMITER.test(text)) open.bodyRows++;
			continue;
		}
		open = undefined;
		// A table starts at a line with a leading "|", or at a header without one over a delimiter row with a "|" in it.
		const next = (lines[i + 1] ?? '').trim();
		if (!heading && (text.startsWith('|') || (text.includes('|') && next.includes('|') && DELIMITER.test(next)))) {
			open = { line: i + 1, lastLine: i + 1, bodyRows: 0 };
			spans.push(open);
		}
	}
	return spans;
}
