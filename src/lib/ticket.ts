import { descriptionText } from './inline.ts';

/** What a ticket snippet says about a code. */
export interface TicketInput {
	code: string;
	serviceName: string;
	/** Each meaning, with its English twin's text where the vendor gives one. */
	meanings: { familyName: string; statusLabel?: string | undefined; description: string; english?: string | undefined }[];
	url: string;
	/** Its class, and the site's note on it where the site has one. */
	errorClass?: { code: string; note?: { actor: string; retry: string } | undefined } | undefined;
}

/** A code's class on one line: the common code, who acts and whether a retry helps. */
export function classLine(errorClass: NonNullable<TicketInput['errorClass']>): string {
	const { code, note } = errorClass;
	return note === undefined ? code : `${code}（${note.actor}；${note.retry}）`;
}

const label = (m: TicketInput['meanings'][number]) => [m.familyName, m.statusLabel].filter(Boolean).join(' · ');

/** A plain-text snippet to paste into a ticket: code, service, family, status, meaning, class, link. */
export function ticketText({ code, serviceName, meanings, url, errorClass }: TicketInput): string {
	const lines = [`错误码：${code}`, `服务：${serviceName}`];
	meanings.forEach((m, i) => {
		const prefix = meanings.length > 1 ? `含义 ${i + 1}` : '含义';
		lines.push(`${prefix}（${label(m)}）：${descriptionText(m.description)}`);
		if (m.english !== undefined) lines.push(`英文：${descriptionText(m.english)}`);
	});
	if (errorClass !== undefined) lines.push(`类别：${classLine(errorClass)}`);
	lines.push(`链接：${url}`);
	return lines.join('\n');
}

/** Escapes text for Markdown, so the vendor's wording stays literal inside the snippet. */
function markdownText(text: string): string {
	return text.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

/** A meaning's text in a Markdown snippet: the Chinese, then the English in parentheses where there is one. */
const markdownMeaning = (m: TicketInput['meanings'][number]) =>
	`${markdownText(label(m))}：${markdownText(descriptionText(m.description))}${m.english === undefined ? '' : `（英文：${markdownText(descriptionText(m.english))}）`}`;

/** The same snippet as Markdown: the code links to its page. */
export function ticketMarkdown({ code, serviceName, meanings, url, errorClass }: TicketInput): string {
	const head = `[\`${code.replace(/`/g, '')}\`](${url})（${markdownText(serviceName)}）`;
	const tail = errorClass === undefined ? [] : [`类别：${markdownText(classLine(errorClass))}`];
	if (meanings.length === 1 && meanings[0]) return [`${head} ${markdownMeaning(meanings[0])}`, ...tail].join('\n');
	return [head, ...meanings.map((m) => `- ${markdownMeaning(m)}`), ...tail].join('\n');
}
