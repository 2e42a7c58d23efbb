/**
 * The filter box of a list that is all on the page (a service's code tables, the service
 * directory): it shows the box, hides the items whose text does not hold what is typed, and says
 * in the box's `.count` how many are shown. Without JavaScript the box stays hidden and the whole
 * list shows.
 */

/** One list to filter. */
export interface FilterList {
	/** The box, hidden in the markup, with its search input and its live `.count`. */
	box: HTMLElement;
	/** The items, each with the text it is found by. */
	items: { element: HTMLElement; text: string }[];
	/** What the count counts: `行`, `个服务`. */
	unit: string;
	/** Runs after each filtering, for what depends on what is shown (empty sections, an empty-list note). */
	after?: (shown: number) => void;
}

/** Wires one filter box. */
export function filterBox({ box, items, unit, after }: FilterList): void {
	const input = box.querySelector('input')!;
	const count = box.querySelector<HTMLElement>('.count')!;
	box.hidden = false;
	const lowered = items.map(({ element, text }) => ({ element, text: text.toLowerCase() }));
	input.addEventListener('input', () => {
		const needle = input.value.trim().toLowerCase();
		let shown = 0;
		for (const { element, text } of lowered) {
			element.hidden = needle !== '' && !text.includes(needle);
			if (!element.hidden) shown++;
		}
		count.textContent = needle === '' ? `共 ${items.length} ${unit}` : `显示 ${shown} / ${items.length} ${unit}`;
		after?.(shown);
	});
}
