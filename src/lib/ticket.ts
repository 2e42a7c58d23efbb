import { descriptionText } from './inline.ts';

/** What a ticket snippet says about a code. */
export interface TicketInput {
	code: string;
	serviceName: string;
	/** Each meaning, with its English twin's text where the vendor gives one. */
	meanings: { familyName: string; statusLabel?: string | undefined; description: string; english?: string | undefined }[];
	url: string;
}

const label = (m: TicketInput['meanings'][number]) => [m.familyName, m.statusLabel].filter(Boolean).join(' · ');

/** A plain-text snippet to paste into a ticket: code, service, family, status, meaning, link. */
export function ticketText({ code, serviceName, meanings, url }: TicketInput): string {
	const lines = [`错误码：${code}`, `服务：${serviceName}`];
	meanings.forEach((m, i) => {
		const prefix = meanings.length > 1 ? `含义 ${i + 1}` : '含义';
		lines.push(`${prefix}（${label(m)}）：${descriptionText(m.description)}`);
		if (m.english !== undefined) lines.push(`英文：${descriptionText(m.english)}`);
	});
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
export function ticketMarkdown({ code, serviceName, meanings, url }: TicketInput): string {
	const head = `[\`${code.replace(/`/g, '')}\`](${url})（${markdownText(serviceName)}）`;
	if (meanings.length === 1 && meanings[0]) return `${head} ${markdownMeaning(meanings[0])}`;
	return [head, ...meanings.map((m) => `- ${markdownMeaning(m)}`)].join('\n');
}
