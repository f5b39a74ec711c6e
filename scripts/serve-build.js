#!/usr/bin/env node
// Serves a production build the way a static host does: files as they are, `/history` from
// history.html, and any other page path from the SPA fallback 200.html. `vite preview` serves
// SvelteKit's intermediate output instead, which has no 200.html, so the service worker could not
// precache it there.
//
//   node scripts/serve-build.js [--port 4173] [--dir build]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};

const FALLBACK = '200.html';

/** @param {string} path */
async function isFile(path) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/**
 * The file that answers `pathname` under `root`, or undefined for a 404.
 * @param {string} root
 * @param {string} pathname
 */
async function lookup(root, pathname) {
	const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
	const file = join(root, relative);
	if (file !== root && !file.startsWith(root + sep)) return undefined;
	if (await isFile(file)) return file;
	const page = relative === '' ? join(root, 'index.html') : `${file.replace(/[/\\]+$/, '')}.html`;
	if (await isFile(page)) return page;
	// Paths that name a file (an old hashed chunk, a typo) get a real 404, not the app shell.
	if (extname(relative)) return undefined;
	return join(root, FALLBACK);
}

/**
 * Starts a server on 127.0.0.1 (port 0 picks a free one). `setRoot` switches the directory it
 * serves, which is how the update test puts a new version online under the same origin.
 * @param {{ dir?: string, port?: number, host?: string }} [options]
 */
export async function serveBuild({ dir = 'build', port = 0, host = '127.0.0.1' } = {}) {
	let root = resolve(dir);
	const server = createServer(async (request, response) => {
		if (request.method !== 'GET' && request.method !== 'HEAD') {
			response.writeHead(405, { allow: 'GET, HEAD' }).end();
			return;
		}
		const { pathname, search } = new URL(request.url ?? '/', 'http://localhost');
		// Pages use relative asset paths and trailingSlash 'never', so /history/ moves to /history.
		if (pathname.length > 1 && pathname.endsWith('/')) {
			response.writeHead(308, { location: (pathname.replace(/\/+$/, '') || '/') + search }).end();
			return;
		}
		let file;
		try {
			file = await lookup(root, pathname);
		} catch {
			file = undefined;
		}
		if (!file) {
			response.writeHead(404, { 'content-type': TYPES['.txt'] }).end('Not found');
			return;
		}
		const immutable = pathname.includes('/_app/immutable/');
		response.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
			'x-content-type-options': 'nosniff'
		});
		if (request.method === 'HEAD') response.end();
		else createReadStream(file).pipe(response);
	});
	// Node closes an idle keep-alive socket after 5 s; a client reusing it in that instant gets
	// ECONNRESET (a loaded CI run failed a spec's second batch of requests so). Keep them longer.
	server.keepAliveTimeout = 120_000;
	server.headersTimeout = 121_000;
	await new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => done(undefined));
	});
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	return {
		url: `http://${host}:${actualPort}`,
		/** @param {string} next */
		setRoot(next) {
			root = resolve(next);
		},
		close() {
			server.closeAllConnections();
			return new Promise((done) => server.close(() => done(undefined)));
		}
	};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	/** @type {(name: string, fallback: string) => string} */
	const option = (name, fallback) => {
		const index = process.argv.indexOf(`--${name}`);
		return (index > 0 && process.argv[index + 1]) || fallback;
	};
	const server = await serveBuild({
		dir: option('dir', 'build'),
		port: Number(option('port', '4173')),
		host: option('host', 'localhost')
	});
	console.log(`Serving ${option('dir', 'build')} on ${server.url}`);
}
