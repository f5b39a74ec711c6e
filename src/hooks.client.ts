import type { ClientInit } from '@sveltejs/kit';

/**
 * Hydration starts only after the prerendered page has been painted once. On a fast load the boot
 * script's modules arrived before the browser's first frame, and hydration, the first queries and
 * the first layout ran ahead of it: the person (and Lighthouse, whose simulated first paint counts
 * whatever ran before the real one) waited for scripts to see text that was already in the HTML.
 * A hidden tab paints no frame, so there (or once the tab is hidden) it starts at once.
 */
export const init: ClientInit = () =>
	new Promise((resolve) => {
		if (document.hidden) return resolve();
		requestAnimationFrame(() => setTimeout(resolve));
		document.addEventListener('visibilitychange', () => resolve(), { once: true });
	});
