import { load as loadYaml } from 'js-yaml';
import { frontMatterSchema, type DocumentMeta } from '../schemas/document.ts';
import type { ExtraCell } from '../schemas/error-code.ts';
import { readHtmlTable } from './html-table.ts';
import { tableSpans, type TableSpan } from './row-accounting.ts';

/** A problem in a source document, always pinned to a file and a 1-based line. */
export class ParseError extends Error {
	readonly file: string;
	readonly line: number;
	readonly reason: string;
	constructor(file: string, line: number, reason: string) {
		super(`${file}:${line}: ${reason}`);
		this.name = 'ParseError';
		this.file = file;
		this.line = line;
		this.reason = reason;
	}
}

/**
 * Every problem found in one reading, each pinned to its file and line, in order: a document's
 * problems all at once, or a folder's. It is the first problem (its file, line and reason), and
 * its message lists every one, a line each.
 */
export class ParseErrors extends ParseError {
	readonly all: ParseError[];
	constructor(all: ParseError[]) {
		const [first] = all;
		if (!first) throw new Error('ParseErrors needs at least one problem');
		super(first.file, first.line, first.reason);
		this.name = 'ParseErrors';
		this.all = all;
		this.message = all.map((e) => e.message).join('\n');
	}

	/** The problems of a reading: none, one as it is, or several as one error. */
	static of(all: ParseError[]): ParseError | undefined {
		return all.length <= 1 ? all[0] : new ParseErrors(all.flatMap(ParseErrors.each));
	}

	/** Each problem an error stands for: a reading's every one, or the one it is. */
	static each(error: ParseError): ParseError[] {
		return error instanceof ParseErrors ? error.all : [error];
	}
}

/** Runs `read`, keeping a problem it throws in `problems` instead of stopping: the reading goes on past a broken line. */
export function collecting<T>(problems: ParseError[], read: () => T): T | undefined {
	try {
		return read();
	} catch (error) {
		if (!(error instanceof ParseError)) throw error;
		problems.push(...ParseErrors.each(error));
		return undefined;
	}
}

/** One row of a code table, with every cell exactly as the vendor wrote it. */
export interface SourceRow {
	code: string;
	/** The whole HTTP status cell, e.g. `409 ObjectNotAppendale` (vendor typos kept). */
	statusLabel?: string;
	status?: number;
	description: string;
	handling?: string;
	/** Every other cell of the row, in column order, empty ones too (the header without bold marks): no cell of a code table is dropped. */
	extra?: ExtraCell[];
	section?: string;
	line: number;
}

/** A table that holds no error codes (such as the XML response-node tables): kept for the log. */
export interface SkippedTable {
	line: number;
	header: string[];
}

/** Everything read from one document. */
export interface ParsedDocument {
	file: string;
	meta: DocumentMeta;
	rows: SourceRow[];
	/** Every table as a plain line count sees it: the catalogue checks `rows` against it. */
	tables: TableSpan[];
	skippedTables: SkippedTable[];
}

/**
 * The fields a code table's known columns fill; `statusAndCode` is one cell of both, the status on
 * its first line and the code on the next (`200<br>Success`).
 */
export type Field = 'code' | 'status' | 'statusAndCode' | 'description' | 'handling';

/** What a column of a code table holds: a field, or an extra cell kept under its header. */
export interface Column {
	kind: Field | 'extra';
	/** The header cell as written, bold marks removed. */
	header: string;
	/** Its header names a code (`错误码`, `Code`, `值`…): of several such columns, `keyColumn` picks the table's code by its cells. */
	codeLike?: true;
}

/**
 * The vendor's header words, Chinese and English, each once, as `headerKey` reads them, and the
 * field each fills. A header not here is an extra column, kept under its own name.
 */
const HEADER_WORDS: Record<string, Field> = {
	错误码: 'code',
	错误代码: 'code',
	错误码值: 'code',
	错误码取值: 'code',
	返回码: 'code',
	公共错误码: 'code',
	错误码名称: 'code',
	错误码区间分布: 'code',
	风险码: 'code',
	告警码: 'code',
	参考值: 'code',
	取值: 'code',
	值: 'code',
	十进制值: 'code',
	错误返回: 'code',
	模块错误码: 'code',
	errorcode: 'code',
	errorcodename: 'code',
	modularerrorcode: 'code',
	value: 'code',
	errorresponse: 'code',
	decimalvalue: 'code',
	errorcodevalue: 'code',
	code: 'code',
	http状态码: 'status',
	状态码: 'status',
	http返回码: 'status',
	http响应码: 'status',
	httpstatuscode: 'status',
	httpstatus: 'status',
	statuscode: 'status',
	状态码及状态消息: 'statusAndCode',
	statuscodeandstatusmessage: 'statusAndCode',
	说明: 'description',
	描述: 'description',
	含义: 'description',
	含义说明: 'description',
	具体含义: 'description',
	错误含义: 'description',
	错误码含义: 'description',
	意义: 'description',
	错误描述: 'description',
	错误中文描述: 'description',
	错误说明: 'description',
	错误码说明: 'description',
	代码说明: 'description',
	错误信息: 'description',
	详细错误信息: 'description',
	返回信息: 'description',
	原因: 'description',
	description: 'description',
	meaning: 'description',
	errordescription: 'description',
	errormessage: 'description',
	message: 'description',
	处理措施: 'handling',
	处理方法: 'handling',
	处理方式: 'handling',
	处理建议: 'handling',
	解决方法: 'handling',
	解决方案: 'handling',
	解决措施: 'handling',
	建议方案: 'handling',
	可采取措施: 'handling',
	action: 'handling',
	solution: 'handling',
};

/** A header cell without its bold marks: how it is shown. */
const headerText = (cell: string) => cell.replace(/^\*\*(.*)\*\*$/, '$1').trim();

/** How a header cell is looked up: without bold marks, white space and a closing gloss (`错误码（ErrorCode）`), lower case. */
const headerKey = (cell: string) =>
	headerText(cell)
		.replace(/\s+/g, '')
		.replace(/(?<=.)[（(][^（()）]*[)）]$/, '')
		.toLowerCase();

const DELIMITER_CELL = /^:?-+:?$/;
const HEADING = /^#{1,6}\s+(.+?)\s*#*\s*$/;
const BOLD_LINE = /^\*\*([^*]+)\*\*$/;
const FENCE = /^(```|~~~)/;
// A delimiter row with at least one inner pipe: under a header without outer pipes, a lone `---` is a rule, not a table.
const PIPELESS_DELIMITER = /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?$/;
/** A line that goes on a table: one with a `|` in it, not a heading or a fence. */
const isTableLine = (text: string) => text.includes('|') && !HEADING.test(text) && !FENCE.test(text);

/** Splits one table line into cells, outer pipes or not. Quoted cells may contain `|`; the quotes are not text. */
export function splitCells(raw: string, file: string, line: number): string[] {
	// A row without its leading pipe reads as if it had one.
	const text = raw.trim().startsWith('|') ? raw.trim() : `|${raw.trim()}`;
	const cells: string[] = [];
	let pos = 1;
	while (pos < text.length) {
		while (text[pos] === ' ' || text[pos] === '\t') pos++;
		if (pos >= text.length) {
			// Text after the last "|" was only white space: no cell.
			break;
		}
		if (text[pos] === '"') {
			const close = findClosingQuote(text, pos + 1);
			if (close < 0) throw new ParseError(file, line, `unterminated quote in cell ${cells.length + 1}`);
			cells.push(text.slice(pos + 1, close));
			const bar = text.indexOf('|', close + 1);
			pos = bar < 0 ? text.length : bar + 1;
			continue;
		}
		let cell = '';
		while (pos < text.length && text[pos] !== '|') {
			if (text[pos] === '\\' && text[pos + 1] === '|') {
				cell += '|';
				pos += 2;
			} else {
				cell += text[pos];
				pos++;
			}
		}
		cells.push(cell.trim());
		pos++;
	}
	return cells;
}

/** Index of the quote that closes a quoted cell: one followed only by blanks before `|` or the end. */
function findClosingQuote(text: string, from: number): number {
	for (let i = text.indexOf('"', from); i >= 0; i = text.indexOf('"', i + 1)) {
		if (/^[ \t]*(\||$)/.test(text.slice(i + 1))) return i;
	}
	return -1;
}

/** Whether a table line is the `| --- |` row under a header. */
export function isDelimiterRow(cells: string[]): boolean {
	return cells.length > 0 && cells.every((cell) => DELIMITER_CELL.test(cell));
}

/** A document's front matter, validated, and the index of its body's first line; fails at line 1 (or the YAML's line). */
export function parseFrontMatter(lines: string[], file: string): { meta: DocumentMeta; bodyStart: number } {
	if (lines[0]?.trim() !== '---') {
		throw new ParseError(file, 1, 'missing front matter: the document must start with a "---" line');
	}
	const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
	if (end < 0) throw new ParseError(file, 1, 'front matter is not closed by a "---" line');
	let data: unknown;
	try {
		data = loadYaml(lines.slice(1, end).join('\n'));
	} catch (error) {
		const mark = (error as { mark?: { line?: number } }).mark;
		throw new ParseError(file, 2 + (mark?.line ?? 0), `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
	}
	// A YAML list is an object too; the schema's message for a non-mapping covers it.
	const parsed = frontMatterSchema.safeParse(Array.isArray(data) ? null : data);
	if (!parsed.success) throw new ParseError(file, 1, parsed.error.issues[0]?.message ?? 'front matter is not valid');
	return { meta: parsed.data, bodyStart: end + 1 };
}

/**
 * What each column of a table's header holds, by the vendor's header words; none when it has no
 * code column (错误码, Error code, …). The first column of a field fills it; any other column, a
 * second one of a field included, is an extra column, kept under its own header.
 */
export function columnsOf(header: string[], file: string, line: number): Column[] | undefined {
	const fields = header.map((cell) => HEADER_WORDS[headerKey(cell)]);
	if (!fields.includes('code') && !fields.includes('statusAndCode')) return undefined;
	const columns = header.map((cell, i): Column => {
		const field = fields[i];
		const first = field !== undefined && fields.indexOf(field) === i;
		const column: Column = { kind: first ? field : 'extra', header: headerText(cell) };
		if (field === 'code') column.codeLike = true;
		return column;
	});
	const empty = columns.find((c) => c.kind === 'extra' && c.header === '');
	if (empty) throw new ParseError(file, line, `column ${columns.indexOf(empty) + 1} of an error-code table has no header`);
	// A table whose header names no description (`错误码 | 错误类型`, `错误码名称 | 错误码值 | 原因及建议方案`)
	// says what a code means in its first other column after the code (before it, a name of the code): its description.
	const code = columns.findIndex(holdsCode);
	const other = (c: Column) => c.kind === 'extra' && c.codeLike === undefined;
	const described = columns.find((c, i) => other(c) && i > code) ?? columns.find(other);
	if (!fields.includes('description') && described) described.kind = 'description';
	// A table of codes and what to do (`错误码 | 处理方法`) is one too: the page says the vendor gave no description.
	if (!columns.some((c) => c.kind === 'description' || c.kind === 'handling')) {
		throw new ParseError(file, line, 'error-code table has no column besides its code and status to say what a code means or what to do');
	}
	return columns;
}

/**
 * The table's code column, where its header names more than one (`Code | Value`, `错误码 | 模块错误码`),
 * decided by the cells, not by the names: the one whose cells tell every row apart, a number each
 * (the codes an API returns) before one of names; the first where none does. The others are extra.
 */
export function keyColumn(columns: Column[], rows: string[][]): Column[] {
	const candidates = columns.flatMap((c, i) => (c.codeLike ? [i] : []));
	if (candidates.length < 2) return columns;
	// A short row that stops before a column says nothing of it.
	const cellsOf = new Map(candidates.map((i) => [i, rows.flatMap((row) => (i < row.length ? [codeText(row[i] ?? '')] : []))]));
	const cells = (i: number) => cellsOf.get(i) ?? [];
	const distinct = (i: number) => cells(i).every((c) => c !== '') && new Set(cells(i)).size === cells(i).length;
	const numbers = (i: number) => cells(i).every((c) => /^-?\d+$/.test(c));
	const key = candidates.find((i) => distinct(i) && numbers(i)) ?? candidates.find(distinct) ?? candidates[0];
	return columns.map((c, i) => (c.codeLike ? { ...c, kind: i === key ? 'code' : 'extra' } : c));
}

/** Whether a column holds a row's code: alone, or after its status. */
const holdsCode = (column: Column) => column.kind === 'code' || column.kind === 'statusAndCode';

/** A code cell as a reader sees it: Markdown's backslash escapes (`\\-1792`, `tcapsvr\\_fail`) are not part of the code. */
const codeText = (cell: string) => cell.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/**
 * One table row read against its columns: fails on a cell beyond the last column, a row that stops
 * before its code, an empty code or a status that is not one. Empty cells after the last column are
 * no cells, and a row that stops early leaves its last cells empty, as GFM reads them.
 */
export function rowOf(cells: string[], columns: Column[], section: string | undefined, file: string, line: number): SourceRow {
	const read = [...cells];
	while (read.length > columns.length && read.at(-1) === '') read.pop();
	if (read.length > columns.length) {
		throw new ParseError(file, line, `wrong cell count: expected ${columns.length}, found ${cells.length}`);
	}
	const codeColumn = columns.findIndex(holdsCode);
	if (read.length <= codeColumn) {
		throw new ParseError(
			file,
			line,
			`wrong cell count: expected ${columns.length}, found ${cells.length}, none in the code column (${codeColumn + 1}); is it the rest of the row above, broken over two lines?`,
		);
	}
	while (read.length < columns.length) read.push('');
	const value = (field: Field) => {
		const i = columns.findIndex((c) => c.kind === field);
		return i < 0 ? undefined : read[i];
	};
	const both = value('statusAndCode');
	const split = both === undefined ? undefined : /^(.*?)\s*(?:\n|<br\s*\/?>)\s*([^]*)$/i.exec(both);
	if (both !== undefined && !split) {
		throw new ParseError(file, line, `"${both}" is not an HTTP status and a code on two lines`);
	}
	const code = codeText(split?.[2] ?? value('code') ?? '');
	if (code === '') throw new ParseError(file, line, 'empty error code');
	// An empty description is kept: the vendor said nothing, and the page says so.
	const description = value('description') ?? '';
	const row: SourceRow = { code, description, line };
	const statusLabel = split?.[1] ?? value('status');
	if (statusLabel !== undefined && statusLabel !== '') {
		const match = /^(\d{3})\b/.exec(statusLabel);
		if (!match) throw new ParseError(file, line, `HTTP status "${statusLabel}" does not start with a 3-digit number`);
		row.statusLabel = statusLabel;
		row.status = Number(match[1]);
	}
	const handling = value('handling');
	if (handling !== undefined && handling !== '') row.handling = handling;
	const extra = columns.flatMap((c, i) => (c.kind === 'extra' ? [{ header: c.header, text: read[i] ?? '' }] : []));
	if (extra.length > 0) row.extra = extra;
	if (section !== undefined) row.section = section;
	return row;
}

/** Parses one source document: its front matter and every row of every error-code table. */
export function parseDocument(file: string, input: string): ParsedDocument {
	// A byte-order mark is no text wherever a line starts with one (the vendor's pages carry one after
	// the front matter); the body's blockquote marks (`>| 错误码 |`) are none either.
	const raw = input.split(/\r\n|\r|\n/).map((line) => line.replace(/^\uFEFF/, ''));
	const { meta, bodyStart } = parseFrontMatter(raw, file);
	const lines = raw.map((line, i) => (i < bodyStart ? line : line.replace(/^(\s*>)+\s?/, '')));
	const rows: SourceRow[] = [];
	const skippedTables: SkippedTable[] = [];
	// A broken line is noted and the reading goes on: the build names every one at once.
	const problems: ParseError[] = [];
	let section: string | undefined;
	let inFence = false;

	/** A table's columns by its header; none for a broken header (a problem) or one without a code column (a skipped table, at `tableLine`). */
	const tableColumns = (header: string[], headerLine: number, tableLine: number): Column[] | undefined => {
		const known = problems.length;
		const columns = collecting(problems, () => columnsOf(header, file, headerLine));
		if (columns === undefined && problems.length === known) skippedTables.push({ line: tableLine, header });
		return columns;
	};
	/** A code table's rows read against its columns, the code column decided by their cells; a broken row is a problem. */
	const readBody = (columns: Column[], body: { cells: string[]; line: number }[]) => {
		const keyed = keyColumn(
			columns,
			body.map((r) => r.cells),
		);
		for (const { cells, line } of body) {
			const row = collecting(problems, () => rowOf(cells, keyed, section, file, line));
			if (row) rows.push(row);
		}
	};

	/** Reads the HTML table that starts on line index `start`; returns the index of its last line. */
	const readHtmlBlock = (start: number): number => {
		// The block runs to the `</table>` that closes this table, past those of tables in its cells.
		let end = start;
		for (let depth = 0; end < lines.length; end++) {
			depth += (lines[end]?.match(/<table\b/gi)?.length ?? 0) - (lines[end]?.match(/<\/table>/gi)?.length ?? 0);
			if (depth <= 0) break;
		}
		if (end === lines.length) {
			problems.push(new ParseError(file, start + 1, 'an HTML <table> is never closed by </table>'));
			return end;
		}
		const table = readHtmlTable(lines.slice(start, end + 1).join('\n'), start + 1);
		if (!table) return end;
		const columns = tableColumns(table.header.cells, table.header.line, start + 1);
		if (columns === undefined) return end;
		if (table.rows.length === 0) problems.push(new ParseError(file, table.header.line, 'error-code table has a header but no rows'));
		readBody(columns, table.rows);
		return end;
	};

	for (let i = bodyStart; i < lines.length; i++) {
		const text = (lines[i] ?? '').trim();
		if (FENCE.test(text)) inFence = !inFence;
		if (inFence || FENCE.test(text)) continue;
		if (text.startsWith('｜')) {
			problems.push(new ParseError(file, i + 1, 'full-width "｜" used as a table separator; use "|"'));
			continue;
		}
		const heading = HEADING.exec(text) ?? BOLD_LINE.exec(text);
		if (heading?.[1]) {
			section = heading[1].trim();
			continue;
		}
		if (/^<table\b/i.test(text)) {
			i = readHtmlBlock(i);
			continue;
		}
		// A table: a line that starts with "|", or a header without its outer pipes over a delimiter
		// row; then every following line with a "|" in it, outer pipes or not, up to a blank line.
		if (!text.startsWith('|') && !(text.includes('|') && PIPELESS_DELIMITER.test((lines[i + 1] ?? '').trim()))) continue;
		const start = i;
		let end = i;
		while (end + 1 < lines.length && isTableLine((lines[end + 1] ?? '').trim())) end++;
		i = end;
		const header = collecting(problems, () => splitCells(text, file, start + 1));
		if (!header) continue;
		const columns = tableColumns(header, start + 1, start + 1);
		if (columns === undefined) continue;
		const shape = collecting(problems, () => {
			const delimiter = start + 1 <= end ? splitCells(lines[start + 1] ?? '', file, start + 2) : [];
			if (!isDelimiterRow(delimiter)) {
				throw new ParseError(file, start + 2, 'error-code table header is not followed by a "| --- |" delimiter row');
			}
			// Its rows are still read against the header, for the build to name their problems too.
			if (delimiter.length !== columns.length) {
				problems.push(
					new ParseError(
						file,
						start + 2,
						`delimiter row has ${delimiter.length} cells, header has ${columns.length}: GFM reads no table here`,
					),
				);
			}
			if (end < start + 2) throw new ParseError(file, start + 1, 'error-code table has a header but no rows');
			return true;
		});
		if (!shape) continue;
		const body: { cells: string[]; line: number }[] = [];
		for (let r = start + 2; r <= end; r++) {
			const cells = collecting(problems, () => splitCells(lines[r] ?? '', file, r + 1));
			if (cells) body.push({ cells, line: r + 1 });
		}
		readBody(columns, body);
	}
	if (inFence) problems.push(new ParseError(file, lines.length, 'code fence is never closed'));
	// A document that yields no codes has lost them (a renamed column, a broken table): say so.
	if (rows.length === 0 && problems.length === 0) {
		problems.push(new ParseError(file, 1, 'no error-code table (one with a 错误码 or Error code column) in this document'));
	}
	const failure = ParseErrors.of(problems);
	if (failure) throw failure;
	return { file, meta, rows, tables: tableSpans(input), skippedTables };
}
