import type { MineralMg } from '../types';
import type { Mineral } from '../vocabulary';
import type { DailyPoint } from './daily-series';
import { dayNumber } from './day-numbers';
import { poissonRateRatio, type RateRatio } from './rate-ratio';

export const HABIT_IDS = [
	'water-goal',
	'magnesium',
	'potassium',
	'calcium',
	'sodium',
	'stretch-goal',
	'any-stretch'
] as const;
export type HabitId = (typeof HABIT_IDS)[number];

/** A daily habit: whether a day of the series counts as "met". */
export interface Habit {
	id: HabitId;
	isMet: (point: DailyPoint) => boolean;
}

/** Lag k pairs the habit on day d with episodes on day d + k. */
export const LAGS = [0, 1, 2] as const;
export type Lag = (typeof LAGS)[number];

/** Below this many days in either group a comparison says "not enough data yet". */
export const DEFAULT_MIN_DAYS_PER_GROUP = 7;

export interface CompareOptions {
	minDaysPerGroup?: number;
}

/** Days in one group and the spasm/cramp episodes on their paired (lagged) days. */
export interface GroupRate {
	days: number;
	episodes: number;
	/** Episodes per day; null for a group with no days. */
	rate: number | null;
}

interface ComparisonBase {
	habit: HabitId;
	lag: Lag;
	met: GroupRate;
	notMet: GroupRate;
	minDaysPerGroup: number;
}

/**
 * - `not-enough-data`: a group has fewer than `minDaysPerGroup` days; no estimate is offered.
 * - `no-episodes`: enough days, but no episodes in either group, so there is no ratio to estimate.
 * - `compared`: the rate ratio met ÷ not met with its 95% interval (`poissonRateRatio`).
 */
export type HabitComparison = ComparisonBase &
	({ status: 'not-enough-data' } | { status: 'no-episodes' } | { status: 'compared'; rateRatio: RateRatio });

const mineralHabit = (mineral: Mineral, referenceMg: MineralMg): Habit => ({
	id: mineral,
	isMet: (p) => p.mg[mineral] >= referenceMg[mineral]
});

/** Every habit the app compares, in `HABIT_IDS` order. Reference intakes come from the nutrition module. */
export function habitsFor(referenceMg: MineralMg): Habit[] {
	return [
		{ id: 'water-goal', isMet: (p) => p.waterGoalMet },
		mineralHabit('magnesium', referenceMg),
		mineralHabit('potassium', referenceMg),
		mineralHabit('calcium', referenceMg),
		mineralHabit('sodium', referenceMg),
		{ id: 'stretch-goal', isMet: (p) => p.stretchGoalMet },
		{ id: 'any-stretch', isMet: (p) => p.stretchMin > 0 }
	];
}

/** For each point, the index of the point `lag` days later, or -1 when that day is not in the series. */
function laggedIndex(daily: readonly DailyPoint[], lag: Lag): Int32Array {
	const numbers = daily.map((p) => dayNumber(p.day));
	const indexOf = new Map<number, number>();
	numbers.forEach((n, i) => indexOf.set(n, i));
	const out = new Int32Array(daily.length);
	numbers.forEach((n, i) => (out[i] = indexOf.get(n + lag) ?? -1));
	return out;
}

function group(days: number, episodes: number): GroupRate {
	return { days, episodes, rate: days === 0 ? null : episodes / days };
}

function compareWith(
	daily: readonly DailyPoint[],
	habit: Habit,
	lag: Lag,
	partner: Int32Array,
	minDaysPerGroup: number
): HabitComparison {
	let metDays = 0;
	let metEpisodes = 0;
	let otherDays = 0;
	let otherEpisodes = 0;
	daily.forEach((p, i) => {
		const j = partner[i]!;
		if (j < 0) return;
		const episodes = daily[j]!.episodes;
		if (habit.isMet(p)) {
			metDays += 1;
			metEpisodes += episodes;
		} else {
			otherDays += 1;
			otherEpisodes += episodes;
		}
	});
	const base: ComparisonBase = {
		habit: habit.id,
		lag,
		met: group(metDays, metEpisodes),
		notMet: group(otherDays, otherEpisodes),
		minDaysPerGroup
	};
	// Math.max(1, …) because a ratio over a group of zero days has no meaning, whatever the setting.
	const minimum = Math.max(1, minDaysPerGroup);
	if (metDays < minimum || otherDays < minimum) return { ...base, status: 'not-enough-data' };
	if (metEpisodes + otherEpisodes === 0) return { ...base, status: 'no-episodes' };
	return {
		...base,
		status: 'compared',
		rateRatio: poissonRateRatio(metEpisodes, metDays, otherEpisodes, otherDays)
	};
}

/**
 * Compares spasm/cramp episode rates (`DailyPoint.episodes`, twitches excluded) on days the habit was
 * met against days it was not, `lag` days later. Only pairs with both days in `daily` count, so the
 * last `lag` days of the series (whose later day is not known yet) sit out. Expects one point per day,
 * as `dailySeries` returns; gaps simply drop the pairs that would cross them.
 */
export function compareHabit(
	daily: readonly DailyPoint[],
	habit: Habit,
	lag: Lag,
	opts: CompareOptions = {}
): HabitComparison {
	const min = opts.minDaysPerGroup ?? DEFAULT_MIN_DAYS_PER_GROUP;
	return compareWith(daily, habit, lag, laggedIndex(daily, lag), min);
}

/** Every habit at every lag, habit-major in `HABIT_IDS` × `LAGS` order (7 × 3 results). */
export function compareAllHabits(
	daily: readonly DailyPoint[],
	referenceMg: MineralMg,
	opts: CompareOptions = {}
): HabitComparison[] {
	const min = opts.minDaysPerGroup ?? DEFAULT_MIN_DAYS_PER_GROUP;
	const partners = LAGS.map((lag) => laggedIndex(daily, lag));
	return habitsFor(referenceMg).flatMap((habit) =>
		LAGS.map((lag, k) => compareWith(daily, habit, lag, partners[k]!, min))
	);
}
