import { localToday } from '$lib/domain/time';
import type { Day } from '$lib/domain/types';

/**
 * The local day, kept current across midnight and time-zone changes so "today" screens roll over
 * on their own. Create during component initialisation.
 */
export class Clock {
	// Milliseconds, not a Date: the value is replaced on each tick, never mutated.
	#nowMs = $state(Date.now());
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a throwaway Date, never mutated
	readonly today: Day = $derived(localToday(new Date(this.#nowMs)));

	constructor(tickMs = 30_000) {
		$effect(() => {
			const timer = setInterval(() => (this.#nowMs = Date.now()), tickMs);
			const wake = () => {
				if (document.visibilityState === 'visible') this.#nowMs = Date.now();
			};
			document.addEventListener('visibilitychange', wake);
			return () => {
				clearInterval(timer);
				document.removeEventListener('visibilitychange', wake);
			};
		});
	}

	get now(): Date {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a fresh copy for the caller
		return new Date(this.#nowMs);
	}
}
