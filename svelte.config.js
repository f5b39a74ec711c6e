import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// The config is loaded by several processes per build (client, server, prerender), so the version
// must be the same wherever it is computed: never a timestamp. SPASM_LOG_VERSION overrides it.
function appVersion() {
	if (process.env.SPASM_LOG_VERSION) return process.env.SPASM_LOG_VERSION;
	const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
	try {
		const commit = execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] });
		return `${version}+${commit.toString().trim()}`;
	} catch {
		return version;
	}
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
	},
	kit: {
		// Every route is prerendered as a shell; the fallback serves any other URL so deep links
		// (and the service worker's navigation route) still boot the client router.
		adapter: adapter({ fallback: '200.html', strict: true }),
		version: { name: appVersion() }
	}
};

export default config;
