import type { Handle } from '@sveltejs/kit';
import { deferBootUntilPainted } from './lib/server/defer-boot';

/**
 * Prerendered pages carry no modulepreload links for JavaScript. Every link is fetched at high
 * priority and the stylesheet queued behind them, so the page's text (its largest paint) waited for
 * scripts it does not need to show. Without them the browser paints first and the boot script
 * imports the code itself (`npm run bench`: cold visit and Lighthouse, measured both ways).
 * SPASM_LOG_PRELOAD_JS=1 puts the links back, to measure the difference.
 *
 * The boot script itself starts importing only once the page has painted (deferBootUntilPainted).
 * SPASM_LOG_BOOT_AT_ONCE=1 leaves SvelteKit's boot script as it is, to measure the difference.
 */
const preloadJs = process.env.SPASM_LOG_PRELOAD_JS === '1';
const bootAtOnce = process.env.SPASM_LOG_BOOT_AT_ONCE === '1';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		preload: ({ type }) => type !== 'js' || preloadJs,
		// The SPA shell (200.html, for deep links such as /stretch/calf) has nothing to paint before
		// the app renders: waiting for a contentful paint there would only wait out the timeout.
		transformPageChunk: ({ html }) =>
			bootAtOnce || event.url.pathname.endsWith('/[fallback]') ? html : deferBootUntilPainted(html)
	});
