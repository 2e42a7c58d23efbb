/**
 * Everything a code's page shows, derived once from the code's entry and its service: pure, so the
 * page template only lays it out.
 */
import type { ErrorCode, ExtraCell, Meaning, SourceRef } from '../schemas/error-code.ts';
import type { ClassGuidance } from '../schemas/guidance.ts';
import type { ResponseFormat, ServiceMeta } from '../schemas/service.ts';
import { classNote } from './classes.ts';
import { codePrefix, javaErrorEnum, sdkConstant } from './codes.ts';
import { presentValues } from './collect.ts';
import { englishKey, sourcesOf } from './meanings.ts';
import { SITE_NAME } from './site.ts';
import { descriptionText, plainText, previewText } from './inline.ts';
import { ticketMarkdown, ticketText } from './ticket.ts';
import { codeUrl, familyUrl } from './urls.ts';

/** One source row of a meaning, as its card lists it. */
export interface CardSource {
	familyName: string;
	section?: string | undefined;
	file: string;
	line: number;
	/** The vendor's page of the document, where known. */
	vendorPage?: string | undefined;
}

/** One English text of a meaning, with every English row that gives it. */
export interface CardEnglish {
	description: string;
	statusLabel?: string | undefined;
	handling?: string | undefined;
	extra?: ExtraCell[] | undefined;
	rows: { file: string; line: number }[];
}

/** A meaning's English: each distinct text its source rows' English twins give, in source order. */
export function englishOf(sources: SourceRef[]): CardEnglish[] {
	const texts = new Map<string, CardEnglish>();
	for (const { english } of sources) {
		if (english === undefined) continue;
		const key = englishKey(english);
		const text = texts.get(key) ?? {
			description: english.description,
			statusLabel: english.statusLabel,
			handling: english.handling,
			extra: english.extra,
			rows: [],
		};
		text.rows.push({ file: english.file, line: english.line });
		texts.set(key, text);
	}
	return [...texts.values()];
}

/** A meaning's English twins' text for a snippet, on one line; none for a meaning that is English itself. */
function englishText(meaning: Meaning): string | undefined {
	if (meaning.englishOnly) return undefined;
	const texts = englishOf(sourcesOf(meaning)).map((e) => e.description);
	return texts.length === 0 ? undefined : texts.join(' / ');
}

/** The class of a code as its page shows it: the common code that names it, and the site's note. */
export interface ClassInfo {
	/** The common code; its page and the vendor's text of it, unless it is the code itself. */
	code: string;
	url?: string | undefined;
	description?: string | undefined;
	guidance?: ClassGuidance | undefined;
}

/** A code's SDK constant where its service's SDKs have one: the code is in an API 3.0 family (`response: api3-json`). */
export function codeConstant(entry: Pick<ErrorCode, 'code' | 'meanings'>, service: ServiceMeta): string | undefined {
	const api3 = new Set(service.families.filter((f) => f.response === 'api3-json').map((f) => f.slug));
	return entry.meanings.flatMap(sourcesOf).some((s) => api3.has(s.family)) ? sdkConstant(entry.code) : undefined;
}

/** The codes of a service that share one SDK constant (codes that differ only in case), each with its page and API versions. */
export interface ConstantCode {
	code: string;
	url: string;
	families: string[];
}

/**
 * The page model of a code: its head (title, preview tags, canonical URL), the API families it is
 * documented in, a card per meaning with every source row that gives it, the ticket snippets, the
 * response example, and the related-code headings.
 * @param sourceUrls the vendor's page of each source document, by file name, where known
 */
export function codePageModel(
	entry: ErrorCode,
	service: ServiceMeta,
	site: URL | string,
	sourceUrls: Record<string, string>,
	errorClass?: ClassInfo,
	constantCodes: ConstantCode[] = [],
) {
	const familyOf = (slug: string) => service.families.find((f) => f.slug === slug);
	const familyName = (slug: string) => familyOf(slug)?.name ?? slug;
	const several = entry.meanings.length > 1;
	const rows = entry.meanings.flatMap(sourcesOf);
	const statuses = presentValues(entry.meanings.map((m) => m.statusLabel));
	const canonical = new URL(codeUrl(entry), site).href;
	const previewTitle = `${entry.code} · ${service.name}错误码${statuses.length ? `（${statuses.join(' / ')}）` : ''}`;
	const summary = entry.meanings.map((m) => descriptionText(m.description)).join(' / ');
	const ticket = {
		code: entry.code,
		serviceName: `${service.name}（${service.nameEn}）`,
		meanings: entry.meanings.map((m) => ({
			familyName: familyName(m.family),
			statusLabel: m.statusLabel,
			description: m.description,
			english: englishText(m),
		})),
		url: canonical,
		errorClass:
			errorClass === undefined
				? undefined
				: { code: errorClass.code, note: errorClass.guidance === undefined ? undefined : classNote(errorClass.guidance) },
	};
	const constant = codeConstant(entry, service);
	const response = entry.meanings.map((m) => ({ format: familyOf(m.family)?.response, meaning: m })).find((r) => r.format !== undefined);
	const firstStatus = entry.meanings.find((m) => m.statusLabel)?.statusLabel;
	const familyNames = presentValues(entry.meanings.map((m) => familyName(m.family)));
	return {
		title: entry.code,
		pageTitle: `${previewTitle} | ${SITE_NAME}`,
		previewTitle: previewText(previewTitle),
		previewDescription: previewText(`${service.name} ${familyNames.join(' / ')} 错误码 ${entry.code}：${summary}`),
		canonical,
		families: presentValues(rows.map((m) => m.family)).map((slug) => ({ name: familyName(slug), url: familyUrl(service.slug, slug) })),
		meaningCount: entry.meanings.length,
		cards: entry.meanings.map((meaning, i) => ({
			meaning,
			id: several ? `meaning-${i + 1}` : undefined,
			heading: several ? `含义 ${i + 1}${meaning.statusLabel ? `（${meaning.statusLabel}）` : ''}` : undefined,
			sources: sourcesOf(meaning).map((m): CardSource => ({
				familyName: familyName(m.family),
				section: m.section,
				file: m.file,
				line: m.line,
				vendorPage: sourceUrls[m.file],
			})),
			english: englishOf(sourcesOf(meaning)),
		})),
		errorClass: errorClass === undefined ? undefined : { ...errorClass, note: ticket.errorClass?.note },
		constant:
			constant === undefined
				? undefined
				: {
						constant,
						java: `${javaErrorEnum(service.slug)}.${constant}`,
						// Every code of the service the constant names, where it names more than this one.
						codes: constantCodes.length > 1 ? constantCodes.map((c) => ({ ...c, current: c.code === entry.code })) : [],
					},
		ticketText: ticketText(ticket),
		ticketMarkdown: ticketMarkdown(ticket),
		response:
			response?.format === undefined
				? undefined
				: { format: response.format as ResponseFormat, message: plainText(response.meaning.description) },
		prefixHeading: `同一前缀的错误码（${codePrefix(entry.code)}）`,
		statusHeading: `HTTP 状态码相同的错误码（${firstStatus ?? ''}）`,
	};
}
