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

/**
 * Leaving a routine after this much stretching logs what was done; a shorter try (a look at the
 * first step) is not worth a record.
 */
export const PARTIAL_SESSION_MIN_SEC = 30;

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
	/** The stored session: saved on the way out, or logged at the end. */
	#session = $state.raw<StretchSession | null>(null);
	/** True once the session is logged for good: the run cannot go on. */
	#ended = $state(false);
	#ending: Promise<StretchSession | null> | null = null;
	#writes: Promise<unknown> = Promise.resolve();
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
		if (this.#ended) return 'logged';
		if (this.position.finished) return 'complete';
		if (this.#stopwatch.running) return 'running';
		return this.#startedAtMs === null ? 'not-started' : 'paused';
	}

	get saving(): boolean {
		return this.#saving;
	}

	/** The session once logged for good, else null. */
	get logged(): StretchSession | null {
		return this.#ended ? this.#session : null;
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
		if (this.#startedAtMs === null || this.#ended) return;
		const now = positionAt(this.timeline, this.#stopwatch.sample() / 1000 + this.#skippedSec);
		if (!now.finished) this.#skippedSec += now.remainingSec;
	}

	/**
	 * Logs the session and returns it: at the end of the routine (the player calls this as soon
	 * as the last hold ends) or when Stop early is pressed. A session already saved on the way out
	 * (`saveProgress`) is updated, not added again. Null when not even a second was done, which is
	 * nothing to log. A failed write leaves the run paused, so the person can try again. Calls made
	 * while one is saving share its result.
	 */
	end(): Promise<StretchSession | null> {
		if (this.#ended) return Promise.resolve(this.#session);
		this.#stopwatch.pause();
		this.#ending ??= this.#write().then(
			(session) => {
				this.#ended = session !== null;
				this.#ending = null;
				return session;
			},
			(error: unknown) => {
				this.#ending = null;
				throw error;
			}
		);
		return this.#ending;
	}

	/**
	 * Saves what was done so far without ending the run, when the person may be leaving for good
	 * (the app hidden, the page closing): a phone can kill a hidden app without warning. Only after
	 * `PARTIAL_SESSION_MIN_SEC` of stretching; returns the stored session, or null if nothing was
	 * saved. Coming back and going on updates the same session.
	 */
	async saveProgress(): Promise<StretchSession | null> {
		if (this.#ended || this.#ending) return null;
		if (this.activeSec < PARTIAL_SESSION_MIN_SEC) return null;
		return this.#write();
	}

	/**
	 * The person left the routine (another tab, Back): after `PARTIAL_SESSION_MIN_SEC` of
	 * stretching, what was done is logged; a shorter try is dropped unless part of it was already
	 * saved. Returns the session logged now, or null.
	 */
	async leave(): Promise<StretchSession | null> {
		if (this.#ended || this.#ending) return null;
		if (this.activeSec < PARTIAL_SESSION_MIN_SEC && !this.#session) {
			this.#stopwatch.pause();
			return null;
		}
		return this.end();
	}

	/** One write at a time, so a save on the way out and Finish never both add a session. */
	#write(): Promise<StretchSession | null> {
		const next = this.#writes.then(() => this.#store());
		this.#writes = next.catch(() => undefined);
		return next;
	}

	async #store(): Promise<StretchSession | null> {
		const seconds = Math.min(Math.round(this.activeSec), LIMITS.stretchDurationSec.max);
		const startedAtMs = this.#startedAtMs;
		if (startedAtMs === null || seconds < LIMITS.stretchDurationSec.min) return this.#session;
		const stored = this.#session;
		if (stored) {
			if (stored.durationSec === seconds) return stored;
			this.#saving = true;
			try {
				this.#session = await this.#actions.update('stretches', { ...stored, durationSec: seconds });
				return this.#session;
			} finally {
				this.#saving = false;
			}
		}
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
			this.#session = await this.#actions.add('stretches', session);
			return this.#session;
		} finally {
			this.#saving = false;
		}
	}
}
