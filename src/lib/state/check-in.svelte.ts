import { addDays } from '$lib/domain/time';
import type { CheckIn, Day } from '$lib/domain/types';
import type { DataLayer } from '$lib/db';
import type { Clock } from './clock.svelte';
import { LiveQuery } from './live-query.svelte';

/** From this local hour, Today asks "Any spasms today?". */
export const CHECK_IN_FROM_HOUR = 18;
/** Until this local hour, Today still asks about yesterday (a late evening is often forgotten). */
export const YESTERDAY_UNTIL_HOUR = 12;

export type CheckInPrompt = { day: Day; which: 'today' | 'yesterday' };

/** The day the check-in asks about at local `hour`: today from 18:00, yesterday before noon; else null. */
export function checkInDayAt(hour: number, today: Day): CheckInPrompt | null {
	if (hour >= CHECK_IN_FROM_HOUR) return { day: today, which: 'today' };
	if (hour < YESTERDAY_UNTIL_HOUR) return { day: addDays(today, -1), which: 'yesterday' };
	return null;
}

interface Answered {
	/** Days of [yesterday, today] with a check-in. */
	checkedIn: ReadonlySet<Day>;
	/** Days of [yesterday, today] with a spasm, cramp or twitch logged: no need to ask. */
	withEpisodes: ReadonlySet<Day>;
}

const NONE: Answered = { checkedIn: new Set(), withEpisodes: new Set() };

/**
 * The daily check-in: "Any spasms today?" → "None" stores a check-in so the day counts as tracked in
 * Trends even with nothing else logged. Today's card and any "yesterday not logged" nudge share it.
 */
export class CheckInState {
	readonly #data: DataLayer;
	readonly #clock: Pick<Clock, 'today' | 'now'>;
	#answered: LiveQuery<Answered, Day>;

	constructor(data: DataLayer, clock: Pick<Clock, 'today' | 'now'>) {
		this.#data = data;
		this.#clock = clock;
		this.#answered = new LiveQuery(
			async (today) => {
				const from = addDays(today, -1);
				const [checkins, episodes] = await Promise.all([
					data.checkins.listByDayRange(from, today),
					data.episodes.listByDayRange(from, today)
				]);
				// Read-only lookups replaced whole with each query result, never mutated: plain Sets.
				return {
					// eslint-disable-next-line svelte/prefer-svelte-reactivity
					checkedIn: new Set(checkins.map((c) => c.day)),
					// eslint-disable-next-line svelte/prefer-svelte-reactivity
					withEpisodes: new Set(episodes.map((e) => e.day))
				};
			},
			NONE,
			() => clock.today
		);
	}

	get loaded(): boolean {
		return this.#answered.loaded;
	}

	/**
	 * What Today should ask now, or null: outside the hours, before the first load, or when the day
	 * already has a check-in or an episode.
	 */
	get prompt(): CheckInPrompt | null {
		if (!this.#answered.loaded) return null;
		const ask = checkInDayAt(this.#clock.now.getHours(), this.#clock.today);
		if (ask === null || !this.isOpen(ask.day)) return null;
		return ask;
	}

	/** True when `day` (yesterday or today) has a check-in stored. */
	checkedIn(day: Day): boolean {
		return this.#answered.current.checkedIn.has(day);
	}

	/** True when `day` (yesterday or today) has neither a check-in nor an episode. */
	isOpen(day: Day): boolean {
		const { checkedIn, withEpisodes } = this.#answered.current;
		return !checkedIn.has(day) && !withEpisodes.has(day);
	}

	/**
	 * "None": stores the check-in for `day` (one per day; a second call returns the first) and resolves
	 * once the transaction committed. Throws `StorageFullError` / `UpdatedElsewhereError` like any write.
	 */
	markNone(day: Day): Promise<CheckIn> {
		return this.#data.checkins.markNone(day, { now: this.#clock.now });
	}
}
