// @ts-check
// `npm run import:sdk -- <SDK checkout> [--out <folder>] [--services cvm,vpc,...] [--content content]`:
// writes a content folder from the vendor's Python SDK (tencentcloud-sdk-python): the documents of
// the content folder as they are, then one document per other service and API version, from
// `products.md` and every `tencentcloud/<service>/<version>/errorcodes.py` (read, never run), with
// the API 3.0 common codes taken from the content folder's `smh.md`. Build it with
// `ERRCODES_CONTENT=<folder> npm run build`. With `--go <tencentcloud-sdk-go checkout>` (and
// `--cli <tencentcloud-cli checkout>` for each action's Chinese name, status and description), it
// also writes `actions/`: for each document, the actions of its service and API version. With
// `--en <tencentcloud-sdk-python-intl-en checkout>` it writes `en/`: the English twin of each
// document whose API version the international SDK has, with the English common codes of the
// content folder's `en/smh.md` where it has one.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ParseError } from '../src/lib/parse-document.ts';
import { importActions, parseCliApi, parseGoClient, parseGoErrors } from '../src/lib/actions-import.ts';
import { api3Template, importCatalog, parseErrorCodes, parseProducts, servicesYaml } from '../src/lib/sdk-import.ts';
import { englishTemplate, importEnglish } from '../src/lib/english-import.ts';
import { ENGLISH_FOLDER, readContentFolder } from '../src/loaders/content-folder.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		out: { type: 'string', default: 'sdk-catalog' },
		services: { type: 'string', default: '' },
		content: { type: 'string', default: 'content' },
		go: { type: 'string' },
		cli: { type: 'string' },
		en: { type: 'string' },
	},
});
const sdk = positionals[0];
if (!sdk) {
	console.error('usage: npm run import:sdk -- <path to an SDK checkout> [--out <folder>] [--services cvm,vpc,...]');
	process.exit(2);
}
const only = new Set(String(values.services).split(',').filter(Boolean));
const content = resolve(String(values.content));
const out = resolve(String(values.out));

try {
	const products = parseProducts('products.md', readFileSync(join(sdk, 'products.md'), 'utf-8'));
	const versions = readSdkVersions(sdk);
	if (only.size > 0)
		for (const s of only) if (!versions.some((v) => v.service === s)) throw new Error(`no errorcodes.py for service "${s}" in ${sdk}`);
	const own = readContentFolder(pathToFileURL(`${content}/`));
	const template = api3Template('smh.md', readFileSync(join(content, 'smh.md'), 'utf-8'));
	const result = importCatalog(versions, products, template, new Set(own.services.map((s) => s.slug)));

	rmSync(out, { recursive: true, force: true });
	mkdirSync(out, { recursive: true });
	// The content folder's own documents and entries come first and win over imported ones.
	for (const name of readdirSync(content).filter((n) => n.endsWith('.md') || n === 'aliases.yaml'))
		cpSync(join(content, name), join(out, name));
	writeFileSync(join(out, 'services.yaml'), servicesYaml([...own.services, ...result.services]));
	for (const doc of result.documents) writeFileSync(join(out, doc.file), `${doc.text}\n`);

	if (values.go) {
		const documents = [
			...own.documents.map((d) => ({ file: d.file, service: d.meta.service, family: d.meta.family })),
			...result.documents,
		];
		const { goVersions, cliVersions } = readActionSources(String(values.go), values.cli === undefined ? undefined : String(values.cli));
		const serviceOf = (/** @type {string} */ product) => cliVersions.find((c) => c.api.shortName === product)?.service ?? product;
		const wanted = goVersions.filter((v) => only.size === 0 || only.has(serviceOf(v.product)));
		const actions = importActions(wanted, cliVersions, [...own.services, ...result.services], documents);
		mkdirSync(join(out, 'actions'), { recursive: true });
		for (const doc of actions.documents) writeFileSync(join(out, doc.file), doc.text);
		result.skipped.push(...actions.skipped);
		const count = (/** @type {'rows' | 'actions'} */ key) => actions.documents.reduce((n, d) => n + d[key], 0);
		console.log(
			`wrote ${actions.documents.length} actions documents with ${count('actions')} actions and ${count('rows')} (action, code) rows`,
		);
	}
	if (values.en) {
		const english = readSdkVersions(String(values.en));
		const commonFile = join(content, ENGLISH_FOLDER, 'smh.md');
		const common = existsSync(commonFile) ? englishTemplate(`${ENGLISH_FOLDER}smh.md`, readFileSync(commonFile, 'utf-8')) : undefined;
		if (!common) console.log(`no ${ENGLISH_FOLDER}smh.md in ${content}: the English twins list no common codes`);
		const ownEnglish = own.englishDocuments.map((d) => d.file);
		const documents = [
			...own.documents.map((d) => ({ file: d.file, service: d.meta.service, family: d.meta.family })),
			...result.documents,
		].filter((d) => !ownEnglish.includes(`${ENGLISH_FOLDER}${d.file}`));
		const names = new Map([...own.services, ...result.services].map((s) => [s.slug, s.nameEn]));
		const twins = importEnglish(english, versions, documents, names, template.commonCodes, common);
		mkdirSync(join(out, ENGLISH_FOLDER), { recursive: true });
		for (const name of ownEnglish) cpSync(join(content, name), join(out, name));
		for (const doc of twins.documents) writeFileSync(join(out, doc.file), `${doc.text}\n`);
		result.skipped.push(...twins.skipped);
		const rows = twins.documents.reduce((n, d) => n + d.rows, 0);
		console.log(
			`wrote ${twins.documents.length + ownEnglish.length} English twins (${ownEnglish.length} the content folder's) with ${rows} imported rows`,
		);
	}
	for (const line of result.skipped) console.log(`skipped ${line}`);
	const rows = result.documents.reduce((n, d) => n + d.rows, 0) + own.documents.reduce((n, d) => n + d.rows.length, 0);
	const services = own.services.length + result.services.length;
	const documents = own.documents.length + result.documents.length;
	console.log(`wrote ${out}: ${services} services, ${documents} documents, ${rows} rows`);
	console.log(
		`imported ${result.services.length} services and ${result.documents.length} documents from ${versions.length} errorcodes.py files`,
	);
} catch (error) {
	console.error(
		error instanceof ParseError ? `${error.file}:${error.line}: ${error.reason}` : String(error instanceof Error ? error.message : error),
	);
	process.exit(1);
}

/**
 * Every `tencentcloud/<service>/<version>/errorcodes.py` of a Python SDK checkout (Chinese or
 * international), of the services asked for.
 * @param {string} checkout
 */
function readSdkVersions(checkout) {
	const root = join(checkout, 'tencentcloud');
	if (!existsSync(root)) throw new Error(`${checkout}: no tencentcloud/ folder; is it a clone of a tencentcloud Python SDK?`);
	return readdirSync(root, { withFileTypes: true })
		.filter((d) => d.isDirectory() && (only.size === 0 || only.has(d.name)))
		.flatMap((service) =>
			readdirSync(join(root, service.name), { withFileTypes: true })
				.filter((d) => d.isDirectory() && /^v\d{8}$/.test(d.name) && existsSync(join(root, service.name, d.name, 'errorcodes.py')))
				.map((version) => {
					const file = `tencentcloud/${service.name}/${version.name}/errorcodes.py`;
					return {
						service: service.name,
						version: version.name,
						codes: parseErrorCodes(file, readFileSync(join(checkout, file), 'utf-8')),
					};
				}),
		);
}

/**
 * Reads the Go SDK's `client.go` and `errors.go` of every package version, and the CLI's `api.json`
 * of every service version, for `importActions`.
 * @param {string} go @param {string | undefined} cliDir
 */
function readActionSources(go, cliDir) {
	const goRoot = join(go, 'tencentcloud');
	if (!existsSync(goRoot)) throw new Error(`${go}: no tencentcloud/ folder; is it a clone of tencentcloud-sdk-go?`);
	/** @param {string} path */
	const dirs = (path) =>
		readdirSync(path, { withFileTypes: true })
			.filter((d) => d.isDirectory())
			.map((d) => d.name)
			.sort();
	const goVersions = dirs(goRoot).flatMap((product) =>
		dirs(join(goRoot, product))
			.filter((v) => /^v\d{8}$/.test(v) && existsSync(join(goRoot, product, v, 'client.go')))
			.map((version) => {
				const file = (/** @type {string} */ name) => `tencentcloud/${product}/${version}/${name}`;
				const errors = join(go, file('errors.go'));
				return {
					product,
					version,
					actions: parseGoClient(file('client.go'), readFileSync(join(go, file('client.go')), 'utf-8')),
					descriptions: existsSync(errors) ? parseGoErrors(file('errors.go'), readFileSync(errors, 'utf-8')) : new Map(),
				};
			}),
	);
	if (cliDir === undefined) return { goVersions, cliVersions: [] };
	const root = join(cliDir, 'tccli', 'services');
	if (!existsSync(root)) throw new Error(`${cliDir}: no tccli/services/ folder; is it a clone of tencentcloud-cli?`);
	const cliVersions = dirs(root).flatMap((service) =>
		dirs(join(root, service))
			.filter((version) => existsSync(join(root, service, version, 'api.json')))
			.map((version) => {
				const file = `tccli/services/${service}/${version}/api.json`;
				return { service, version, api: parseCliApi(file, readFileSync(join(cliDir, file), 'utf-8')) };
			}),
	);
	return { goVersions, cliVersions };
}
