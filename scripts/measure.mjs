// @ts-check
// Pieces the benchmark and the search evaluation share.
import { spawn } from 'node:child_process';

/** The median of a list of numbers (0 for none). @param {number[]} xs */
export function median(xs) {
	const s = [...xs].sort((a, b) => a - b);
	return s.length === 0 ? 0 : ((s[Math.floor((s.length - 1) / 2)] ?? 0) + (s[Math.ceil((s.length - 1) / 2)] ?? 0)) / 2;
}

/** Serves a built site with scripts/serve.mjs and resolves once it listens. @param {string} dir @param {number} port */
export async function startStaticServer(dir, port) {
	const server = spawn(process.execPath, ['scripts/serve.mjs', dir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
	await new Promise((resolve) => server.stdout.once('data', resolve));
	return server;
}
