// @ts-check
// A plain static file server for the built site, with no rewrites: what any static host does,
// including gzip for text when the browser accepts it.
// Usage: node scripts/serve.mjs [dir=dist] [port=4322]
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4322);
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
};

/** @param {string} path */
function fileAt(path) {
	try {
		const stat = statSync(path);
		if (stat.isFile()) return path;
		if (stat.isDirectory()) return fileAt(join(path, 'index.html'));
	} catch {}
	return undefined;
}

createServer((request, response) => {
	let pathname = '/';
	try {
		pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
	} catch {}
	const target = normalize(join(root, pathname));
	const file = target === root || target.startsWith(root + sep) ? fileAt(target) : undefined;
	// A directory asked for without its trailing slash is redirected, as static hosts do.
	if (file && file.endsWith(`${sep}index.html`) && !pathname.endsWith('/') && !pathname.endsWith('index.html')) {
		response.writeHead(301, { location: `${encodeURI(pathname)}/` }).end();
		return;
	}
	const served = file ?? join(root, '404.html');
	const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(served))] ?? 'application/octet-stream';
	const gzip = /^(text\/|application\/(json|xml|opensearch))|svg/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
	response.writeHead(file ? 200 : 404, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
	const body = createReadStream(served);
	if (gzip) body.pipe(createGzip()).pipe(response);
	else body.pipe(response);
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}/`));
