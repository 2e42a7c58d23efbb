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
 * Every table of a document, counted line by line: a table is a run of lines that start with `|`
 * outside code fences. Written apart from the parser on purpose, so that the catalogue can check
 * the parser's rows against a count that does not share its logic.
 */
export function tableSpans(input: string): TableSpan[] {
	const lines = input.split(/\r\n|\r|\n/).map((line) => line.replace(/^\uFEFF/, ''));
	const spans: TableSpan[] = [];
	let inFence = false;
	let open: TableSpan | undefined;
	lines.forEach((raw, i) => {
		const text = raw.trim();
		if (FENCE.test(text)) inFence = !inFence;
		if (inFence || !text.startsWith('|') || FENCE.test(text)) {
			open = undefined;
			return;
		}
		if (!open) {
			open = { line: i + 1, lastLine: i + 1, bodyRows: 0 };
			spans.push(open);
			return;
		}
		open.lastLine = i + 1;
		if (!DELIMITER.test(text)) open.bodyRows++;
	});
	return spans;
}
