import { addDays } from '$lib/domain/time';
import { emptyLogs, type Day, type Logs } from '$lib/domain/types';
import type { RedFlag } from '$lib/domain/rules';
import { DEFAULT_THRESHOLDS, type Thresholds } from '$lib/domain/rules/thresholds';
import type { DataLayer } from '$lib/db';
import type { Clock } from './clock.svelte';
import { LiveQuery } from './live-query.svelte';
import type { SettingsState } from './settings.svelte';
import type { Snackbar } from './snackbar.svelte';
import { explainWriteErrors } from './write-errors';

/** Rule id → the evidence key the person hid that rule's note for. */
export type HiddenRedFlags = Record<string, string>;

export const HIDDEN_RED_FLAGS_PREF = 'hiddenRedFlags';

const EMPTY: Logs = emptyLogs();

export function isHiddenRedFlags(value: unknown): value is HiddenRedFlags {
	return (
		typeof value === 'object' &&
		value !== null &&
		!Array.isArray(value) &&
		Object.values(value).every((v) => typeof v === 'string')
	);
}

/** The evidence a flag was shown for, as one stable string (ids cannot contain commas: they are UUIDs). */
export function evidenceKey(flag: Pick<RedFlag, 'evidence'>): string {
	return [...flag.evidence].sort().join(',');
}

/**
 * Hidden while every episode behind the flag was already there when it was hidden. Only a new
 * episode brings it back: a subset, not an equal key, so a hidden "frequent" note does not return
 * just because its oldest episode slid out of the 7-day window.
 */
export function isHidden(flag: RedFlag, hidden: HiddenRedFlags): boolean {
	const stored = hidden[flag.id];
	if (stored === undefined) return false;
	const seen = stored.split(',');
	return flag.evidence.every((id) => seen.includes(id));
}

/**
 * How many days back, counting today, the rules can look: the longest window, plus a day for
 * no-clear-cause's look-back at exercise before its oldest episode.
 */
export function lookbackDays(t: Thresholds = DEFAULT_THRESHOLDS): number {
	return Math.max(
		t.episodeWindowDays,
		t.frequentWindowDays,
		t.risingRecentDays + t.risingBaselineDays,
		t.noCauseWindowDays + Math.ceil(t.noCauseExerciseHours / 24),
		2 * t.selfCareWindowDays
	);
}

/** Logs of two day ranges that do not overlap. */
function concat(a: Logs, b: Logs): Logs {
	return {
		episodes: [...b.episodes, ...a.episodes],
		water: [...b.water, ...a.water],
		foods: [...b.foods, ...a.foods],
		stretches: [...b.stretches, ...a.stretches],
		exercise: [...b.exercise, ...a.exercise],
		medications: [...b.medications, ...a.medications]
	};
}

/**
 * The "worth talking to a doctor about" notes for Today: the red-flag rules over recent logs, minus
 * the ones the person hid. Hiding deletes nothing; it remembers which episodes a note was hidden for.
 */
export class RedFlagsState {
	readonly #data: DataLayer;
	readonly #snackbar: Snackbar;
	#logs: LiveQuery<Logs, Day>;
	#hidden: LiveQuery<HiddenRedFlags>;
	// The rules' code loads with the first render's effects, beside the logs they read, not before.
	#evaluate = $state.raw<typeof import('$lib/domain/rules').evaluateRedFlags>();

	/** Every flag the logs match right now, hidden or not. */
	readonly all: RedFlag[];
	/** The flags to show. */
	readonly visible: RedFlag[];

	constructor(data: DataLayer, clock: Clock, settings: SettingsState, snackbar: Snackbar) {
		this.#data = data;
		this.#snackbar = snackbar;
		this.#logs = new LiveQuery(
			async (today) => {
				const from = addDays(today, -(lookbackDays() - 1));
				const [recent, first] = await Promise.all([data.logsInRange(from, today), data.firstDay()]);
				// `rising` needs to know the logs reach back before its baseline. Only the oldest day's
				// records are added, not everything in between: they sit outside every other window.
				if (first === undefined || first >= from) return recent;
				return concat(recent, await data.logsInRange(first, first));
			},
			EMPTY,
			() => clock.today
		);
		this.#hidden = new LiveQuery(
			() => data.prefs.get<HiddenRedFlags>(HIDDEN_RED_FLAGS_PREF, {}, isHiddenRedFlags),
			{}
		);
		$effect(() => {
			void import('$lib/domain/rules').then((rules) => (this.#evaluate = rules.evaluateRedFlags));
		});
		this.all = $derived(
			this.#logs.loaded && this.#evaluate
				? this.#evaluate(this.#logs.current, {
						now: clock.now,
						waterGoalMl: settings.current.waterGoalMl
					})
				: []
		);
		this.visible = $derived(this.all.filter((flag) => !isHidden(flag, this.#hidden.current)));
	}

	get loaded(): boolean {
		return this.#logs.loaded && this.#hidden.loaded && !!this.#evaluate;
	}

	/** Hides the note for the episodes behind it now; a new matching episode shows it again. */
	async hide(flag: RedFlag): Promise<void> {
		let before: HiddenRedFlags = {};
		await this.#update((stored) => {
			before = stored;
			return { ...stored, [flag.id]: evidenceKey(flag) };
		});
		this.#snackbar.show(`Hid “${flag.title}” until a new entry matches it`, {
			label: 'Undo',
			run: async () => {
				await this.#update((stored) => {
					const current = { ...stored };
					if (flag.id in before) current[flag.id] = before[flag.id]!;
					else delete current[flag.id];
					return current;
				});
			}
		});
	}

	/** Read-modify-write in one transaction; a refused write is explained in the snackbar. */
	#update(change: (stored: HiddenRedFlags) => HiddenRedFlags): Promise<HiddenRedFlags> {
		return explainWriteErrors(
			this.#snackbar,
			() => this.#data.prefs.update<HiddenRedFlags>(HIDDEN_RED_FLAGS_PREF, {}, isHiddenRedFlags, change),
			{ explainAll: true }
		);
	}
}
