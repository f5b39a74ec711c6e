/**
 * Active time that can be started and paused. Elapsed time comes from Date.now() differences, and
 * the interval only refreshes the reading: browsers throttle or stop timers in a background tab,
 * so counting ticks would lose time. Create during component initialisation (it owns an effect).
 */
export class Stopwatch {
	/** Time banked by earlier runs, before the last pause. */
	#bankedMs = $state(0);
	/** Date.now() when the current run began; null while paused. */
	#runStartMs = $state<number | null>(null);
	#nowMs = $state(Date.now());

	constructor(tickMs = 250) {
		$effect(() => {
			if (this.#runStartMs === null) return;
			const timer = setInterval(() => this.#refresh(), tickMs);
			const wake = () => {
				if (document.visibilityState === 'visible') this.#refresh();
			};
			document.addEventListener('visibilitychange', wake);
			return () => {
				clearInterval(timer);
				document.removeEventListener('visibilitychange', wake);
			};
		});
	}

	// Never backwards: a device clock set back mid-stretch freezes the reading instead of shrinking it.
	#refresh(): void {
		this.#nowMs = Math.max(this.#nowMs, Date.now());
	}

	get running(): boolean {
		return this.#runStartMs !== null;
	}

	/** As of the last refresh. */
	get elapsedMs(): number {
		const start = this.#runStartMs;
		return this.#bankedMs + (start === null ? 0 : Math.max(0, this.#nowMs - start));
	}

	start(): void {
		if (this.running) return;
		this.#refresh();
		this.#runStartMs = this.#nowMs;
	}

	pause(): void {
		const start = this.#runStartMs;
		if (start === null) return;
		this.#refresh();
		this.#bankedMs += Math.max(0, this.#nowMs - start);
		this.#runStartMs = null;
	}

	/** Reads the clock now rather than at the last tick, e.g. just before logging a duration. */
	sample(): number {
		this.#refresh();
		return this.elapsedMs;
	}
}
