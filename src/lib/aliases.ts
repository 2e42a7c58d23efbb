import type { AliasEntry } from '../schemas/alias.ts';
import type { Catalog } from './build-catalog.ts';
import { codeUrl, sitePath, withoutBase } from './urls.ts';

/** The redirects the aliases make, as Astro's `redirects` takes them: old path (without the base, which Astro adds) -> code page. */
export function aliasRedirects(aliases: AliasEntry[]): Record<string, string> {
	return Object.fromEntries(aliases.map((a) => [a.from, codeUrl(a)]));
}

/**
 * Problems with the aliases, each naming the entry: a target code that does not exist, a `from`
 * that is not a path, or one that is already a page of its own.
 */
export function aliasProblems(aliases: AliasEntry[], catalog: Catalog): string[] {
	const pages = new Set(catalog.codes.map((c) => withoutBase(codeUrl(c)).toLowerCase()));
	const problems: string[] = [];
	aliases.forEach((alias, i) => {
		const where = `aliases.yaml entry ${i + 1} (from ${alias.from})`;
		if (!/^\/[^\s?#]*\/$/.test(alias.from)) problems.push(`${where}: "from" must be a path that starts and ends with "/"`);
		const target = catalog.codes.find((c) => c.service === alias.service && c.code === alias.code);
		if (!target) problems.push(`${where}: no code "${alias.code}" in service "${alias.service}"`);
		else if (codeUrl(target) !== codeUrl(alias))
			problems.push(`${where}: "${alias.code}" differs from another code only in case; an alias cannot point at it`);
		if (pages.has(alias.from.toLowerCase())) problems.push(`${where}: that path is already a code page`);
	});
	return problems;
}

/** A `_redirects` file (Netlify, Cloudflare Pages) with the aliases as permanent redirects. */
export function redirectsFile(aliases: AliasEntry[]): string {
	const lines = Object.entries(aliasRedirects(aliases)).map(([from, to]) => `${sitePath(from)} ${to} 301`);
	const header = [
		'# Generated from content/aliases.yaml. Any other unknown path falls back to 404.html,',
		'# which resolves codes in the browser.',
	];
	return `${[...header, ...lines].join('\n')}\n`;
}
