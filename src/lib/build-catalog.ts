import type { SourceDocument } from '../schemas/document.ts';
import type { ErrorCode, Meaning } from '../schemas/error-code.ts';
import type { Service, ServiceMeta } from '../schemas/service.ts';
import { ParseError, type ParsedDocument } from './parse-document.ts';
import { codeSlug, foldedCode } from './codes.ts';
import { meaningKey } from './meanings.ts';

/** A code's record: the collection entry plus its id (`service/code`). */
export type CodeRecord = ErrorCode & { id: string };

/** A source document's record: the collection entry plus its id (the file name). */
export type DocumentRecord = SourceDocument & { id: string };

/** A service's record: its `services.yaml` entry, its place in that file, and its id (the slug). */
export type ServiceRecord = Service & { id: string };

/** The whole catalogue, in the order of `services.yaml` and then of the documents. */
export interface Catalog {
	services: ServiceRecord[];
	codes: CodeRecord[];
	documents: DocumentRecord[];
}

/**
 * Fails when the parser produced other than one entry per body line of each code table, as the
 * independent line count (`tableSpans`) saw them: a row the parser dropped or invented stops the build.
 */
export function checkRowAccounting(doc: ParsedDocument): void {
	const skipped = new Set(doc.skippedTables.map((t) => t.line));
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
 * Joins parsed documents into code records. A code that two families of a service give with the
 * same text is one meaning, with the second row in `alsoIn`. Codes of a service that differ only
 * in case each get a page: the first in catalogue order keeps the plain URL, the next `~2`, `~3`.
 * Fails, naming file and line, on a document whose service or family is not declared, on a code
 * given twice with the same meaning in one family, and on two other codes that would share a URL.
 */
export function buildCatalog(services: ServiceMeta[], parsed: ParsedDocument[]): Catalog {
	const order = (doc: ParsedDocument) => {
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
	const sorted = parsed
		.map((doc) => ({ doc, key: order(doc) }))
		.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.doc.file.localeCompare(b.doc.file))
		.map(({ doc }) => doc);

	const codes = new Map<string, CodeRecord>();
	const urls = new Map<string, CodeRecord[]>();
	const documents: DocumentRecord[] = [];
	for (const doc of sorted) {
		const { service, family } = doc.meta;
		const sections: DocumentRecord['sections'] = [];
		for (const row of doc.rows) {
			const meaning: Meaning = { family, description: row.description, file: doc.file, line: row.line };
			if (row.section !== undefined) meaning.section = row.section;
			if (row.status !== undefined) meaning.status = row.status;
			if (row.statusLabel !== undefined) meaning.statusLabel = row.statusLabel;
			if (row.handling !== undefined) meaning.handling = row.handling;

			const last = sections.at(-1);
			if (last && last.name === row.section) last.rowCount++;
			else sections.push(row.section === undefined ? { rowCount: 1 } : { name: row.section, rowCount: 1 });

			const id = `${service}/${row.code}`;
			const existing = codes.get(id);
			if (existing) {
				const same = existing.meanings.find((m) => meaningKey(m) === meaningKey(meaning));
				const sameFamily = same && (same.family === family || same.alsoIn?.some((s) => s.family === family));
				if (same && sameFamily) {
					throw new ParseError(
						doc.file,
						row.line,
						`code "${row.code}" is listed twice with the same meaning (first at ${same.file}:${same.line})`,
					);
				}
				if (same) {
					const { status, statusLabel, description, handling, alsoIn, ...source } = meaning;
					same.alsoIn = [...(same.alsoIn ?? []), source];
				} else existing.meanings.push(meaning);
				continue;
			}
			const slug = codeSlug(row.code);
			if (!/[A-Za-z0-9]/.test(slug)) {
				throw new ParseError(doc.file, row.line, `code "${row.code}" has no letter or digit to build its URL from`);
			}
			const urlKey = `${service}/${foldedCode(row.code)}`;
			const variants = urls.get(urlKey);
			const clash = variants?.find((v) => v.code.toLowerCase() !== row.code.toLowerCase());
			if (clash) {
				const first = clash.meanings[0];
				throw new ParseError(
					doc.file,
					row.line,
					`code "${row.code}" would share the URL of "${clash.code}" (${first?.file}:${first?.line}); URLs ignore case`,
				);
			}
			const record: CodeRecord = {
				id,
				order: codes.size,
				service,
				code: row.code,
				slug: caseVariantSlug(slug, variants?.length ?? 0),
				meanings: [meaning],
			};
			codes.set(id, record);
			urls.set(urlKey, [...(variants ?? []), record]);
		}
		checkRowAccounting(doc);
		const document: DocumentRecord = {
			id: doc.file,
			order: documents.length,
			service,
			family,
			title: doc.meta.title,
			rowCount: doc.rows.length,
			sections,
		};
		if (doc.meta.source !== undefined) document.source = doc.meta.source;
		documents.push(document);
	}
	return {
		services: services.map((service, order) => ({ ...service, id: service.slug, order })),
		codes: [...codes.values()],
		documents,
	};
}
