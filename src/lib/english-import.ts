/**
 * Writes the English twins (`en/`) of a content folder's API 3.0 documents from the vendor's
 * international Python SDK (tencentcloud-sdk-python-intl-en, whose `errorcodes.py` files have
 * English comments; read, never run). Pure: `scripts/import-sdk.mjs` does the file I/O.
 */
import { dump as dumpYaml } from 'js-yaml';
import { groupBy } from './collect.ts';
import { ParseError, parseDocument } from './parse-document.ts';
import { tableCell, versionDate, versionFamily, type ImportedDocument, type SdkVersion } from './sdk-import.ts';

/** The vendor's name of the section of an English API 3.0 document that lists the common codes. */
const COMMON_HEADING = 'Common Error Codes';

/** The common codes of an English API 3.0 document of the content folder (`en/smh.md`): its table's lines, exactly as written, and its codes. */
export interface EnglishTemplate {
	commonTable: string[];
	commonCodes: Set<string>;
}

/** The `### Common Error Codes` table of an English document; fails with file:line when it has none. */
export function englishTemplate(file: string, text: string): EnglishTemplate {
	const lines = text.split(/\r\n|\r|\n/);
	const heading = lines.findIndex((l) => l.trim() === `### ${COMMON_HEADING}`);
	if (heading < 0) throw new ParseError(file, 1, `no "### ${COMMON_HEADING}" heading`);
	const start = lines.findIndex((l, i) => i > heading && l.trim().startsWith('|'));
	const end = lines.findIndex((l, i) => i > start && !l.trim().startsWith('|'));
	const rows = parseDocument(file, text).rows.filter((r) => r.section === COMMON_HEADING);
	if (start < 0 || rows.length === 0) throw new ParseError(file, heading + 1, `the "### ${COMMON_HEADING}" heading has no table of codes`);
	return { commonTable: lines.slice(start, end < 0 ? lines.length : end), commonCodes: new Set(rows.map((r) => r.code)) };
}

/** A Chinese document the English twins are written for: its file, service and family. */
export interface TwinnedDocument {
	file: string;
	service: string;
	family: string;
}

const TABLE_HEAD = ['| Error code | Description |', '|--------|------|'];

/**
 * One English twin per Chinese API 3.0 document whose SDK version the international SDK has: the
 * same file name (under `en/`), service and family, `lang: en`; the newest version's twin opens
 * with the English common codes where a template gives them. A code that is a common one (of
 * either language) is left out of its `### Service Error Codes`, as the Chinese import does.
 * @param chinese the Chinese SDK's versions, which say which family each version is
 * @param common the Chinese common codes (`content/smh.md`'s)
 */
export function importEnglish(
	english: SdkVersion[],
	chinese: { service: string; version: string }[],
	documents: TwinnedDocument[],
	names: Map<string, string>,
	common: Set<string>,
	template: EnglishTemplate | undefined,
): { documents: ImportedDocument[]; skipped: string[] } {
	const result: { documents: ImportedDocument[]; skipped: string[] } = { documents: [], skipped: [] };
	const newest = new Map(
		[...groupBy(chinese, (v) => v.service)].map(([service, vs]) => [
			service,
			vs
				.map((v) => v.version)
				.sort()
				.at(-1),
		]),
	);
	const versionOf = new Map(
		chinese.map((v) => [`${v.service}/${versionFamily(v.version, v.version === newest.get(v.service))}`, v.version]),
	);
	const englishOf = new Map(english.map((v) => [`${v.service}/${v.version}`, v]));
	const isCommon = (code: string) => common.has(code) || template?.commonCodes.has(code) === true;
	for (const doc of documents) {
		const version = versionOf.get(`${doc.service}/${doc.family}`);
		if (version === undefined) continue;
		const source = englishOf.get(`${doc.service}/${version}`);
		if (!source) {
			result.skipped.push(`${doc.service} ${version}: the international SDK has no errorcodes.py for it, no English twin`);
			continue;
		}
		const withCommon = doc.family === 'api3' && template !== undefined;
		const own = source.codes.filter((c) => !isCommon(c.code));
		const name = names.get(doc.service) ?? doc.service.toUpperCase();
		const title = doc.family === 'api3' ? `${name} API 3.0 Error Codes` : `${name} API 3.0 Error Codes (${versionDate(version)} version)`;
		const tables = [
			...(withCommon ? [[`### ${COMMON_HEADING}`, '', ...template.commonTable]] : []),
			...(own.length > 0
				? [['### Service Error Codes', '', ...TABLE_HEAD, ...own.map((c) => `| ${c.code} | ${tableCell(c.description)} |`)]]
				: []),
		];
		if (tables.length === 0) {
			result.skipped.push(`${doc.service} ${version}: only common codes in English and no English common-code table, no English twin`);
			continue;
		}
		const front = ['---', dumpYaml({ service: doc.service, family: doc.family, title, lang: 'en' }).trimEnd(), '---'];
		result.documents.push({
			file: `en/${doc.file}`,
			service: doc.service,
			family: doc.family,
			text: [[...front, '## Error Code List'].join('\n'), ...tables.map((t) => t.join('\n'))].join('\n\n'),
			rows: (withCommon ? template.commonCodes.size : 0) + own.length,
		});
	}
	return result;
}
