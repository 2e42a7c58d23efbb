/**
 * `<code-search>`: the site search. Codes are looked up in the compact code list first (exact,
 * then infix), then Pagefind answers the text: a phrase pass, then a word pass. Everything typed
 * stays inert: results are built with text nodes only.
 */
import {
	findCodes,
	findServices,
	WHOLE_CODE,
	mergeRanked,
	phraseQuery,
	readCodeIndex,
	serviceQualifier,
	shardOfQuery,
	shorterPhrases,
	wantsPhrasePass,
	type CodeEntry,
	type CodeIndex,
	type SearchFilters,
} from '../lib/search.ts';
import { codeUrl, homeUrl, pagefindUrl, searchShardsUrl, searchShardUrl, serviceUrl } from '../lib/urls.ts';

const RESULT_LIMIT = 20;

interface PagefindResult {
	id: string;
	data(): Promise<{ url: string; meta: Record<string, string | undefined>; excerpt: string }>;
}
interface Pagefind {
	init(): Promise<void>;
	options(options: { baseUrl: string }): Promise<void>;
	search(query: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** One line of the result list. */
interface Hit {
	url: string;
	title: string;
	service?: string;
	status?: string;
	summary: string;
}

/** A code list as the scripts use it. */
interface CodeList {
	entries: CodeEntry[];
	index: CodeIndex;
	byUrl: Map<string, CodeEntry>;
}

const lists = new Map<string, Promise<CodeList>>();
function load(url: string): Promise<CodeList> {
	let list = lists.get(url);
	if (!list) {
		list = fetch(url)
			.then((response) => response.json() as Promise<CodeIndex>)
			.then((index) => {
				const entries = readCodeIndex(index);
				return { entries, index, byUrl: new Map(entries.map((e) => [codeUrl(e), e])) };
			});
		lists.set(url, list);
	}
	return list;
}

// The shard sizes live in their own small file, not in the pages: pages stay valid when they change.
let shardSizes: Promise<number[]> | undefined;
/** The smallest shard of the code list that holds every code the query can match. */
async function loadShard(query: string): Promise<CodeList> {
	shardSizes ??= fetch(searchShardsUrl())
		.then((response) => response.json() as Promise<{ sizes: number[] }>)
		.then((manifest) => manifest.sizes);
	return load(searchShardUrl(shardOfQuery(query, await shardSizes)));
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind() {
	const url = pagefindUrl();
	pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (module) => {
		// Pagefind's result URLs start at the site's root; under a base they need it in front.
		await module.options({ baseUrl: homeUrl() });
		await module.init();
		return module;
	});
	return pagefind;
}

function hitOfCode(entry: CodeEntry): Hit {
	const hit: Hit = { url: codeUrl(entry), title: entry.code, service: entry.serviceName, summary: entry.summary };
	if (entry.status !== undefined) hit.status = String(entry.status);
	return hit;
}

/** Pagefind's excerpt is HTML; only its text is shown. */
function textOf(html: string): string {
	return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

class CodeSearch extends HTMLElement {
	#sequence = 0;

	connectedCallback() {
		const input = this.querySelector<HTMLInputElement>('input[type="search"]')!;
		const form = this.querySelector('form')!;
		const selects = [...this.querySelectorAll<HTMLSelectElement>('select')];
		const list = this.querySelector<HTMLOListElement>('[data-results]')!;
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		const inPage = this.dataset['syncUrl'] !== undefined;

		const filters = (): SearchFilters => {
			const value = (name: string) => selects.find((s) => s.name === name)?.value ?? '';
			return { service: value('service'), status: value('status'), section: value('section') };
		};

		const fillFilters = async () => {
			const { index } = await loadShard('');
			const options: Record<string, [string, string][]> = {
				service: index.services.map(([slug, name]) => [slug, name]),
				status: index.statuses.map((c) => [c, c]),
				section: index.sections.map((s) => [s, s]),
			};
			for (const select of selects) {
				const wanted = select.dataset['initial'] ?? select.value;
				for (const [value, label] of options[select.name] ?? []) {
					if ([...select.options].some((o) => o.value === value)) continue;
					select.append(new Option(label, value, false, value === wanted));
				}
			}
		};

		const render = (hits: Hit[], query: string, done: boolean) => {
			// Later passes re-render the list; a result the user has moved to keeps the focus.
			const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLAnchorElement).getAttribute('href') : null;
			list.replaceChildren(
				...hits.map((hit) => {
					const item = document.createElement('li');
					const link = document.createElement('a');
					link.href = hit.url;
					const title = document.createElement('span');
					title.className = 'title';
					title.textContent = hit.title;
					link.append(title);
					for (const [cls, text] of [['service', hit.service], ['status', hit.status]] as const) {
						if (!text) continue;
						const span = document.createElement('span');
						span.className = cls;
						span.textContent = text;
						link.append(' ', span);
					}
					const summary = document.createElement('span');
					summary.className = 'summary';
					summary.textContent = hit.summary;
					link.append(summary);
					item.append(link);
					return item;
				}),
			);
			if (focused !== null) [...list.querySelectorAll('a')].find((a) => a.getAttribute('href') === focused)?.focus();
			if (query === '') status.textContent = '';
			else if (hits.length === 0) status.textContent = done ? `没有找到与“${query}”相关的结果` : '搜索中…';
			else status.textContent = `${hits.length} 个结果${done ? '' : '，更多结果加载中…'}`;
		};

		const run = async () => {
			const started = performance.now();
			const sequence = ++this.#sequence;
			const query = input.value.trim();
			const chosen = filters();
			if (inPage) {
				const params = new URLSearchParams();
				if (query) params.set('q', query);
				for (const [key, value] of Object.entries(chosen)) if (value) params.set(key, value);
				const search = params.toString();
				history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}`);
			}
			if (query === '') {
				render([], '', true);
				this.#done(query, started, []);
				return;
			}
			let codes = await loadShard(query);
			// `cvm InvalidInstanceId.NotFound`: the code, looked up in the service the query names.
			const qualified = serviceQualifier(codes.index.services, query);
			if (qualified) codes = await loadShard(qualified.rest);
			if (sequence !== this.#sequence) return;
			// Whole codes first, then a service the query names, then codes that contain the query.
			const scored = qualified
				? findCodes(codes.entries, qualified.rest, { ...chosen, service: chosen.service || qualified.service }, RESULT_LIMIT)
				: findCodes(codes.entries, query, chosen, RESULT_LIMIT);
			const serviceHits = findServices(codes.index.services, query)
				.filter((slug) => chosen.service === '' || chosen.service === slug)
				.map((slug): Hit => {
					const [, name = slug, nameEn = ''] = codes.index.services.find(([s]) => s === slug) ?? [];
					return { url: serviceUrl(slug), title: `${name}错误码`, summary: nameEn };
				});
			const codeHits = [
				...scored.filter((s) => s.score >= WHOLE_CODE).map((s) => hitOfCode(s.entry)),
				...serviceHits,
				...scored.filter((s) => s.score < WHOLE_CODE).map((s) => hitOfCode(s.entry)),
			];
			render(codeHits, query, false);

			const pf = await loadPagefind();
			const pagefindFilters = Object.fromEntries(Object.entries(chosen).filter(([, v]) => v !== ''));
			const passes = await Promise.all([
				wantsPhrasePass(query) ? pf.search(phraseQuery(query), { filters: pagefindFilters }) : null,
				pf.search(query, { filters: pagefindFilters }),
			]);
			// Pagefind may segment a Chinese phrase otherwise than the page it is in: try its shorter starts.
			for (const shorter of shorterPhrases(query)) {
				if (passes.some((pass) => (pass?.results.length ?? 0) > 0)) break;
				passes.push(await pf.search(phraseQuery(shorter), { filters: pagefindFilters }));
			}
			if (sequence !== this.#sequence) return;
			const ranked = mergeRanked(
				passes.map((pass) => pass?.results ?? []),
				(r) => r.id,
				RESULT_LIMIT,
			);
			const pageHits = await Promise.all(
				ranked.map(async (result): Promise<Hit> => {
					const data = await result.data();
					const entry = codes.byUrl.get(data.url);
					if (entry) return hitOfCode(entry);
					// A code outside this shard: its page's Pagefind metadata has what the list shows.
					const hit: Hit = { url: data.url, title: data.meta['title'] ?? data.url, summary: data.meta['summary'] ?? textOf(data.excerpt) };
					if (data.meta['service']) hit.service = data.meta['service'];
					if (data.meta['status']) hit.status = data.meta['status'];
					return hit;
				}),
			);
			if (sequence !== this.#sequence) return;
			const hits = mergeRanked([codeHits, pageHits], (h) => h.url, RESULT_LIMIT);
			render(hits, query, true);
			this.#done(query, started, hits);
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
		void loadShard('');
		void loadPagefind();
	}
}

customElements.define('code-search', CodeSearch);

/** The element's type, for scripts that drive it. */
export type { CodeSearch };
