import { describe, expect, test } from 'vitest';
import { tableSpans } from '../../src/lib/row-accounting.ts';

describe('the line count of tables, apart from the parser', () => {
	test.each([
		['one table', '| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n', [{ line: 1, lastLine: 4, bodyRows: 2 }]],
		[
			'two tables split by a blank line',
			'| a |\n| - |\n| 1 |\n\n| b |\n|:-:|\n| 2 |\n| 3 |',
			[
				{ line: 1, lastLine: 3, bodyRows: 1 },
				{ line: 5, lastLine: 8, bodyRows: 2 },
			],
		],
		['a delimiter without outer bars', '| a | b |\n--- | ---\n| 1 | 2 |', [{ line: 1, lastLine: 3, bodyRows: 1 }]],
		[
			'a table without outer pipes, to its blank line',
			'a | b\n--- | ---\n1 | 2\n| 3 | 4 |\n\n5 | 6\n',
			[{ line: 1, lastLine: 4, bodyRows: 2 }],
		],
		['a line with a bar over a rule is no table', 'text | with a bar\n---\n', []],
		['indented rows and CRLF', '  | a |\r\n  |---|\r\n  | 1 |\r\n', [{ line: 1, lastLine: 3, bodyRows: 1 }]],
		['a table inside a code fence is no table', '```\n| a |\n|---|\n| 1 |\n```\n', []],
		['a row that looks like a delimiter but has text', '| a |\n|---|\n| -x- |\n', [{ line: 1, lastLine: 3, bodyRows: 1 }]],
		['no table', 'text | with a bar\n', []],
		[
			'an HTML table whose rows lost their <tr>, each cell outside a row starting one, as a browser reads it',
			'<table>\n<tr><th>a</th></tr>\n<tr><td>1</td></tr>\n<td>2</td>\n</tr>\n<td>3</td><td>3b</td></tr>\n</table>\n',
			[{ line: 1, lastLine: 7, bodyRows: 3 }],
		],
	])('%s', (_name, input, spans) => {
		expect(tableSpans(input)).toEqual(spans);
	});
});
