/** Small rules about lists that several modules follow, each written once. */

/** The items grouped by their key, groups in the order their first item came. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const k = key(item);
		const group = groups.get(k);
		if (group) group.push(item);
		else groups.set(k, [item]);
	}
	return groups;
}

/** The values that are there (neither undefined nor empty), each once, in first-seen order. */
export function presentValues(values: (string | undefined)[]): string[] {
	return [...new Set(values.filter((v): v is string => v !== undefined && v !== ''))];
}
