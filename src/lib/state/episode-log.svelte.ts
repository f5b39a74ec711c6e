import { LIMITS } from '$lib/domain/limits';
import { createEpisode } from '$lib/domain/records';
import type { SpasmEpisode } from '$lib/domain/types';
import { usualEpisode } from '$lib/domain/usual-episode';
import type { BodyLocation, EpisodeKind, Side } from '$lib/domain/vocabulary';
import type { DataLayer } from '$lib/db';
// The keys' own module, not the data layer's index: that would put Dexie on the first render's path.
import { PREF_KEYS } from '$lib/db/pref-keys';
import type { DraftOptions, EpisodeDraft } from './episode-draft.svelte';
import { LiveQuery } from './live-query.svelte';
import type { RecordActions } from './record-actions';

export interface LastUsed {
	kind: EpisodeKind;
	location: BodyLocation;
	side: Side | null;
}

const ACTIVE = PREF_KEYS.activeEpisode;
const DEFAULT_LAST: LastUsed = { kind: 'cramp', location: 'calf', side: null };

/** A timer running longer than this does not stop with one tap: it asks when it stopped. */
export const ASK_WHEN_STOPPED_AFTER_SEC = 30 * 60;

const isId = (v: unknown): v is string | null => v === null || typeof v === 'string';

/**
 * The one-tap log: an episode saved the moment the button is pressed, a running timer, and
 * "It stopped". The running episode's id is stored, so a reload or another tab keeps the timer.
 */
export class EpisodeLogState {
	readonly #data: DataLayer;
	readonly #actions: RecordActions;
	#lastUsed: LiveQuery<LastUsed>;
	#active: LiveQuery<SpasmEpisode | null>;

	constructor(data: DataLayer, actions: RecordActions) {
		this.#data = data;
		this.#actions = actions;
		// The person's usual episode, not simply the last: one slip (a double tap, a one-off) does not
		// become the next default.
		this.#lastUsed = new LiveQuery(this.#readUsual, DEFAULT_LAST);
		this.#active = new LiveQuery(async () => {
			const id = await data.prefs.get<string | null>(ACTIVE, null, isId);
			if (!id) return null;
			const episode = await data.episodes.get(id);
			// A timer left running past the longest plausible episode is not running any more.
			const tooOld =
				episode && Date.now() - Date.parse(episode.startedAt) > LIMITS.episodeDurationSec.max * 1000;
			return episode && episode.durationSec === null && !tooOld ? episode : null;
		}, null);
	}

	#readUsual = async (): Promise<LastUsed> =>
		usualEpisode(await this.#data.episodes.latest(10)) ?? DEFAULT_LAST;

	get lastUsed(): LastUsed {
		return this.#lastUsed.current;
	}

	/** The episode whose timer is running, if any. */
	get active(): SpasmEpisode | null {
		return this.#active.current;
	}

	/** Seconds since the running episode started, for the timer display. */
	elapsedSec(now: number): number {
		const active = this.active;
		return active ? Math.max(0, Math.floor((now - Date.parse(active.startedAt)) / 1000)) : 0;
	}

	/**
	 * One tap: saves an episode that started now with the person's usual kind, place and side, and
	 * no intensity (null: not rated). Nothing is stored that the person did not say.
	 */
	async quickLog(): Promise<SpasmEpisode> {
		// The moment of the tap, whatever the wait for the usual choice below: never mutated.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const startedAt = new Date();
		return this.#actions.guardAdd(async () => {
			// A tap made before the usual choice has loaded (the first seconds of a cold start) reads it,
			// rather than storing the app's default as if the person had said it.
			const { kind, location, side } = this.#lastUsed.loaded ? this.lastUsed : await this.#readUsual();
			// One transaction: the episode and its running timer are stored together or not at all.
			return this.#data.startEpisode(createEpisode({ kind, location, side, startedAt }));
		});
	}

	/** Whether "It stopped" must ask when (the timer ran long enough to have been forgotten). */
	needsStopTime(nowMs: number = Date.now()): boolean {
		return this.elapsedSec(nowMs) > ASK_WHEN_STOPPED_AFTER_SEC;
	}

	/**
	 * "It stopped": at `endMs` (default now), or with an unknown length (`null`). Only the duration is
	 * written, so details entered meanwhile (the sheet, another tab) are kept.
	 */
	async stop(endMs: number | null = Date.now()): Promise<SpasmEpisode | null> {
		const active = this.active;
		if (!active) return null;
		const durationSec =
			endMs === null
				? null
				: Math.min(
						LIMITS.episodeDurationSec.max,
						Math.max(0, Math.round((endMs - Date.parse(active.startedAt)) / 1000))
					);
		// One transaction: the duration and clearing the running timer (patchEpisode clears it for a
		// duration; an unknown length clears it here).
		const { record } = await this.#actions.guard(() =>
			this.#data.patchEpisode(active.id, { durationSec }, undefined)
		);
		if (durationSec === null) await this.#data.prefs.set(ACTIVE, null);
		return record;
	}

	/**
	 * The editing state of the episode sheet, writing through this data layer. The sheet passes the
	 * class in, so its code loads with the sheet, not with Today's first render.
	 */
	draft(Draft: typeof EpisodeDraft, episode: SpasmEpisode, options?: DraftOptions): EpisodeDraft {
		const data = this.#data;
		return new Draft(
			{
				add: (record) => data.addEpisode(record),
				patch: (id, changes, base, journalToken) =>
					data.patchEpisode(id, changes, base, undefined, journalToken),
				// Through the deferred data layer before its code loaded this would be a promise: no
				// stored episode exists then, so there is nothing to journal.
				journal: (id, changes, from) => {
					const token: unknown = data.episodes.journal(id, changes, from);
					return typeof token === 'string' ? token : undefined;
				},
				delete: (id) => data.episodes.delete(id)
			},
			episode,
			options
		);
	}

	get(id: string): Promise<SpasmEpisode | undefined> {
		return this.#data.episodes.get(id);
	}
}
