// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/**
	 * Set by src/app.html's inline script: stops catching taps and returns the `data-early-tap` name
	 * of the button tapped before the app started, once (null after that, or if none was).
	 */
	var spasmLogStarted: (() => string | null) | undefined;
}

export {};
