/** The rules about a code's meanings, each written once: when two are the same, and every source row one has. */
import type { Meaning, SourceRef } from '../schemas/error-code.ts';

/** What makes two meanings the same: the status cell, the description and the handling, exactly as written, in one language. */
export function meaningKey(meaning: Pick<Meaning, 'statusLabel' | 'description' | 'handling' | 'englishOnly'>): string {
	return JSON.stringify([meaning.statusLabel, meaning.description, meaning.handling, meaning.englishOnly === true]);
}

/** Every source row that gives a meaning, where each stands: its own, then those of the other API versions that give it alike. */
export function sourcesOf(meaning: Meaning): SourceRef[] {
	const { family, section, file, line, english } = meaning;
	const own: SourceRef = { family, file, line };
	if (section !== undefined) own.section = section;
	if (english !== undefined) own.english = english;
	return [own, ...(meaning.alsoIn ?? [])];
}
