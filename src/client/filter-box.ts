/**
 * The filter box of a list that is all on the page (a service's code tables, the service
 * directory): it shows the box, hides the items whose text does not hold what is typed, and says
 * how many are shown. Without JavaScript the box stays hidden and the whole list shows.
 */

/** One list to filter. */
export interface FilterList {
	/** The box, hidden in the markup. */
	box: HTMLElement;
	input: HTMLInputElement;
	/** The live count, `role="status"`. */
	count: HTMLElement;
	/** The items, each with the text it is found by. */
	items: { element: HTMLElement; text: string }[];
	/** What the count says of `shown` items of `total`, and when nothing is typed. */
	counted: (shown: number, total: number, filtering: boolean) => string;
	/** Runs after each filtering, for what depends on what is shown (empty sections, an empty-list note). */
	after?: (shown: number) => void;
}

/** Wires one filter box. */
export function filterBox({ box, input, count, items, counted, after }: FilterList): void {
	box.hidden = false;
	const lowered = items.map(({ element, text }) => ({ element, text: text.toLowerCase() }));
	input.addEventListener('input', () => {
		const needle = input.value.trim().toLowerCase();
		let shown = 0;
		for (const { element, text } of lowered) {
			element.hidden = needle !== '' && !text.includes(needle);
			if (!element.hidden) shown++;
		}
		count.textContent = counted(shown, items.length, needle !== '');
		after?.(shown);
	});
}
