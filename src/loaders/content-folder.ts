/**
 * The one reader of a content folder (`content/`, a fixture, a benchmark catalogue): the loaders,
 * the Astro config, the tests and the benchmark all read a folder through it, validated the same way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import type { z } from 'astro/zod';
import { parseActionsDocument, type ParsedActionsDocument } from '../lib/parse-actions.ts';
import { collecting, ParseError, ParseErrors, parseDocument, type ParsedDocument } from '../lib/parse-document.ts';
import { tableSpans } from '../lib/row-accounting.ts';
import { aliasesFileSchema, type AliasEntry } from '../schemas/alias.ts';
import { servicesFileSchema, type ServiceMeta } from '../schemas/service.ts';

/** What a folder says beside its documents: its services and its aliases (none when `aliases.yaml` is absent). */
export interface ContentMeta {
	services: ServiceMeta[];
	aliases: AliasEntry[];
}

function readYaml<T>(dir: URL, name: string, schema: z.ZodType<T>, missing?: T): T {
	const url = new URL(name, dir);
	if (missing !== undefined && !existsSync(url)) return missing;
	let data: unknown;
	try {
		data = loadYaml(readFileSync(url, 'utf-8'));
	} catch (error) {
		throw new Error(`${name}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
	}
	const parsed = schema.safeParse(data ?? missing);
	if (!parsed.success) throw new Error(`${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
	return parsed.data;
}

/** A folder's `services.yaml` and `aliases.yaml`, validated; fails naming the file and the field. */
export function readContentMeta(dir: URL): ContentMeta {
	return { services: readYaml(dir, 'services.yaml', servicesFileSchema), aliases: readYaml(dir, 'aliases.yaml', aliasesFileSchema, []) };
}

/** The folder of a content folder's actions documents, which it may lack. */
export const ACTIONS_FOLDER = 'actions/';

/** The folder of a content folder's English twins of its error-code documents, which it may lack. */
export const ENGLISH_FOLDER = 'en/';

/** The names of a folder's documents (`*.md`), in name order; those of `actions/` or `en/` with the folder in their name. */
function documentNames(dir: URL, sub = ''): string[] {
	const folder = new URL(sub, dir);
	if (sub !== '' && !existsSync(folder)) return [];
	return readdirSync(folder)
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => `${sub}${name}`);
}

/** Every file a build of the folder reads, for a cache to notice a change in any. */
export function contentFiles(dir: URL): string[] {
	return [...readdirSync(dir).sort(), ...documentNames(dir, ACTIONS_FOLDER), ...documentNames(dir, ENGLISH_FOLDER)];
}

/**
 * A folder's metadata, every document in it, every actions document in its `actions/` and every
 * English twin in its `en/`, parsed; fails with every broken line of every document at once
 * (`ParseErrors`), each as file:line: reason.
 */
export function readContentFolder(
	dir: URL,
): ContentMeta & { documents: ParsedDocument[]; actionDocuments: ParsedActionsDocument[]; englishDocuments: ParsedDocument[] } {
	const meta = readContentMeta(dir);
	const problems: ParseError[] = [];
	const each = <T>(sub: string, parse: (name: string, text: string) => T) =>
		documentNames(dir, sub).flatMap((name) => {
			const parsed = collecting(problems, () => parse(name, readFileSync(new URL(name, dir), 'utf-8')));
			return parsed === undefined ? [] : [parsed];
		});
	const documents = each('', parseDocument);
	const englishDocuments = each(ENGLISH_FOLDER, parseDocument);
	const actionDocuments = each(ACTIONS_FOLDER, parseActionsDocument);
	const failure = ParseErrors.of(problems);
	if (failure) throw failure;
	return { ...meta, documents, actionDocuments, englishDocuments };
}

/** How many table lines a folder's documents, its English twins and its actions documents hold, counted without parsing them: what sizes the build's heap. */
export function tableLineCount(dir: URL): { documents: number; english: number; actions: number } {
	const lines = (names: string[]) =>
		names
			.flatMap((name) => tableSpans(readFileSync(new URL(name, dir), 'utf-8')))
			.reduce((sum, span) => sum + span.lastLine - span.line + 1, 0);
	return {
		documents: lines(documentNames(dir)),
		english: lines(documentNames(dir, ENGLISH_FOLDER)),
		actions: lines(documentNames(dir, ACTIONS_FOLDER)),
	};
}

/** The folder a build reads, relative to the project: `ERRCODES_CONTENT`, or `content`. */
export const CONTENT_DIR = process.env['ERRCODES_CONTENT'] ?? 'content';

/** A content folder as a URL that ends in `/`: `dir` relative to `root` (the build's: `CONTENT_DIR`). */
export function contentFolder(root: URL, dir: string = CONTENT_DIR): URL {
	return new URL(dir.endsWith('/') ? dir : `${dir}/`, root);
}
