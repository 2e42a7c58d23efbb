/**
 * Reads an actions document (`actions/<document>.md`): the vendor's per-action API pages reduced to
 * what concerns errors. Each action is a `## <Action>` section with `接口名称：`, `接口状态：` when it
 * is not online, its description's first line, an API Explorer link, and a `### 错误码` table
 * `| 错误码 | 描述 |` of the codes it can return. Pure, like `parseDocument`, and as strict.
 */
import type { DocumentMeta } from '../schemas/document.ts';
import { columnsOf, isDelimiterRow, ParseError, parseFrontMatter, rowOf, splitCells } from './parse-document.ts';
import { tableSpans, type TableSpan } from './row-accounting.ts';

/** One row of an action's code table: a code it can return, in the action page's own words. */
export interface ActionCodeRow {
	code: string;
	description: string;
	line: number;
}

/** One `## <Action>` section, as the vendor wrote it. */
export interface ParsedAction {
	action: string;
	line: number;
	/** Its Chinese name (`接口名称：`). */
	name?: string;
	/** `deprecated` or `offline`; absent when the action is online. */
	status?: string;
	/** The first line of its description, as Markdown. */
	description?: string;
	/** Its API Explorer page. */
	explorer?: string;
	codes: ActionCodeRow[];
}

/** Everything read from one actions document. */
export interface ParsedActionsDocument {
	file: string;
	meta: DocumentMeta;
	actions: ParsedAction[];
	/** Every table as a plain line count sees it: the catalogue checks the code rows against it. */
	tables: TableSpan[];
}

const ACTION_HEADING = /^##\s+(.*?)\s*$/;
const ACTION_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const CODES_HEADING = /^###\s+错误码\s*$/;
const FIELD = /^(接口名称|接口状态)[：:]\s*(.*)$/;
const EXPLORER = /^[*-]\s+\[([^\]]+)\]\((\S+)\)\s*$/;

/** Parses one actions document; fails with `file:line: reason` on anything it cannot read without doubt. */
export function parseActionsDocument(file: string, input: string): ParsedActionsDocument {
	const lines = input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	const { meta, bodyStart } = parseFrontMatter(lines, file);
	const actions: ParsedAction[] = [];
	const seen = new Map<string, number>();
	let action: ParsedAction | undefined;
	let inCodes = false;
	let table = false;

	for (let i = bodyStart; i < lines.length; i++) {
		const line = i + 1;
		const text = (lines[i] ?? '').trim();
		if (text === '') continue;
		const heading = ACTION_HEADING.exec(text);
		if (heading) {
			const name = heading[1] ?? '';
			if (!ACTION_NAME.test(name)) throw new ParseError(file, line, `action name "${name}" is not a name of letters, digits and "_"`);
			const first = seen.get(name);
			if (first !== undefined) throw new ParseError(file, line, `action "${name}" is listed twice (first at line ${first})`);
			seen.set(name, line);
			action = { action: name, line, codes: [] };
			actions.push(action);
			inCodes = false;
			table = false;
			continue;
		}
		if (!action) throw new ParseError(file, line, 'text before the first action (a "## <Action>" heading)');
		if (text.startsWith('#')) {
			if (!CODES_HEADING.test(text)) throw new ParseError(file, line, `unknown heading "${text}" in action "${action.action}"`);
			if (inCodes) throw new ParseError(file, line, `action "${action.action}" has two code tables`);
			inCodes = true;
			continue;
		}
		if (text.startsWith('|')) {
			if (!inCodes) throw new ParseError(file, line, `table outside the "### 错误码" part of action "${action.action}"`);
			if (table) throw new ParseError(file, line, `action "${action.action}" has two code tables`);
			table = true;
			i = readTable(lines, i, action, file) - 1;
			continue;
		}
		// After "### 错误码" only the vendor's note on common codes stands beside the table.
		if (inCodes) continue;
		const field = FIELD.exec(text);
		if (field) {
			const [, key, value = ''] = field;
			const slot = key === '接口名称' ? 'name' : 'status';
			if (value === '') throw new ParseError(file, line, `empty ${key}`);
			if (action[slot] !== undefined) throw new ParseError(file, line, `${key} given twice in action "${action.action}"`);
			action[slot] = value;
			continue;
		}
		const explorer = EXPLORER.exec(text);
		if (explorer) {
			const url = explorer[2] ?? '';
			if (!/^https:\/\//.test(url)) throw new ParseError(file, line, `API Explorer link "${url}" is not an https URL`);
			if (action.explorer !== undefined) throw new ParseError(file, line, `two API Explorer links in action "${action.action}"`);
			// As the URL parser writes it: quotes and angle brackets percent-encoded, never raw in an attribute.
			action.explorer = URL.canParse(url) ? new URL(url).href : '';
			if (action.explorer === '') throw new ParseError(file, line, `API Explorer link "${url}" is not a URL`);
			continue;
		}
		// The description's first line; a second line of text is kept with it.
		action.description = action.description === undefined ? text : `${action.description} ${text}`;
	}
	if (actions.length === 0) throw new ParseError(file, 1, 'no action (a "## <Action>" heading) in this document');
	return { file, meta, actions, tables: tableSpans(input) };
}

/** Reads the table that starts at index `start` into the action's codes; returns the index after it. */
function readTable(lines: string[], start: number, action: ParsedAction, file: string): number {
	const header = splitCells(lines[start] ?? '', file, start + 1);
	const columns = columnsOf(header, file, start + 1);
	if (columns?.map((c) => c.kind).join() !== 'code,description' || header[1]?.replace(/\s+/g, '') !== '描述') {
		throw new ParseError(file, start + 1, `an action's code table has the columns "| 错误码 | 描述 |", not "| ${header.join(' | ')} |"`);
	}
	const delimiter = splitCells(lines[start + 1] ?? '', file, start + 2);
	if (!isDelimiterRow(delimiter) || delimiter.length !== 2) {
		throw new ParseError(file, start + 2, 'code table header is not followed by a "| --- | --- |" delimiter row');
	}
	let i = start + 2;
	const first = new Map<string, number>();
	for (; i < lines.length && (lines[i] ?? '').trim().startsWith('|'); i++) {
		const line = i + 1;
		const { code, description } = rowOf(splitCells(lines[i] ?? '', file, line), columns, undefined, file, line);
		const earlier = first.get(code);
		if (earlier !== undefined)
			throw new ParseError(file, line, `code "${code}" is listed twice in action "${action.action}" (first at line ${earlier})`);
		first.set(code, line);
		action.codes.push({ code, description, line });
	}
	if (action.codes.length === 0) throw new ParseError(file, start + 1, 'code table has a header but no rows');
	return i;
}
