import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Playwright's own Chromium where it is installed (a laptop), else Debian's: `npx playwright
 * install` cannot download a browser on the build machines.
 */
export function launchOptions() {
	const own = chromium.executablePath();
	const executablePath = existsSync(own) ? own : DEBIAN_CHROMIUM;
	return {
		executablePath,
		// Without these Chromium keeps dialling Google's hosts, which this network refuses.
		args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
	};
}
