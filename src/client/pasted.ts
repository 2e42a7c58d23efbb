/**
 * Shows what was read from a paste (the lookup box), and carries it to the code page the lookup
 * opens, through this tab's sessionStorage: nothing pasted leaves the browser.
 */
import type { Extracted } from '../lib/paste.ts';
import './copy-button.ts';

const KEY = 'errcodes:pasted';

const LABELS: [keyof Extracted, string, boolean][] = [
	['code', '错误码', false],
	['status', 'HTTP 状态码', false],
	['service', '服务', false],
	['action', '接口', false],
	['message', 'Message', false],
	['requestId', 'RequestId', true],
	['traceId', 'TraceId', true],
	['resource', 'Resource', false],
];

/** Fills a `<dl>` with the extracted fields, as text; RequestId and TraceId get copy buttons. */
export function renderExtracted(list: HTMLElement, extracted: Extracted, serviceName: (slug: string) => string) {
	list.replaceChildren();
	for (const [field, label, copyable] of LABELS) {
		const raw = extracted[field];
		if (raw === undefined) continue;
		const value = field === 'service' ? serviceName(String(raw)) : String(raw);
		const term = document.createElement('dt');
		term.textContent = label;
		const detail = document.createElement('dd');
		const text = document.createElement('span');
		text.textContent = value;
		detail.append(text);
		if (copyable) {
			const copy = document.createElement('copy-button');
			copy.dataset['copy'] = value;
			const button = document.createElement('button');
			button.type = 'button';
			button.textContent = `复制 ${label}`;
			copy.append(button);
			detail.append(' ', copy);
		}
		list.append(term, detail);
	}
}

/** Keeps the extract for the page about to open. */
export function rememberPasted(url: string, extracted: Extracted, serviceName: string) {
	try {
		sessionStorage.setItem(KEY, JSON.stringify({ url, extracted, serviceName }));
	} catch {
		// Storage refused (private mode): the page opens without the extract.
	}
}

/** On a code page: shows the extract the lookup left for it, once. */
export function showPasted(section: HTMLElement | null) {
	if (!section) return;
	let saved: { url?: string; extracted?: Extracted; serviceName?: string } | undefined;
	try {
		saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') ?? undefined;
		sessionStorage.removeItem(KEY);
	} catch {
		return;
	}
	if (!saved?.extracted || saved.url !== location.pathname) return;
	const list = section.querySelector('dl');
	if (!list) return;
	renderExtracted(list, saved.extracted, () => saved?.serviceName ?? '');
	section.hidden = false;
}
