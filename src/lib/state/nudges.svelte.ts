import { addDays, deviceTimeZone, type Day } from '$lib/domain';
import { nudgesFor, type Nudge } from '$lib/domain/nudges';
import type { DataLayer } from '$lib/db';
import type { Clock } from './clock.svelte';
import type { EpisodeLogState } from './episode-log.svelte';
import { LiveQuery } from './live-query.svelte';
import type { TodayState } from './today.svelte';

const DISMISSED = 'dismissedNudges';
const KEEP = 30;
const isKeyList = (v: unknown): v is string[] =>
	Array.isArray(v) && v.length <= 100 && v.every((k) => typeof k === 'string' && k.length <= 200);

interface Opening {
	firstDay: Day | undefined;
	yesterdayLogged: boolean;
	dismissed: string[];
}

/**
 * The one calm nudge Today shows when the app opens. Only nudges that applied at opening are shown,
 * so none pops up while the person is using the app; one disappears once it no longer applies.
 */
export class NudgeState {
	readonly #data: DataLayer;
	#facts: LiveQuery<Opening | null, Day>;
	#openingKeys: string[] | null = null;

	readonly current: Nudge | null;

	constructor(data: DataLayer, clock: Clock, today: TodayState, episodes: EpisodeLogState) {
		this.#data = data;
		this.#facts = new LiveQuery(
			async (day) => {
				const yesterday = addDays(day, -1);
				const [firstDay, logs, dismissed] = await Promise.all([
					data.firstDay(),
					data.logsInRange(yesterday, yesterday),
					data.prefs.get<string[]>(DISMISSED, [], isKeyList)
				]);
				return { firstDay, yesterdayLogged: Object.values(logs).some((l) => l.length > 0), dismissed };
			},
			null,
			() => clock.today
		);
		this.current = $derived.by(() => {
			const facts = this.#facts.current;
			if (!facts || !today.loaded) return null;
			const active = episodes.active;
			const all = nudgesFor({
				now: clock.now,
				timeZone: deviceTimeZone(),
				waterMl: today.waterMl,
				waterGoalMl: today.waterGoalMl,
				running: active ? { id: active.id, startedAt: active.startedAt } : null,
				yesterdayLogged: facts.yesterdayLogged,
				firstDay: facts.firstDay,
				dismissed: facts.dismissed
			});
			// Deliberately not reactive: the set is fixed the first time the facts are in.
			this.#openingKeys ??= all.map((n) => n.key);
			const opening = this.#openingKeys;
			return all.find((n) => opening.includes(n.key)) ?? null;
		});
	}

	async dismiss(nudge: Nudge): Promise<void> {
		await this.#data.prefs.update<string[]>(DISMISSED, [], isKeyList, (stored) =>
			[...stored.filter((k) => k !== nudge.key), nudge.key].slice(-KEEP)
		);
	}
}
