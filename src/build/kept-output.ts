/**
 * An incremental build keeps the last build's output in place (`KEEP_OUTPUT_ENV`): Astro then
 * leaves a page whose cacheKey is unchanged where it is, instead of emptying the output folder and
 * copying every such page back from its cache (at 42,000 pages, 16 s to delete and about as long
 * to copy). What Astro no longer writes, this integration removes: the files the last build wrote
 * that this one did not, from the lists of each build's outputs.
 */
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync, readdirSync, rmdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The variable `scripts/build.mjs` sets when the last build's output may stay: same content, output folder, base and framing. */
export const KEEP_OUTPUT_ENV = 'ERRCODES_KEEP_OUTPUT';

/** The list of the last build's outputs, in Astro's cache folder: without it a kept folder could not be pruned. */
export const OUTPUT_LIST = 'errcodes-outputs.json';

/** Whether this build keeps the last build's output in place. */
export const keepsOutput = (): boolean => process.env[KEEP_OUTPUT_ENV] === '1';

/** The files of the last build that this one did not write, each once, in order. */
export function staleOutputs(previous: string[], current: string[]): string[] {
	const now = new Set(current);
	return [...new Set(previous)].filter((file) => !now.has(file));
}

/** Removes the folders a removal left empty, from `file`'s up to (not including) `root`. */
function removeEmptyParents(root: string, file: string): void {
	for (let dir = dirname(file); dir.startsWith(root + sep); dir = dirname(dir)) {
		if (!existsSync(dir) || readdirSync(dir).length > 0) return;
		rmdirSync(dir);
	}
}

/** The integration: after each build, the list of what it wrote (beside Astro's cache), and, on a kept build, the stale files removed. */
export function keptOutput(cacheDir: URL): AstroIntegration {
	const listFile = fileURLToPath(new URL(OUTPUT_LIST, cacheDir));
	return {
		name: 'errcodes:kept-output',
		hooks: {
			'astro:build:done': ({ dir, assets, logger }) => {
				const root = fileURLToPath(dir).replace(/[\\/]$/, '');
				const current = [...assets.values()].flat().map((url) => relative(root, fileURLToPath(url)).split(sep).join('/'));
				if (keepsOutput()) {
					const previous = JSON.parse(readFileSync(listFile, 'utf-8')) as string[];
					const stale = staleOutputs(previous, current);
					for (const file of stale) {
						const path = join(root, file);
						rmSync(path, { force: true });
						removeEmptyParents(root, path);
					}
					logger.info(`kept the last build's output; removed ${stale.length} file(s) it no longer has`);
				}
				mkdirSync(dirname(listFile), { recursive: true });
				writeFileSync(listFile, JSON.stringify(current));
			},
		},
	};
}
