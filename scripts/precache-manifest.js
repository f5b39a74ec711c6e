// Reads the precache list out of a built service worker. SvelteKit inlines the lists of build
// files, static files and prerendered pages into build/service-worker.js as string literals, and
// the worker adds the SPA fallback page; this finds every such URL that names a file in the build.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The file in `dir` that the URL path `url` is served from, if any (mirrors serve-build.js).
 * @param {string} dir
 * @param {string} url
 */
function fileFor(dir, url) {
	const candidates = url === '/' ? ['index.html'] : [url.slice(1), `${url.slice(1)}.html`];
	for (const candidate of candidates) {
		try {
			const path = join(dir, candidate);
			if (statSync(path).isFile()) return candidate;
		} catch {
			// not this one
		}
	}
	return undefined;
}

/**
 * @param {string} [dir]
 * @returns {{ url: string, file: string, bytes: number }[]} sorted by URL
 */
export function readPrecacheManifest(dir = 'build') {
	const code = readFileSync(join(dir, 'service-worker.js'), 'utf8');
	const urls = new Set();
	for (const [, url] of code.matchAll(/[`'"](\/[\w\-./]*)[`'"]/g)) urls.add(url);
	if (!/\/200\.html[`'"]/.test(code)) throw new Error('The service worker does not mention /200.html');
	urls.add('/200.html');
	const entries = [];
	for (const url of urls) {
		const file = fileFor(dir, url);
		if (file && file !== 'service-worker.js')
			entries.push({ url, file, bytes: statSync(join(dir, file)).size });
	}
	return entries.sort((a, b) => (a.url < b.url ? -1 : 1));
}
