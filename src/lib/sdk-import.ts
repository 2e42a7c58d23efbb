/**
 * Reads the vendor's SDK error-code files (read, never run) and writes them as error-code
 * documents of the site's source format. Pure: `scripts/import-sdk.mjs` does the file I/O.
 */
import { dump as dumpYaml } from 'js-yaml';
import type { ServiceMeta } from '../schemas/service.ts';
import { groupBy } from './collect.ts';
import { ParseError, parseDocument } from './parse-document.ts';

/** One error-code constant of an SDK `errorcodes.py`, with the comment above it as its description. */
export interface SdkCode {
	code: string;
	description: string;
	line: number;
}

/** One API version of one SDK package: `tencentcloud/<service>/<version>/errorcodes.py`. */
export interface SdkVersion {
	service: string;
	/** The version folder: `v20170312`. */
	version: string;
	codes: SdkCode[];
}

const CONSTANT = /^([A-Z][A-Z0-9_]*)\s*=\s*(['"])(.*)\2\s*$/;

/**
 * The constants of an `errorcodes.py`, each with the comment lines right above it (joined with a
 * space; none gives an empty description). The licence header is the comment block the first
 * blank line ends. Anything else fails with file:line.
 */
export function parseErrorCodes(file: string, text: string): SdkCode[] {
	const codes: SdkCode[] = [];
	let comment: string[] = [];
	text.split(/\r\n|\r|\n/).forEach((raw, i) => {
		const line = raw.trim();
		if (line === '') comment = [];
		else if (line.startsWith('#')) comment.push(line.replace(/^#\s?/, '').trim());
		else {
			const match = CONSTANT.exec(line);
			if (!match) throw new ParseError(file, i + 1, `not a comment or an error-code constant: ${line.slice(0, 80)}`);
			const code = match[3] ?? '';
			if (code === '' || /[|\s]/.test(code)) throw new ParseError(file, i + 1, `error code "${code}" is empty or has a space or "|"`);
			codes.push({ code, description: comment.filter((c) => c !== '').join(' '), line: i + 1 });
			comment = [];
		}
	});
	return codes;
}

/**
 * The Chinese product name of each SDK package, from the SDK's `products.md` table
 * (`| 包名 | [产品中文名](url) | … |`); an empty name (`[]`) is left out.
 */
export function parseProducts(file: string, text: string): Map<string, string> {
	const names = new Map<string, string>();
	text.split(/\r\n|\r|\n/).forEach((raw, i) => {
		const line = raw.trim();
		if (!line.startsWith('|') || /^\|\s*(包名|:?-)/.test(line)) return;
		const match = /^\|\s*([a-z0-9]+)\s*\|\s*\[([^\]]*)\]\([^)]*\)\s*\|/.exec(line);
		if (!match) throw new ParseError(file, i + 1, `not a product row: ${line.slice(0, 80)}`);
		const name = (match[2] ?? '').trim();
		if (name !== '') names.set(match[1] ?? '', name);
	});
	return names;
}

/** A service entry of `services.yaml`, as the import writes it. */
export interface ImportedService {
	slug: string;
	name: string;
	nameEn: string;
	description: string;
	families: { slug: string; name: string; response: 'api3-json' }[];
}

/** A document the import writes. */
export interface ImportedDocument {
	file: string;
	service: string;
	family: string;
	text: string;
	rows: number;
}

/** What the import makes of the SDK: services and documents, and what it left out and why. */
export interface ImportResult {
	services: ImportedService[];
	documents: ImportedDocument[];
	skipped: string[];
}

/** What the import takes from the site's own API 3.0 document (`content/smh.md`). */
export interface Api3Template {
	/** Its text between the front matter and the common codes' heading: the vendor's preamble. */
	preamble: string;
	/** The common codes' table, its lines exactly as written. */
	commonTable: string[];
	/** The codes that table lists. */
	commonCodes: Set<string>;
}

/**
 * The preamble and the common codes of an API 3.0 document of the site (`content/smh.md`): the SDK
 * has no list of the common codes, the vendor's pages do. Fails with file:line when it has none.
 */
export function api3Template(file: string, text: string): Api3Template {
	const lines = text.split(/\r\n|\r|\n/);
	const frontEnd = lines.indexOf('---', 1);
	const heading = lines.findIndex((l) => /^###\s+公共错误码\s*$/.test(l));
	if (frontEnd < 0 || heading < 0) throw new ParseError(file, 1, 'no front matter or no "### 公共错误码" heading');
	const start = lines.findIndex((l, i) => i > heading && l.trim().startsWith('|'));
	const end = lines.findIndex((l, i) => i > start && !l.trim().startsWith('|'));
	const commonTable = lines.slice(start, end < 0 ? lines.length : end);
	const rows = parseDocument(file, text).rows.filter((r) => r.section === '公共错误码');
	if (start < 0 || rows.length === 0) throw new ParseError(file, heading + 1, 'the "### 公共错误码" heading has no table of codes');
	return { preamble: lines.slice(frontEnd + 1, heading).join('\n'), commonTable, commonCodes: new Set(rows.map((r) => r.code)) };
}

/** An SDK version folder as a date: `v20170312` -> `2017-03-12`. */
export const versionDate = (version: string) => version.replace(/^v(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3');

/** Text as a table cell: its `|` escaped. */
export const tableCell = (text: string) => text.replace(/\|/g, '\\|');

/** The family of an SDK version: `api3` for a service's newest, `api3-<date>` for the older ones. */
export const versionFamily = (version: string, newest: boolean) => (newest ? 'api3' : `api3-${version.slice(1)}`);
const TABLE_HEAD = ['| 错误码 | 说明 |', '|--------|------|'];

/**
 * Documents in the vendor's error-code page format, one per service and API version, and their
 * `services.yaml` entries. The newest version is family `api3` with the common codes; older ones
 * are `api3-<date>`. A service's own constant that is a common code is left out of its
 * `### 业务错误码`; services in `existing` keep their own documents and are skipped.
 */
export function importCatalog(
	versions: SdkVersion[],
	products: Map<string, string>,
	template: Api3Template,
	existing: Set<string>,
): ImportResult {
	const byService = groupBy(versions, (v) => v.service);
	const result: ImportResult = { services: [], documents: [], skipped: [] };
	for (const service of [...byService.keys()].sort()) {
		if (existing.has(service)) {
			result.skipped.push(`${service}: the content folder has its own documents`);
			continue;
		}
		const newestFirst = (byService.get(service) ?? []).sort((a, b) => b.version.localeCompare(a.version));
		const nameEn = service.toUpperCase();
		const name = products.get(service) ?? nameEn;
		// A version whose every code is a common one has no document, and so no family.
		const withDocs = newestFirst.filter((v, i) => i === 0 || v.codes.some((c) => !template.commonCodes.has(c.code)));
		for (const v of newestFirst) if (!withDocs.includes(v)) result.skipped.push(`${service} ${v.version}: only common codes, no document`);
		const families = withDocs.map((v, i) => ({
			slug: versionFamily(v.version, i === 0),
			name: i === 0 ? 'API 3.0' : `API 3.0（${versionDate(v.version)} 版）`,
			response: 'api3-json' as const,
		}));
		result.services.push({ slug: service, name, nameEn, description: `${name} API 3.0 的公共与业务错误码。`, families });
		withDocs.forEach((v, i) => {
			const own = v.codes.filter((c) => !template.commonCodes.has(c.code));
			const family = families[i]!;
			const title = i === 0 ? `${name} API 3.0 错误码` : `${name} API 3.0 错误码（${versionDate(v.version)} 版）`;
			const tables = [
				...(i === 0 ? [['### 公共错误码', '', ...template.commonTable]] : []),
				...(own.length > 0
					? [['### 业务错误码', '', ...TABLE_HEAD, ...own.map((c) => `| ${c.code} | ${tableCell(c.description)} |`)]]
					: []),
			];
			const front = ['---', dumpYaml({ service, family: family.slug, title }).trimEnd(), '---'];
			result.documents.push({
				file: i === 0 ? `${service}.md` : `${service}-${v.version}.md`,
				service,
				family: family.slug,
				text: [[...front, template.preamble.trimEnd()].join('\n'), ...tables.map((t) => t.join('\n'))].join('\n\n'),
				rows: (i === 0 ? template.commonCodes.size : 0) + own.length,
			});
		});
	}
	return result;
}

/** A `services.yaml` of the given entries (the content folder's own, then the imported ones). */
export function servicesYaml(services: (ServiceMeta | ImportedService)[]): string {
	return dumpYaml(services, { lineWidth: -1 });
}
