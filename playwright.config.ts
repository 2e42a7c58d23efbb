import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/browser.ts';

const PORT = 4322;
/** The site built from tests/fixtures/site, whose vendor text is hostile. */
const HOSTILE_PORT = 4323;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	// Guards against a hang, never budgets for the work: every wait is on a condition (a heading
	// shown, a URL reached), and a slow or busy machine must pass as a fast one does. Ten times the
	// slowest test seen on a loaded machine.
	timeout: 300_000,
	expect: { timeout: 60_000 },
	forbidOnly: !!process.env['CI'],
	workers: 2,
	reporter: process.env['CI'] ? 'list' : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions: launchOptions(),
	},
	projects: [
		{ name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: launchOptions() }, testIgnore: /(phone|hostile)\.test\.ts/ },
		{
			name: 'hostile',
			use: { ...devices['Desktop Chrome'], launchOptions: launchOptions(), baseURL: `http://127.0.0.1:${HOSTILE_PORT}` },
			testMatch: /hostile\.test\.ts/,
		},
		{
			name: 'phone',
			use: { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, launchOptions: launchOptions() },
			testMatch: /phone\.test\.ts/,
		},
	],
	// The built sites on a plain static server: no rewrites, as on any static host. `npm test` builds both first.
	webServer: [
		{ command: `node scripts/serve.mjs dist ${PORT}`, url: `http://127.0.0.1:${PORT}/`, reuseExistingServer: !process.env['CI'] },
		{
			command: `node scripts/serve.mjs dist-fixture ${HOSTILE_PORT}`,
			url: `http://127.0.0.1:${HOSTILE_PORT}/`,
			reuseExistingServer: !process.env['CI'],
		},
	],
});
