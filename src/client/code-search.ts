/**
 * `<code-search>`: the site search box. It renders the lists the search pipeline gives
 * (`searchSteps`) and keeps the query and filters in the URL. Result lines are clones of the
 * element's `<template>` filled with text only, so nothing typed or indexed becomes markup.
 */
import { searchSteps } from '../lib/search/pipeline.ts';
import type { Hit, SearchFilters } from '../lib/search/ranking.ts';
import { loadMeta, loadPagefind, searchSource } from './search-data.ts';

class CodeSearch extends HTMLElement {
	#sequence = 0;

	connectedCallback() {
		const input = this.querySelector<HTMLInputElement>('input[type="search"]')!;
		const form = this.querySelector('form')!;
		const selects = [...this.querySelectorAll<HTMLSelectElement>('select')];
		const list = this.querySelector<HTMLOListElement>('[data-results]')!;
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		const line = this.querySelector<HTMLTemplateElement>('template[data-hit]')!;
		const inPage = this.dataset['syncUrl'] !== undefined;

		const filters = (): SearchFilters => {
			const value = (name: string) => selects.find((s) => s.name === name)?.value ?? '';
			return { service: value('service'), status: value('status'), section: value('section') };
		};

		const fillFilters = async () => {
			const catalogue = await loadMeta();
			const options: Record<string, [string, string][]> = {
				service: catalogue.services.map(([slug, name]) => [slug, name]),
				status: catalogue.statuses.map((c) => [c, c]),
				section: catalogue.sections.map((s) => [s, s]),
			};
			for (const select of selects) {
				const wanted = select.dataset['initial'] ?? select.value;
				for (const [value, label] of options[select.name] ?? []) {
					if ([...select.options].some((o) => o.value === value)) continue;
					select.append(new Option(label, value, false, value === wanted));
				}
			}
		};

		const itemOf = (hit: Hit) => {
			const item = line.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
			item.querySelector('a')!.href = hit.url;
			for (const field of ['title', 'service', 'status', 'summary'] as const) {
				const slot = item.querySelector<HTMLElement>(`[data-field="${field}"]`)!;
				slot.textContent = hit[field] ?? '';
				slot.hidden = !hit[field];
			}
			return item;
		};

		const render = (hits: Hit[], query: string, done: boolean) => {
			// Later passes re-render the list; a result the user has moved to keeps the focus.
			const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLAnchorElement).getAttribute('href') : null;
			list.replaceChildren(...hits.map(itemOf));
			if (focused !== null) [...list.querySelectorAll('a')].find((a) => a.getAttribute('href') === focused)?.focus();
			if (query === '') status.textContent = '';
			else if (hits.length === 0) status.textContent = done ? `没有找到与“${query}”相关的结果` : '搜索中…';
			else status.textContent = `${hits.length} 个结果${done ? '' : '，更多结果加载中…'}`;
		};

		const syncUrl = (query: string, chosen: SearchFilters) => {
			const params = new URLSearchParams();
			if (query) params.set('q', query);
			for (const [key, value] of Object.entries(chosen)) if (value) params.set(key, value);
			const search = params.toString();
			history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}`);
		};

		const run = async () => {
			const started = performance.now();
			const sequence = ++this.#sequence;
			const current = () => sequence === this.#sequence;
			const query = input.value.trim();
			const chosen = filters();
			if (inPage) syncUrl(query, chosen);
			// The pipeline gives nothing more once `current` says no: a step that comes is this query's.
			for await (const step of searchSteps(query, chosen, searchSource, current)) {
				render(step.hits, query, step.done);
				if (step.done) this.#done(query, started, step.hits);
			}
		};

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			const first = list.querySelector('a');
			if (first) first.click();
		});
		input.addEventListener('input', () => void run());
		for (const select of selects) select.addEventListener('change', () => void run());

		// Arrow keys move between the input and the results; Enter follows the focused link.
		this.addEventListener('keydown', (event) => {
			if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
			const links = [...list.querySelectorAll('a')];
			if (links.length === 0) return;
			const at = links.indexOf(document.activeElement as HTMLAnchorElement);
			const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
			event.preventDefault();
			if (next < 0) input.focus();
			else links[Math.min(next, links.length - 1)]?.focus();
		});

		this.addEventListener('focusin', () => void fillFilters(), { once: true });
		if (inPage) {
			const params = new URLSearchParams(location.search);
			for (const select of selects) select.dataset['initial'] = params.get(select.name) ?? '';
			const query = params.get('q');
			if (query !== null || selects.some((s) => s.dataset['initial'])) {
				input.value = query ?? '';
				void fillFilters().then(run);
			}
		}
	}

	/** Tells tests and the search benchmark that the results for a query are complete. */
	#done(query: string, started: number, hits: Hit[]) {
		const ms = performance.now() - started;
		this.dataset['lastMs'] = ms.toFixed(1);
		this.dispatchEvent(new CustomEvent('code-search:done', { bubbles: true, detail: { query, ms, urls: hits.map((h) => h.url) } }));
	}

	/** Runs a search for the given text, as if it had been typed. */
	searchFor(query: string) {
		const input = this.querySelector<HTMLInputElement>('input[type="search"]')!;
		input.value = query;
		input.dispatchEvent(new Event('input'));
	}

	/** Focuses the box and starts loading what the search needs. */
	prepare() {
		this.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
		void loadMeta();
		void loadPagefind();
	}
}

customElements.define('code-search', CodeSearch);

/** The element's type, for scripts that drive it. */
export type { CodeSearch };
