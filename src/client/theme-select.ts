/**
 * `<theme-select>`: dark, light or the system's choice, stored where ThemeProvider.astro reads it
 * before the page is drawn.
 */
type Theme = 'dark' | 'light' | 'auto';

const KEY = 'starlight-theme';
const systemLight = matchMedia('(prefers-color-scheme: light)');

function stored(): Theme {
	try {
		const value = localStorage.getItem(KEY);
		return value === 'dark' || value === 'light' ? value : 'auto';
	} catch {
		return 'auto';
	}
}

function apply(theme: Theme) {
	const light = theme === 'light' || (theme === 'auto' && systemLight.matches);
	document.documentElement.dataset['theme'] = light ? 'light' : 'dark';
	for (const select of document.querySelectorAll<HTMLSelectElement>('theme-select select')) select.value = theme;
}

systemLight.addEventListener('change', () => apply(stored()));

class ThemeSelect extends HTMLElement {
	connectedCallback() {
		const select = this.querySelector('select')!;
		select.value = stored();
		select.addEventListener('change', () => {
			const theme = select.value as Theme;
			try {
				localStorage.setItem(KEY, theme === 'auto' ? '' : theme);
			} catch {}
			apply(theme);
		});
	}
}

customElements.define('theme-select', ThemeSelect);
