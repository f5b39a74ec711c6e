import { waterGoalForDay } from '$lib/domain/goals';
import { createExerciseSession, createWaterIntake } from '$lib/domain/records';
import { emptyLogs, type Logs, type WaterIntake } from '$lib/domain/types';
import type { DataLayer } from '$lib/db';
import { PREF_KEYS } from '$lib/db/pref-keys';
import type { Clock } from './clock.svelte';
import { LiveQuery } from './live-query.svelte';
import type { RecordActions } from './record-actions';
import type { SettingsState } from './settings.svelte';

const EMPTY: Logs = emptyLogs();
const LAST_CUSTOM_WATER = PREF_KEYS.lastCustomWaterMl;
const isPositiveNumber = (v: unknown): v is number => typeof v === 'number' && v > 0 && v <= 5000;

/** Everything logged on the current local day, with the day's totals and goals. */
export class TodayState {
	readonly #data: DataLayer;
	readonly #clock: Clock;
	readonly #actions: RecordActions;
	#logs: LiveQuery<Logs, string>;
	#lastCustomWaterMl: LiveQuery<number | null>;

	readonly waterMl = $derived(this.logs.water.reduce((sum, w) => sum + w.ml, 0));
	readonly exerciseMinutes = $derived(this.logs.exercise.reduce((sum, e) => sum + e.minutes, 0));
	readonly waterGoalMl: number;
	readonly stretchSeconds = $derived(this.logs.stretches.reduce((sum, s) => sum + s.durationSec, 0));

	constructor(data: DataLayer, clock: Clock, settings: SettingsState, actions: RecordActions) {
		this.#data = data;
		this.#clock = clock;
		this.#actions = actions;
		this.waterGoalMl = $derived(waterGoalForDay(settings.current.waterGoalMl, this.exerciseMinutes));
		this.#logs = new LiveQuery(
			(day) => data.logsInRange(day, day),
			EMPTY,
			() => clock.today
		);
		this.#lastCustomWaterMl = new LiveQuery(
			() => data.prefs.get<number | null>(LAST_CUSTOM_WATER, null, isPositiveNumber),
			null
		);
	}

	get logs(): Logs {
		return this.#logs.current;
	}

	get loaded(): boolean {
		return this.#logs.loaded;
	}

	get day(): string {
		return this.#clock.today;
	}

	get lastCustomWaterMl(): number | null {
		return this.#lastCustomWaterMl.current;
	}

	/** Resolves once the drink (and, for a custom amount, the remembered amount) is committed. */
	addWater(ml: number, options: { custom?: boolean } = {}): Promise<WaterIntake> {
		return this.#actions.guardAdd(() =>
			this.#data.addWater(createWaterIntake({ ml }), { rememberCustomAmount: options.custom })
		);
	}

	addExercise(minutes: number) {
		return this.#actions.add('exercise', createExerciseSession({ minutes }));
	}
}
