/**
 * The inline script that applies the stored theme before the page is drawn (ThemeProvider.astro),
 * written small, as a formatter would not leave it: every page carries it. The CSP lists its hash.
 */
export const APPLY_STORED_THEME =
	"(()=>{let s=null;try{s=localStorage.getItem('starlight-theme')}catch{}" +
	"document.documentElement.dataset.theme=s==='light'||(s!=='dark'&&matchMedia('(prefers-color-scheme: light)').matches)?'light':'dark'})();";
