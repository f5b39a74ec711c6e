import { addDays } from '$lib/domain/time';
import type { CheckIn, Day } from '$lib/domain/types';
import type { DataLayer } from '$lib/db';
import type { Clock } from './clock.svelte';
import { LiveQuery } from './live-query.svelte';

/** From this local hour, Today asks "Any spasms today?". */
export const CHECK_IN_FROM_HOUR = 18;
/** Until this local hour, Today still asks about yesterday (a late evening is often forgotten). */
export const YESTERDAY_UNTIL_HOUR = 12;

/**
 * Where Today keeps the days (of yesterday and today) whose check-in is already answered, as
 * space-separated `YYYY-MM-DD`. The inline script in `app.html` reads it before the first paint to
 * decide whether to hold the card's place, so the Water card below does not jump when the data loads.
 */
export const CHECK_IN_HINT_KEY = 'spasm-log:check-in-closed';

/** Keeps the hint for the next start; storage that is full or turned off only costs that start a jump. */
export function rememberClosedDays(days: readonly Day[]): void {
	try {
		const value = days.join(' ');
		if (localStorage.getItem(CHECK_IN_HINT_KEY) !== value) localStorage.setItem(CHECK_IN_HINT_KEY, value);
	} catch {
		// The hint only saves a layout shift; nothing is lost without it.
	}
}

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

	/** Yesterday and today, those already answered (a check-in or an episode); empty before the first load. */
	get closedDays(): Day[] {
		if (!this.#answered.loaded) return [];
		const today = this.#clock.today;
		return [addDays(today, -1), today].filter((day) => !this.isOpen(day));
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
