/** The rules about a code's meanings, each written once: when two are the same, and every source row one has. */
import type { EnglishRow, Meaning, SourceRef } from '../schemas/error-code.ts';

/** The cells of a row beyond the known ones, for a key: none when it has none, so that a key without them reads as it always has. */
const extraOf = (row: { extra?: EnglishRow['extra'] }) => (row.extra === undefined ? [] : [row.extra]);

/** What makes two meanings the same: the status cell, the description, the handling and any other cells, exactly as written, in one language. */
export function meaningKey(
	meaning: Pick<Meaning, 'statusLabel' | 'description' | 'handling' | 'extra' | 'cell' | 'englishOnly' | 'lang'>,
): string {
	return JSON.stringify([
		meaning.statusLabel,
		meaning.description,
		meaning.handling,
		meaning.englishOnly === true,
		...extraOf(meaning),
		...(meaning.lang === undefined ? [] : [meaning.lang]),
		...(meaning.cell === undefined ? [] : [{ cell: meaning.cell }]),
	]);
}

/** What makes two English rows the same: their cells, exactly as written. */
export function englishKey(row: Pick<EnglishRow, 'statusLabel' | 'description' | 'handling' | 'extra'>): string {
	return JSON.stringify([row.statusLabel, row.description, row.handling, ...extraOf(row)]);
}

/** Every source row that gives a meaning, where each stands: its own, then those of the other API versions that give it alike. */
export function sourcesOf(meaning: Meaning): SourceRef[] {
	const { family, section, file, line, english } = meaning;
	const own: SourceRef = { family, file, line };
	if (section !== undefined) own.section = section;
	if (english !== undefined) own.english = english;
	return [own, ...(meaning.alsoIn ?? [])];
}
