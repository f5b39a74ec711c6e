import { untrack } from 'svelte';
import { LIMITS } from '$lib/domain/limits';
import { createStretchSession } from '$lib/domain/records';
import type { StretchSession } from '$lib/domain/types';
import {
	buildTimeline,
	positionAt,
	type Position,
	type StretchRoutine,
	type Timeline
} from '$lib/domain/stretches';
import type { RecordActions } from './record-actions';
import { Stopwatch } from './stopwatch.svelte';

export type RunStatus = 'not-started' | 'running' | 'paused' | 'complete' | 'logged';

/**
 * One go through a stretch routine: where it stands, start and pause, skip, and logging the
 * session with the time actually spent. Create during component initialisation.
 */
export class StretchRun {
	readonly routine: StretchRoutine;
	readonly timeline: Timeline;
	readonly #actions: RecordActions;
	readonly #stopwatch: Stopwatch;
	/** Seconds of routine jumped over with Skip: they move the position but are never logged. */
	#skippedSec = $state(0);
	#startedAtMs = $state<number | null>(null);
	#logged = $state.raw<StretchSession | null>(null);
	#saving = $state(false);

	readonly position: Position;

	constructor(
		routine: StretchRoutine,
		actions: RecordActions,
		options: { getReadySec?: number; tickMs?: number } = {}
	) {
		this.routine = routine;
		this.timeline = buildTimeline(routine, options.getReadySec);
		this.#actions = actions;
		this.#stopwatch = new Stopwatch(options.tickMs);
		this.position = $derived(positionAt(this.timeline, this.#stopwatch.elapsedMs / 1000 + this.#skippedSec));
		// The clock stops at the end of the last hold, so time spent reading afterwards is not logged.
		$effect(() => {
			if (this.position.finished) untrack(() => this.#stopwatch.pause());
		});
	}

	get status(): RunStatus {
		if (this.#logged) return 'logged';
		if (this.position.finished) return 'complete';
		if (this.#stopwatch.running) return 'running';
		return this.#startedAtMs === null ? 'not-started' : 'paused';
	}

	get saving(): boolean {
		return this.#saving;
	}

	get logged(): StretchSession | null {
		return this.#logged;
	}

	/**
	 * Seconds of routine actually done: running time up to the end of the last hold. A tab that
	 * slept past the end reports the routine's end, not the moment it woke.
	 */
	get activeSec(): number {
		const elapsed = this.#stopwatch.elapsedMs / 1000;
		const overrun = Math.max(0, elapsed + this.#skippedSec - this.timeline.totalSec);
		return Math.max(0, elapsed - overrun);
	}

	start(): void {
		if (this.status === 'complete' || this.status === 'logged') return;
		this.#startedAtMs ??= Date.now();
		this.#stopwatch.start();
	}

	pause(): void {
		this.#stopwatch.pause();
	}

	/** Ends the current get-ready or hold now and moves on to the next. */
	skip(): void {
		if (this.#startedAtMs === null || this.#logged) return;
		const now = positionAt(this.timeline, this.#stopwatch.sample() / 1000 + this.#skippedSec);
		if (!now.finished) this.#skippedSec += now.remainingSec;
	}

	/**
	 * Logs the session (Finish at the end, or Stop early before it) and returns it; null when not
	 * even a second was done, which is nothing to log. A failed write leaves the run paused, so
	 * the person can try again.
	 */
	async end(): Promise<StretchSession | null> {
		if (this.#logged || this.#saving) return this.#logged;
		this.#stopwatch.pause();
		const seconds = Math.min(Math.round(this.activeSec), LIMITS.stretchDurationSec.max);
		const startedAtMs = this.#startedAtMs;
		if (startedAtMs === null || seconds < LIMITS.stretchDurationSec.min) return null;
		this.#saving = true;
		try {
			const session = createStretchSession({
				durationSec: seconds,
				routine: this.routine.id,
				areas: [...this.routine.areas],
				// The session belongs to the moment it began, like an episode's start.
				// eslint-disable-next-line svelte/prefer-svelte-reactivity -- handed to the record, never mutated
				at: new Date(startedAtMs)
			});
			this.#logged = await this.#actions.add('stretches', session);
			return this.#logged;
		} finally {
			this.#saving = false;
		}
	}
}
