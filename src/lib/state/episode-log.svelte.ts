import { LIMITS } from '$lib/domain/limits';
import { createEpisode } from '$lib/domain/records';
import type { SpasmEpisode } from '$lib/domain/types';
import {
	BODY_LOCATIONS,
	EPISODE_KINDS,
	SIDES,
	type BodyLocation,
	type EpisodeKind,
	type Side
} from '$lib/domain/vocabulary';
import type { DataLayer } from '$lib/db';
// The keys' own module, not the data layer's index: that would put Dexie on the first render's path.
import { PREF_KEYS } from '$lib/db/pref-keys';
import { LiveQuery } from './live-query.svelte';
import type { RecordActions } from './record-actions';

export interface LastUsed {
	kind: EpisodeKind;
	location: BodyLocation;
	side: Side | null;
}

const LAST_USED = PREF_KEYS.lastEpisode;
const ACTIVE = PREF_KEYS.activeEpisode;
const DEFAULT_LAST: LastUsed = { kind: 'cramp', location: 'calf', side: null };

function isLastUsed(v: unknown): v is LastUsed {
	const o = v as LastUsed;
	return (
		!!o &&
		(EPISODE_KINDS as readonly string[]).includes(o.kind) &&
		(BODY_LOCATIONS as readonly string[]).includes(o.location) &&
		(o.side === null || (SIDES as readonly string[]).includes(o.side))
	);
}

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
		this.#lastUsed = new LiveQuery(() => data.prefs.get(LAST_USED, DEFAULT_LAST, isLastUsed), DEFAULT_LAST);
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

	/** One tap: saves an episode that started now, prefilled with the last used kind, place and side. */
	async quickLog(): Promise<SpasmEpisode> {
		const { kind, location, side } = this.lastUsed;
		// One transaction: the episode and its running timer are stored together or not at all.
		return this.#actions.guardAdd(() => this.#data.startEpisode(createEpisode({ kind, location, side })));
	}

	/** "It stopped": the duration is the time since it started. */
	async stop(nowMs: number = Date.now()): Promise<SpasmEpisode | null> {
		const active = this.active;
		if (!active) return null;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a throwaway timestamp
		const now = new Date(nowMs);
		// One transaction: the duration and clearing the running timer.
		return this.#actions.guard(() => this.#data.stopEpisode(active.id, now));
	}

	/** Saves an edited or new episode and remembers its kind, place and side for the next tap. */
	async save(episode: SpasmEpisode, isNew: boolean): Promise<SpasmEpisode> {
		let toSave = episode;
		if (!isNew && episode.durationSec === null) {
			// "It stopped" may have been pressed elsewhere (the Today card, another tab) while the sheet
			// was open; a sheet that never touched the duration must not erase it.
			const stored = await this.#data.episodes.get(episode.id);
			if (stored?.durationSec != null) toSave = { ...episode, durationSec: stored.durationSec };
		}
		const saved = isNew
			? await this.#actions.add('episodes', toSave)
			: await this.#actions.update('episodes', toSave);
		await this.#data.prefs.set(LAST_USED, { kind: saved.kind, location: saved.location, side: saved.side });
		if (saved.durationSec !== null && this.active?.id === saved.id) await this.#data.prefs.set(ACTIVE, null);
		return saved;
	}

	get(id: string): Promise<SpasmEpisode | undefined> {
		return this.#data.episodes.get(id);
	}
}
