import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// A guard against a hang, never a budget: no test here waits on the clock.
		testTimeout: 300_000,
		hookTimeout: 300_000,
		projects: [
			// Pure code and the source documents: runs before any build.
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			// Every file of the built sites, read in Node: runs after `npm run build` and `build:fixture`.
			{ extends: true, test: { name: 'built', include: ['tests/built/**/*.test.ts'] } },
			// Two builds of a copy of the seeds, the second after an edit: runs on its own, as it builds.
			{ extends: true, test: { name: 'incremental', include: ['tests/incremental/**/*.test.ts'] } },
		],
	},
});
