/**
 * The codes as Pagefind records: a few codes of one service that share their filter values in one
 * record, each code a section whose anchor is its page. Pagefind's page table holds one entry per
 * record, not per code, so what a first search loads stays small as the catalogue grows; every
 * code still comes back as its own sub-result.
 */
import type { ErrorCode } from '../schemas/error-code.ts';
import type { ServiceMeta } from '../schemas/service.ts';
import { codeUrl, withoutBase } from './urls.ts';
import { escapeText } from './frame.ts';
import { plainText } from './inline.ts';
import { statusClass } from './search.ts';

/** At most this many codes in one record. */
export const CODES_PER_RECORD = 20;

/** The path prefix of records in Pagefind's index; never a page of the site. */
export const RECORD_PATH = '/search/records/';

/** One record for Pagefind's `addHTMLFile`. */
export interface SearchRecord {
	url: string;
	content: string;
}

const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => v !== undefined && v !== ''))].sort();

/** The filter values a code's page had: its service, sections and status classes. */
function filtersOf(entry: ErrorCode) {
	return {
		service: [entry.service],
		section: unique(entry.meanings.map((m) => m.section)),
		status: unique(entry.meanings.map((m) => statusClass(m.status))),
	};
}

/** The anchor of a code in its record: its page's path without the base, without the leading slash. */
export function recordAnchor(entry: Pick<ErrorCode, 'service' | 'code' | 'slug'>): string {
	return withoutBase(codeUrl(entry)).slice(1);
}

/**
 * A code as a section: its code as the heading, then each meaning's description and handling, the
 * text its result line shows. Service, section and status are the record's filters.
 */
function section(entry: ErrorCode): string {
	const lines = entry.meanings
		.flatMap((m) => [plainText(m.description), m.handling && plainText(m.handling)])
		.filter((line): line is string => Boolean(line))
		.map((line) => `<p>${escapeText(line)}</p>`);
	return `<section><h2 id="${escapeText(recordAnchor(entry))}">${escapeText(entry.code)}</h2>${lines.join('')}</section>`;
}

/**
 * The codes in catalogue order cut into records: a record holds up to `CODES_PER_RECORD` codes of
 * one service with the same filter values, so Pagefind's filters still pick exactly the right codes.
 */
export function searchRecords(codes: ErrorCode[], services: ServiceMeta[]): SearchRecord[] {
	const serviceBySlug = new Map(services.map((s) => [s.slug, s]));
	const groups = new Map<string, ErrorCode[]>();
	for (const entry of [...codes].sort((a, b) => a.order - b.order)) {
		const key = JSON.stringify(filtersOf(entry));
		const group = groups.get(key) ?? [];
		group.push(entry);
		groups.set(key, group);
	}
	const records: SearchRecord[] = [];
	for (const group of groups.values()) {
		// Filters and the kind in attributes: as text they would be indexed, and show in excerpts.
		const filters = Object.entries(filtersOf(group[0]!)).flatMap(([name, values]) =>
			values.map((value) => `<span data-pagefind-filter="${name}:${escapeText(value)}"></span>`),
		);
		for (let i = 0; i < group.length; i += CODES_PER_RECORD) {
			const chunk = group.slice(i, i + CODES_PER_RECORD);
			const service = serviceBySlug.get(chunk[0]!.service)!;
			records.push({
				url: `${RECORD_PATH}${records.length}/`,
				content:
					`<!doctype html><html lang="zh-CN"><head><title>${escapeText(service.name)}</title></head><body>` +
					`<main data-pagefind-body data-pagefind-meta="kind:codes">${filters.join('')}` +
					chunk.map(section).join('') +
					'</main></body></html>',
			});
		}
	}
	return records;
}
