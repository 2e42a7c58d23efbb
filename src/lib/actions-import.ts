/**
 * Reads the vendor's Go SDK (`client.go`: the codes each action can return; `errors.go`: their
 * descriptions) and CLI (`api.json`: each action's Chinese name, status and description), read as
 * text and never run, and writes actions documents in the site's source format. Pure:
 * `scripts/import-sdk.mjs` does the file I/O.
 */
import { dump as dumpYaml } from 'js-yaml';
import { ParseError } from './parse-document.ts';
import { tableCell, versionDate, versionFamily } from './sdk-import.ts';

/** One action of a Go `client.go`: its name, the line of its method, and the codes its comment lists. */
export interface GoAction {
	action: string;
	line: number;
	codes: string[];
}

const METHOD = /^func \(c \*Client\) ([A-Za-z][A-Za-z0-9_]*)\(/;
const CODES_MARK = /^\/\/\s*可能返回的错误码[:：]\s*$/;
const CODE_LINE = /^\/\/\s+[A-Z][A-Z0-9_]*\s*=\s*"([^"]+)"\s*$/;

/**
 * The actions of a `client.go`, each with the codes listed after `可能返回的错误码:` in the comment
 * above its method. The `<Action>WithContext` twin must list the same codes; a line of that list
 * that is not a constant fails with file:line.
 */
export function parseGoClient(file: string, text: string): GoAction[] {
	const actions = new Map<string, GoAction>();
	let comment: { text: string; line: number }[] = [];
	text.split(/\r\n|\r|\n/).forEach((raw, i) => {
		const line = raw.trim();
		if (line.startsWith('//')) {
			comment.push({ text: line, line: i + 1 });
			return;
		}
		const method = METHOD.exec(line);
		if (method) {
			const mark = comment.findIndex((c) => CODES_MARK.test(c.text));
			const codes = (mark < 0 ? [] : comment.slice(mark + 1)).flatMap(({ text: c, line: at }) => {
				if (/^\/\/\s*$/.test(c)) return [];
				const code = CODE_LINE.exec(c)?.[1];
				if (code === undefined) throw new ParseError(file, at, `not an error-code constant in the list of codes: ${c.slice(0, 80)}`);
				return [code];
			});
			const name = method[1] ?? '';
			const twin = name.endsWith('WithContext') ? actions.get(name.slice(0, -'WithContext'.length)) : undefined;
			if (twin) {
				if (twin.codes.join() !== codes.join()) throw new ParseError(file, i + 1, `${name} lists other codes than ${twin.action}`);
			} else if (!name.endsWith('WithContext')) actions.set(name, { action: name, line: i + 1, codes });
		}
		comment = [];
	});
	return [...actions.values()];
}

/** The description of each code of a Go `errors.go`: the comment lines right above its constant, joined. */
export function parseGoErrors(file: string, text: string): Map<string, string> {
	const descriptions = new Map<string, string>();
	let comment: string[] = [];
	text.split(/\r\n|\r|\n/).forEach((raw, i) => {
		const line = raw.trim();
		if (line.startsWith('//')) comment.push(line.replace(/^\/\/\s?/, '').trim());
		else if (line === '') comment = [];
		else {
			const constant = /^[A-Z][A-Z0-9_]*\s*=\s*"([^"]*)"\s*$/.exec(line);
			if (constant) {
				if (constant[1] === '') throw new ParseError(file, i + 1, 'empty error code');
				descriptions.set(constant[1] ?? '', comment.filter((c) => c !== '').join(' '));
			} else if (!/^(package |const \(|\))/.test(line))
				throw new ParseError(file, i + 1, `not a comment or an error-code constant: ${line.slice(0, 80)}`);
			comment = [];
		}
	});
	return descriptions;
}

/** What the CLI's `api.json` says of an action. */
export interface CliAction {
	name?: string;
	status?: string;
	/** Its description's first line. */
	description?: string;
}

/** A CLI `api.json`: the product name the Go SDK and API Explorer use, and each action. */
export interface CliApi {
	shortName: string;
	actions: Map<string, CliAction>;
}

/** Reads a CLI `api.json` (`metadata.serviceShortName`, `actions.<Action>.name/status/document`); fails naming the file. */
export function parseCliApi(file: string, text: string): CliApi {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new ParseError(file, 1, `not JSON: ${(error as Error).message}`);
	}
	const data = json as { metadata?: { serviceShortName?: unknown }; actions?: Record<string, Record<string, unknown>> };
	const shortName = data.metadata?.serviceShortName;
	if (typeof shortName !== 'string' || data.actions === undefined)
		throw new ParseError(file, 1, 'no metadata.serviceShortName or no actions');
	const text1 = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
	const actions = new Map<string, CliAction>();
	for (const [action, about] of Object.entries(data.actions)) {
		const entry: CliAction = {};
		const name = text1(about['name']);
		const status = text1(about['status']);
		const description = text1(text1(about['document'])?.split(/\r\n|\r|\n/)[0]);
		if (name !== undefined) entry.name = name;
		if (status !== undefined && status !== 'online') entry.status = status;
		if (description !== undefined) entry.description = description;
		actions.set(action, entry);
	}
	return { shortName, actions };
}

/** One actions document to write, and what it is written from. */
export interface ActionsSource {
	service: string;
	family: string;
	title: string;
	/** The product name in API Explorer links (the Go package's). */
	product: string;
	/** The API version folder, `v20170312`. */
	version: string;
	actions: GoAction[];
	cli?: CliApi | undefined;
	descriptions: Map<string, string>;
}

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');

/** An actions document in the source format (`actions/<document>.md`), and how many code rows it has. */
export function actionsDocument(source: ActionsSource): { text: string; rows: number } {
	const front = ['---', dumpYaml({ service: source.service, family: source.family, title: source.title }).trimEnd(), '---'];
	const sections = [...source.actions]
		.sort((a, b) => (a.action < b.action ? -1 : a.action > b.action ? 1 : 0))
		.map((action) => {
			const about = source.cli?.actions.get(action.action) ?? {};
			const explorer = `https://console.cloud.tencent.com/api/explorer?Product=${source.product}&Version=${versionDate(source.version)}&Action=${action.action}`;
			const lines = [
				`## ${action.action}`,
				...(about.name ? [`接口名称：${oneLine(about.name)}`] : []),
				...(about.status ? [`接口状态：${oneLine(about.status)}`] : []),
				// A line of text, never a heading, a table or a field of the format.
				...(about.description ? [oneLine(about.description).replace(/^(#+\s*|\||\*\s+\[|接口(名称|状态)[：:])/, (m) => `\\${m}`)] : []),
				`* [API 3.0 Explorer](${explorer})`,
			];
			if (action.codes.length > 0) {
				lines.push(
					'### 错误码',
					'以下仅列出了接口业务逻辑相关的错误码，其他错误码详见公共错误码。',
					[
						'| 错误码 | 描述 |',
						'|---------|---------|',
						...[...new Set(action.codes)].map((c) => `| ${c} | ${tableCell(oneLine(source.descriptions.get(c) ?? ''))} |`),
					].join('\n'),
				);
			}
			return lines.join('\n\n');
		});
	const rows = source.actions.reduce((n, a) => n + new Set(a.codes).size, 0);
	return { text: `${front.join('\n')}\n\n${sections.join('\n\n')}\n`, rows };
}

/** One API version of one Go SDK package, read. */
export interface GoVersion {
	/** The package: `cvm`, `as`. */
	product: string;
	version: string;
	actions: GoAction[];
	descriptions: Map<string, string>;
}

/** One CLI `api.json`, by the CLI's service folder (the Python SDK's name) and version. */
export interface CliVersion {
	service: string;
	version: string;
	api: CliApi;
}

/**
 * The actions documents of a catalogue: for each Go package version, beside the error-code
 * document of its service and family. The CLI names the package's service (its
 * `serviceShortName` is the package: autoscaling is `as`), else the package is the service; the
 * newest version is family `api3`, older ones `api3-<date>`, as the error-code import names them.
 * A version without such a document is skipped, and said so.
 */
export function importActions(
	go: GoVersion[],
	cli: CliVersion[],
	services: { slug: string; name: string }[],
	documents: { file: string; service: string; family: string }[],
): { documents: { file: string; text: string; rows: number; actions: number }[]; skipped: string[] } {
	const out = { documents: [] as { file: string; text: string; rows: number; actions: number }[], skipped: [] as string[] };
	const newestFirst = [...go].sort((a, b) => a.product.localeCompare(b.product) || b.version.localeCompare(a.version));
	newestFirst.forEach((v, i) => {
		const newest = i === 0 || newestFirst[i - 1]?.product !== v.product;
		const fromCli = cli.find((c) => c.api.shortName === v.product && c.version === v.version);
		const service = cli.find((c) => c.api.shortName === v.product)?.service ?? v.product;
		const family = versionFamily(v.version, newest);
		const doc = documents.find((d) => d.service === service && d.family === family);
		const meta = services.find((s) => s.slug === service);
		if (!doc || !meta || v.actions.length === 0) {
			out.skipped.push(
				`${v.product} ${v.version}: ${v.actions.length === 0 ? 'no actions' : `no document of service "${service}", family "${family}"`}`,
			);
			return;
		}
		const title = `${meta.name} API 3.0 接口与错误码${newest ? '' : `（${versionDate(v.version)} 版）`}`;
		const written = actionsDocument({
			service,
			family,
			title,
			product: v.product,
			version: v.version,
			actions: v.actions,
			cli: fromCli?.api,
			descriptions: v.descriptions,
		});
		out.documents.push({ file: `actions/${doc.file}`, ...written, actions: v.actions.length });
	});
	return out;
}
