/** The rules about a code's meanings, each written once: when two are the same, and every source row one has. */
import type { Meaning, SourceRef } from '../schemas/error-code.ts';

/** What makes two meanings the same: the status cell, the description and the handling, exactly as written. */
export function meaningKey(meaning: Pick<Meaning, 'statusLabel' | 'description' | 'handling'>): string {
	return JSON.stringify([meaning.statusLabel, meaning.description, meaning.handling]);
}

/** Every source row that gives a meaning, where each stands: its own, then those of the other API versions that give it alike. */
export function sourcesOf(meaning: Meaning): SourceRef[] {
	const { family, section, file, line } = meaning;
	return [section === undefined ? { family, file, line } : { family, section, file, line }, ...(meaning.alsoIn ?? [])];
}
