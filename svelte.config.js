import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

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
		version: { name: process.env.SPASM_LOG_VERSION ?? String(Date.now()) }
	}
};

export default config;
