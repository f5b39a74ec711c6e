import { addDays, deviceTimeZone } from '$lib/domain/time';
import type { CheckIn, Day } from '$lib/domain/types';
import { nudgesFor, type Nudge } from '$lib/domain/nudges/nudges';
import type { DataLayer } from '$lib/db';
import type { Clock } from './clock.svelte';
import type { EpisodeLogState } from './episode-log.svelte';
import { LiveQuery } from './live-query.svelte';
import type { TodayState } from './today.svelte';
import type { BackupState } from './backup.svelte';
import type { CheckInState } from './check-in.svelte';

/** What the nudges need of the backup state: when the last backup was, and whether one is due. */
export type BackupFacts = Pick<BackupState, 'last' | 'loaded' | 'reminderDue'>;

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
	readonly #checkIns: Pick<CheckInState, 'markNone'>;
	#facts: LiveQuery<Opening | null, Day>;
	#openingKeys: string[] | null = null;

	readonly current: Nudge | null;

	constructor(
		data: DataLayer,
		clock: Clock,
		today: TodayState,
		episodes: EpisodeLogState,
		backup: BackupFacts,
		checkIns: Pick<CheckInState, 'markNone'>
	) {
		this.#data = data;
		this.#checkIns = checkIns;
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
			// The opening set is fixed once, so it waits for every fact it depends on, the backup's too.
			if (!facts || !today.loaded || !backup.loaded) return null;
			const active = episodes.active;
			const all = nudgesFor({
				now: clock.now,
				timeZone: deviceTimeZone(),
				waterMl: today.waterMl,
				waterGoalMl: today.waterGoalMl,
				running: active ? { id: active.id, startedAt: active.startedAt } : null,
				yesterdayLogged: facts.yesterdayLogged,
				firstDay: facts.firstDay,
				// The backup state already knows whether a backup is worth making (changes since the last
				// one, not snoozed); only then does the nudge get the date, so the two never disagree.
				lastBackupAt: backup.reminderDue
					? backup.last
						? // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a throwaway Date, never mutated
							new Date(backup.last.at)
						: null
					: undefined,
				dismissed: facts.dismissed
			});
			// Deliberately not reactive: the set is fixed the first time the facts are in.
			this.#openingKeys ??= all.map((n) => n.key);
			const opening = this.#openingKeys;
			return all.find((n) => opening.includes(n.key)) ?? null;
		});
	}

	/**
	 * "No spasms" on the yesterday nudge: stores that day's check-in and resolves once it committed (the
	 * nudge then no longer applies and goes). Throws like any write (`StorageFullError`, …).
	 */
	noSpasms(nudge: Extract<Nudge, { kind: 'yesterday' }>): Promise<CheckIn> {
		return this.#checkIns.markNone(nudge.day);
	}

	async dismiss(nudge: Nudge): Promise<void> {
		await this.#data.prefs.update<string[]>(DISMISSED, [], isKeyList, (stored) =>
			[...stored.filter((k) => k !== nudge.key), nudge.key].slice(-KEEP)
		);
	}
}
