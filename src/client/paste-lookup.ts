/**
 * `<paste-lookup>`: reads a pasted error (JSON or XML body, SDK exception, log line, bare code),
 * opens the code's page when the answer is unique, and otherwise lists the candidates. Runs in the
 * browser only; the pasted text is never sent anywhere.
 */
import { serviceNames } from '../lib/codes.ts';
import { candidatesFor, extractFromPaste, pasteKeys, rangeCandidates, searchQueries, uniqueAnswer } from '../lib/paste.ts';
import { readRanges, type LookupEntry } from '../lib/search/code-list.ts';
import type { Hit } from '../lib/search/ranking.ts';
import { codeUrl, searchUrl } from '../lib/urls.ts';
import { loadLookup, loadMeta, searchSource } from './search-data.ts';
import { rememberPasted, renderExtracted } from './pasted.ts';

/** The first of the queries that finds something, with what it finds: the site search's complete list. */
async function firstFound(queries: string[]): Promise<{ query: string; hits: Hit[] } | undefined> {
	// The search pipeline is loaded only for a paste that needs it.
	const { searchSteps } = await import('../lib/search/pipeline.ts');
	for (const query of queries) {
		let hits: Hit[] = [];
		for await (const step of searchSteps(query, { service: '', status: '', section: '' }, searchSource)) hits = step.hits;
		if (hits.length > 0) return { query, hits };
	}
	return undefined;
}

class PasteLookup extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form')!;
		const area = this.querySelector('textarea')!;
		const result = this.querySelector<HTMLElement>('[data-result]')!;
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		const list = this.querySelector<HTMLElement>('[data-extracted]')!;
		const candidatesList = this.querySelector<HTMLElement>('[data-candidates]')!;
		// The catalogue's codes with spaces in them, which the page carries: a text holds them only as several words.
		const spaced = JSON.parse(this.dataset['spaced'] ?? '[]') as string[];

		const run = async (navigate: (url: string) => void) => {
			const text = area.value;
			const meta = await loadMeta();
			const { services } = meta;
			const names = services.map(([slug, name, nameEn]) => ({ slug, names: serviceNames(slug, name, nameEn) }));
			const serviceName = (slug: string) => services.find(([s]) => s === slug)?.[1] ?? slug;
			const extracted = extractFromPaste(text, names, spaced);
			const { codes: known, actions } = await loadLookup(pasteKeys(extracted, text, spaced));
			const named = candidatesFor(extracted, text, known, actions);
			// A number no code is may be one of a range of codes (`125000` of `120001 - 130000`).
			const ranges = named.length > 0 ? [] : readRanges(meta);
			const candidates = named.length > 0 ? named : rangeCandidates(extracted, text, ranges);
			const entries: LookupEntry[] = [...known, ...ranges];
			const unique = uniqueAnswer(candidates);
			if (unique) {
				const url = codeUrl(unique);
				rememberPasted(url, unique.action === undefined ? extracted : { ...extracted, action: unique.action }, serviceName(unique.service));
				status.textContent = `正在打开 ${unique.code}（${serviceName(unique.service)}）…`;
				navigate(url);
				return;
			}
			result.hidden = false;
			renderExtracted(list, extracted, serviceName);
			candidatesList.replaceChildren(
				...candidates.map((c) => {
					const entry = entries.find((e) => e.service === c.service && e.code === c.code);
					const item = document.createElement('li');
					const link = document.createElement('a');
					link.href = codeUrl(c);
					link.textContent = `${serviceName(c.service)}：${c.code}`;
					link.addEventListener('click', () => rememberPasted(link.pathname, extracted, serviceName(c.service)));
					item.append(link, c.action === undefined ? '' : `（接口 ${c.action} 可返回）`, entry ? ` — ${entry.summary}` : '');
					if (entry?.errorClass !== undefined) {
						const line = document.createElement('small');
						line.className = 'class-line';
						line.textContent = `类别：${entry.errorClass}`;
						item.append(line);
					}
					return item;
				}),
			);
			// No known code: what the paste holds may still find it (`searchQueries`).
			const queries = candidates.length === 0 ? searchQueries(extracted, text) : [];
			const found = queries.length > 0 ? await firstFound(queries) : undefined;
			if (candidates.length > 0) {
				status.textContent = `${candidates.length} 个服务定义了 ${candidates[0]?.code}，请按返回错误的服务选择：`;
			} else if (found && found.hits.length > 0) {
				const unknown = extracted.code === undefined ? '粘贴的内容中没有已知的错误码' : `没有找到错误码“${extracted.code}”`;
				const by = found.query === extracted.code ? `按“${found.query}”` : `按其中的提示文字“${found.query}”`;
				status.textContent = `${unknown}；${by}搜索到 ${found.hits.length} 个结果：`;
				candidatesList.replaceChildren(
					...found.hits.map((hit) => {
						const item = document.createElement('li');
						const link = document.createElement('a');
						link.href = hit.url;
						link.textContent = hit.service ? `${hit.service}：${hit.title}` : hit.title;
						item.append(link, hit.summary ? ` — ${hit.summary}` : '');
						return item;
					}),
				);
			} else {
				const query = extracted.code ?? text.trim().slice(0, 100);
				status.textContent = extracted.code ? `没有找到错误码“${extracted.code}”。` : '没有在粘贴的内容中找到已知的错误码。';
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = searchUrl(query);
				link.textContent = `搜索“${query}”`;
				item.append(link);
				candidatesList.append(item);
			}
		};

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void run((url) => location.assign(url));
		});
		const query = this.dataset['readQuery'] !== undefined ? new URLSearchParams(location.search).get('q') : null;
		if (query) {
			area.value = query;
			void run((url) => location.replace(url));
		}
	}
}

customElements.define('paste-lookup', PasteLookup);
