import type { Handle } from '@sveltejs/kit';

/**
 * Prerendered pages carry no modulepreload links for JavaScript. Every link is fetched at high
 * priority and the stylesheet queued behind them, so the page's text (its largest paint) waited for
 * scripts it does not need to show. Without them the browser paints first and the boot script
 * imports the code itself (`npm run bench`: cold visit and Lighthouse, measured both ways).
 * SPASM_LOG_PRELOAD_JS=1 puts the links back, to measure the difference.
 */
const preloadJs = process.env.SPASM_LOG_PRELOAD_JS === '1';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { preload: ({ type }) => type !== 'js' || preloadJs });
