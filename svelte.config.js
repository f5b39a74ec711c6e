import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
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

/**
 * The hash of the one inline script in src/app.html (the early-tap catcher and the check-in hint), for the CSP: computed
 * from the file, so an edit to the script cannot leave a stale hash that blocks it.
 * @returns {`sha256-${string}`}
 */
function appHtmlScriptHash() {
	const html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
	if (script === undefined) throw new Error('src/app.html: the inline script is missing');
	return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true,
		// Without it every page also loads a chunk that only records Svelte's version on window.
		discloseVersion: false
	},
	kit: {
		// Every route is prerendered as a shell; the fallback serves any other URL so deep links
		// (and the service worker's navigation route) still boot the client router.
		// SPASM_LOG_BUILD_DIR lets the update test build two versions side by side (tests/.output).
		adapter: adapter({
			pages: process.env.SPASM_LOG_BUILD_DIR || 'build',
			assets: process.env.SPASM_LOG_BUILD_DIR || 'build',
			fallback: '200.html',
			strict: true
		}),
		version: { name: appVersion() },
		// Test factories and simulators live outside src/lib so no app code can import them.
		alias: { '$test-support': 'tests/support', '$test-support/*': 'tests/support/*' },
		// Registered by the app itself (src/lib/state/app-update.svelte.ts), so a new version waits
		// until the person chooses to reload.
		serviceWorker: { register: false },
		// Nothing may load from or talk to another origin. SvelteKit hashes its own inline boot
		// script; pages are static, so the policy ships as a <meta> tag in every page.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', appHtmlScriptHash()],
				'style-src': ['self'],
				// SvelteKit's route announcer (its generated root component) carries one fixed inline
				// style attribute (sveltejs/kit#11747). Only that exact attribute is allowed, by hash;
				// app.css hides the announcer too, for browsers without style-src-attr.
				'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'img-src': ['self'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
