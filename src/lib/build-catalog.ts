import type { Action } from '../schemas/action.ts';
import type { SourceDocument } from '../schemas/document.ts';
import type { EnglishRow, ErrorCode, Meaning } from '../schemas/error-code.ts';
import type { Service, ServiceMeta } from '../schemas/service.ts';
import type { ParsedActionsDocument } from './parse-actions.ts';
import { ParseError, type ParsedDocument, type SourceRow } from './parse-document.ts';
import type { TableSpan } from './row-accounting.ts';
import { codeClass, commonCodesByFamily } from './classes.ts';
import { codeSlug, codesInCell, foldedCode } from './codes.ts';
import { englishKey, meaningKey } from './meanings.ts';
import { ACTIONS_SEGMENT } from './urls.ts';

/** A code's record: the collection entry plus its id (`service/code`). */
export type CodeRecord = ErrorCode & { id: string };

/** A source document's record: the collection entry plus its id (the file name). */
export type DocumentRecord = SourceDocument & { id: string };

/** A service's record: its `services.yaml` entry, its place in that file, and its id (the slug). */
export type ServiceRecord = Service & { id: string };

/** An action's record: the collection entry plus its id (`service/action`). */
export type ActionRecord = Action & { id: string };

/** The whole catalogue, in the order of `services.yaml` and then of the documents. */
export interface Catalog {
	services: ServiceRecord[];
	codes: CodeRecord[];
	documents: DocumentRecord[];
	actions: ActionRecord[];
	/** What the build reports and reads on (`file:line: …`): a row a document repeats, kept once. */
	reports: string[];
}

/** What the row accounting compares: the rows a parser produced, and the tables a line count saw. */
interface CountedDocument {
	file: string;
	rows: { line: number }[];
	tables: TableSpan[];
	skippedTables?: { line: number }[];
}

/**
 * Fails when the parser produced other than one entry per body line of each code table, as the
 * independent line count (`tableSpans`) saw them: a row the parser dropped or invented stops the build.
 */
export function checkRowAccounting(doc: CountedDocument): void {
	const skipped = new Set((doc.skippedTables ?? []).map((t) => t.line));
	let expected = 0;
	for (const table of doc.tables) {
		if (skipped.has(table.line)) continue;
		expected += table.bodyRows;
		const produced = doc.rows.filter((r) => r.line >= table.line && r.line <= table.lastLine).length;
		if (produced !== table.bodyRows) {
			throw new ParseError(doc.file, table.line, `row accounting: this table has ${table.bodyRows} rows, ${produced} entries produced`);
		}
	}
	if (doc.rows.length !== expected) {
		throw new ParseError(doc.file, 1, `row accounting: ${expected} table rows counted, ${doc.rows.length} entries produced`);
	}
}

/**
 * The URL segment of the n-th code (from 0, in catalogue order) among codes of one service that
 * differ only in case: URLs ignore case, and `~` is a character no code's own segment has.
 */
export function caseVariantSlug(slug: string, n: number): string {
	return n === 0 ? slug : `${slug}~${n + 1}`;
}

/**
 * Joins parsed documents into code records, and actions documents into action records. A code that
 * two families of a service give with the same text is one meaning, with the second row in
 * `alsoIn`. Codes of a service that differ only in case each get a page: the first in catalogue
 * order keeps the plain URL, the next `~2`, `~3`. An action's row links the service's code of that
 * spelling, whatever family documents it; a code no error-code document has gets a page from the
 * first action row that names it (`actionOnly`). An English twin's row (`en/`) gives the English of
 * the Chinese row of its code and family (the n-th of them, where a family lists a code n times);
 * where there is none, it is a meaning of its own, in English (`englishOnly`), and may be a new
 * code. Each code gets its class (`codeClass`). Fails, naming file and line, on a document whose
 * service or family is not declared, on a code given twice with the same meaning in one family,
 * and on two other codes (or actions) that would share a URL.
 */
export function buildCatalog(
	services: ServiceMeta[],
	parsed: ParsedDocument[],
	actionDocuments: ParsedActionsDocument[] = [],
	englishDocuments: ParsedDocument[] = [],
): Catalog {
	const order = (doc: { file: string; meta: { service: string; family: string } }) => {
		const s = services.findIndex((x) => x.slug === doc.meta.service);
		if (s < 0) {
			const known = services.map((x) => x.slug).join(', ');
			throw new ParseError(doc.file, 1, `unknown service "${doc.meta.service}" (known: ${known})`);
		}
		const families = services[s]?.families ?? [];
		const f = families.findIndex((x) => x.slug === doc.meta.family);
		if (f < 0) {
			const known = families.map((x) => x.slug).join(', ');
			throw new ParseError(doc.file, 1, `unknown family "${doc.meta.family}" for service "${doc.meta.service}" (known: ${known})`);
		}
		return [s, f] as const;
	};
	const inOrder = <T extends { file: string; meta: { service: string; family: string } }>(docs: T[]) =>
		docs
			.map((doc) => ({ doc, key: order(doc) }))
			.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.doc.file.localeCompare(b.doc.file))
			.map(({ doc }) => doc);

	const codes = new Map<string, CodeRecord>();
	const urls = new Map<string, CodeRecord[]>();
	const reports: string[] = [];
	const documents: DocumentRecord[] = [];
	/** A new code's record, its URL checked against the service's other codes. */
	const addCode = (service: string, code: string, meaning: Meaning, file: string, line: number): CodeRecord => {
		const slug = codeSlug(code);
		if (!/[\p{L}\p{N}]/u.test(slug)) throw new ParseError(file, line, `code "${code}" has no letter or digit to build its URL from`);
		const urlKey = `${service}/${foldedCode(code)}`;
		const variants = urls.get(urlKey);
		const clash = variants?.find((v) => v.code.toLowerCase() !== code.toLowerCase());
		if (clash) {
			const first = clash.meanings[0];
			throw new ParseError(
				file,
				line,
				`code "${code}" would share the URL of "${clash.code}" (${first?.file}:${first?.line}); URLs ignore case`,
			);
		}
		const record: CodeRecord = {
			id: `${service}/${code}`,
			order: codes.size,
			service,
			code,
			slug: caseVariantSlug(slug, variants?.length ?? 0),
			meanings: [meaning],
		};
		codes.set(record.id, record);
		urls.set(urlKey, [...(variants ?? []), record]);
		return record;
	};
	/**
	 * A row's meaning joined to its code: a new code, a new meaning, or another row of a meaning the
	 * code has (`alsoIn`): another family's, or the same document's again (reported); fails on the
	 * same meaning in two documents of one family.
	 */
	const addMeaning = (service: string, code: string, meaning: Meaning) => {
		const existing = codes.get(`${service}/${code}`);
		if (!existing) {
			addCode(service, code, meaning, meaning.file, meaning.line);
			return;
		}
		const same = existing.meanings.find((m) => meaningKey(m) === meaningKey(meaning));
		const sameFamily = same && (same.family === meaning.family || same.alsoIn?.some((s) => s.family === meaning.family));
		// A document that lists a row again, cell for cell, says nothing new: the meaning is kept once, both rows its sources.
		if (same && same.file === meaning.file) {
			reports.push(
				`${meaning.file}:${meaning.line}: code "${code}" is listed again with the same cells (first at line ${same.line}): kept once`,
			);
		} else if (same && sameFamily) {
			throw new ParseError(
				meaning.file,
				meaning.line,
				`code "${code}" is listed twice with the same meaning (first at ${same.file}:${same.line})`,
			);
		}
		if (same) {
			const { status, statusLabel, description, handling, extra, cell, alsoIn, englishOnly, lang, ...source } = meaning;
			same.alsoIn = [...(same.alsoIn ?? []), source];
		} else existing.meanings.push(meaning);
	};
	/** A row's meaning, from its document's family and language and its own cells. */
	const meaningOf = (row: SourceRow, family: string, file: string, lang?: 'en'): Meaning => {
		const meaning: Meaning = { family, description: row.description, file, line: row.line };
		if (lang !== undefined) meaning.lang = lang;
		if (row.section !== undefined) meaning.section = row.section;
		if (row.status !== undefined) meaning.status = row.status;
		if (row.statusLabel !== undefined) meaning.statusLabel = row.statusLabel;
		if (row.handling !== undefined) meaning.handling = row.handling;
		if (row.extra !== undefined) meaning.extra = row.extra;
		return meaning;
	};
	for (const doc of inOrder(parsed)) {
		const { service, family } = doc.meta;
		const sections = new SectionCounter();
		for (const row of doc.rows) {
			sections.count(row.section);
			// A row whose code cell lists several codes is a meaning of each, its cell kept as written, as is an assignment's.
			const listed = codesInCell(row.code);
			for (const code of listed) {
				const meaning = meaningOf(row, family, doc.file, doc.meta.lang);
				if (listed.length > 1 || code !== row.code) meaning.cell = row.code;
				addMeaning(service, code, meaning);
			}
		}
		checkRowAccounting(doc);
		documents.push(documentRecord(doc.file, doc.meta, documents.length, 'codes', sections.sections, doc.rows.length));
	}

	for (const doc of inOrder(englishDocuments)) {
		const { service, family } = doc.meta;
		if (doc.meta.lang !== 'en') throw new ParseError(doc.file, 1, 'an English twin needs "lang: en" in its front matter');
		const sections = new SectionCounter();
		let englishOnly = 0;
		for (const row of doc.rows) {
			const english: EnglishRow = { description: row.description, file: doc.file, line: row.line };
			if (row.statusLabel !== undefined) english.statusLabel = row.statusLabel;
			if (row.handling !== undefined) english.handling = row.handling;
			if (row.extra !== undefined) english.extra = row.extra;
			if (row.section !== undefined) english.section = row.section;
			// The Chinese rows of this code and family, in source order: the n-th English row is the n-th one's twin.
			const twins = (codes.get(`${service}/${row.code}`)?.meanings ?? [])
				.flatMap((m) => [m, ...(m.alsoIn ?? [])])
				.filter((ref) => ref.family === family);
			const repeated = twins.find((ref) => ref.english !== undefined && englishKey(ref.english) === englishKey(english));
			if (repeated?.english) {
				throw new ParseError(
					doc.file,
					row.line,
					`code "${row.code}" is listed twice with the same meaning (first at ${repeated.english.file}:${repeated.english.line})`,
				);
			}
			const twin = twins.find((ref) => ref.english === undefined);
			if (twin) {
				twin.english = english;
				continue;
			}
			sections.count(row.section);
			addMeaning(service, row.code, { ...meaningOf(row, family, doc.file, 'en'), englishOnly: true });
			englishOnly++;
		}
		checkRowAccounting(doc);
		documents.push(documentRecord(doc.file, doc.meta, documents.length, 'english', sections.sections, englishOnly));
	}

	const actions = new Map<string, ActionRecord>();
	const actionUrls = new Map<string, ActionRecord[]>();
	for (const doc of inOrder(actionDocuments)) {
		const { service, family } = doc.meta;
		let actionOnly = 0;
		for (const parsedAction of doc.actions) {
			const { action: name, codes: rows, ...about } = parsedAction;
			const version: ActionRecord['versions'][number] = { family, file: doc.file, ...about, codes: [] };
			for (const row of rows) {
				let code = codes.get(`${service}/${row.code}`);
				if (!code) {
					const meaning: Meaning = { family, description: row.description, file: doc.file, line: row.line, actionOnly: true };
					code = addCode(service, row.code, meaning, doc.file, row.line);
					actionOnly++;
				}
				version.codes.push({ code: row.code, slug: code.slug, description: row.description, line: row.line });
			}
			const id = `${service}/${name}`;
			const existing = actions.get(id);
			if (existing) {
				existing.versions.push(version);
				continue;
			}
			const urlKey = `${service}/${name.toLowerCase()}`;
			const variants = actionUrls.get(urlKey) ?? [];
			const record: ActionRecord = {
				id,
				service,
				action: name,
				slug: caseVariantSlug(name, variants.length),
				order: actions.size,
				versions: [version],
			};
			actions.set(id, record);
			actionUrls.set(urlKey, [...variants, record]);
		}
		checkRowAccounting({ file: doc.file, rows: doc.actions.flatMap((a) => a.codes), tables: doc.tables });
		documents.push(
			documentRecord(doc.file, doc.meta, documents.length, 'actions', actionOnly > 0 ? [{ rowCount: actionOnly }] : [], actionOnly),
		);
	}
	const withActions = new Set([...actions.values()].map((a) => a.service));
	for (const code of codes.values()) {
		if (code.slug.toLowerCase() === ACTIONS_SEGMENT && withActions.has(code.service)) {
			const first = code.meanings[0]!;
			throw new ParseError(first.file, first.line, `code "${code.code}" would share the URL of its service's action pages`);
		}
	}
	const serviceOrder = new Map(services.map((s, i) => [s.slug, i]));
	// Codes an action alone documents come after their service's others, not at the catalogue's end.
	const commons = commonCodesByFamily(services, [...codes.values()]);
	const sortedCodes = [...codes.values()]
		.sort((a, b) => serviceOrder.get(a.service)! - serviceOrder.get(b.service)! || a.order - b.order)
		.map((code, i) => ({ ...code, order: i, ...codeClass(code, commons) }));
	return {
		services: services.map((service, order) => ({ ...service, id: service.slug, order })),
		codes: sortedCodes,
		documents,
		actions: [...actions.values()],
		reports,
	};
}

/** A document's sections in order, with the rows each gives the pages. */
class SectionCounter {
	readonly sections: DocumentRecord['sections'] = [];
	count(name: string | undefined): void {
		const last = this.sections.at(-1);
		if (last && last.name === name) last.rowCount++;
		else this.sections.push(name === undefined ? { rowCount: 1 } : { name, rowCount: 1 });
	}
}

/** A source document's record: its place, kind, sections and row count. */
function documentRecord(
	file: string,
	meta: ParsedDocument['meta'],
	order: number,
	kind: DocumentRecord['kind'],
	sections: DocumentRecord['sections'],
	rowCount: number,
): DocumentRecord {
	const document: DocumentRecord = {
		id: file,
		order,
		service: meta.service,
		family: meta.family,
		title: meta.title,
		kind,
		rowCount,
		sections,
	};
	if (meta.source !== undefined) document.source = meta.source;
	return document;
}
