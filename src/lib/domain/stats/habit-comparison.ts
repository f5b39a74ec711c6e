import type { Mineral } from '../vocabulary';
import { medicationKey, type DailyPoint } from './daily-series';
import { dayNumber } from './day-numbers';
import { BLOCK_DAYS, blockSandwichRateRatio, type RateRatio } from './rate-ratio';

/**
 * The fixed habits Trends compares, in display order. Sodium is not one of them: its reference is an
 * upper limit, and an app about cramps must not suggest that more salt helps. Each supplement or
 * medicine taken on enough days adds a "took <item>" habit after these (`MedicationHabitId`).
 */
export const HABIT_IDS = [
	'water-goal',
	'water-exercise-extra',
	'magnesium',
	'potassium',
	'calcium',
	'stretch-goal',
	'any-stretch'
] as const;
export type BuiltInHabitId = (typeof HABIT_IDS)[number];
/** "took:<item key>": days with a dose of that supplement or medicine logged, against days without. */
export type MedicationHabitId = `took:${string}`;
export type HabitId = BuiltInHabitId | MedicationHabitId;

/** An item gets its own habit once it was taken on at least this many tracked days of the series. */
export const MIN_MEDICATION_DAYS = 7;

export function medicationHabitId(name: string): MedicationHabitId {
	return `took:${medicationKey(name)}`;
}

export function isMedicationHabit(id: HabitId): id is MedicationHabitId {
	return id.startsWith('took:');
}

/** Minerals compared against the person's own median: food logging alone rarely reaches a reference intake. */
export const COMPARED_MINERALS = ['magnesium', 'potassium', 'calcium'] as const satisfies readonly Mineral[];
export type ComparedMineral = (typeof COMPARED_MINERALS)[number];

/** A daily habit: on which days it can be judged, and whether a day counts as "met". */
export interface Habit {
	id: HabitId;
	isMet: (point: DailyPoint) => boolean;
	/** Days the habit says something about (beyond being tracked); every tracked day when omitted. */
	applies?: (point: DailyPoint) => boolean;
	/** Mineral habits: the person's median mg a day over tracked days with food logged. */
	thresholdMg?: number;
	/** Medication habits: the item's name as the person last wrote it. */
	item?: string;
}

/** Lag k pairs the habit on day d with episodes on day d + k. */
export const LAGS = [0, 1, 2] as const;
export type Lag = (typeof LAGS)[number];

/** Below this many days in either group a comparison says "not enough data". */
export const DEFAULT_MIN_DAYS_PER_GROUP = 7;
/** The interval needs at least two blocks of consecutive pairs. */
export const MIN_PAIRED_DAYS = 2 * BLOCK_DAYS;

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

/** What a comparison still lacks, in days; all 0 once it can be compared. */
export interface Missing {
	/** More paired days with the habit met. */
	metDays: number;
	/** More paired days without it. */
	otherDays: number;
	/** More paired days in all (the interval needs `MIN_PAIRED_DAYS`). */
	pairedDays: number;
}

interface ComparisonBase {
	habit: HabitId;
	lag: Lag;
	met: GroupRate;
	notMet: GroupRate;
	/** Pairs used: habit day and outcome day both tracked (and the habit applies on the first). */
	pairs: number;
	minDaysPerGroup: number;
	/** Mineral habits: the median the days were split at. */
	thresholdMg?: number;
	/** Medication habits: the item's name as the person last wrote it. */
	item?: string;
}

/**
 * - `not-enough-data`: a group has fewer than `minDaysPerGroup` days, or there are fewer than
 *   `MIN_PAIRED_DAYS` pairs; `missing` says how many more days each needs.
 * - `no-episodes`: enough days, but no episodes in either group, so there is no ratio to estimate.
 * - `compared`: the rate ratio met ÷ not met with its block sandwich interval (`blockSandwichRateRatio`).
 */
export type HabitComparison = ComparisonBase &
	(
		| { status: 'not-enough-data'; missing: Missing }
		| { status: 'no-episodes' }
		| { status: 'compared'; rateRatio: RateRatio }
	);

/** The median of `values` (mean of the middle two for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const foodDay = (p: DailyPoint) => p.tracked && p.foodLogged;

function mineralHabit(mineral: ComparedMineral, daily: readonly DailyPoint[]): Habit {
	const threshold = median(daily.filter(foodDay).map((p) => p.mg[mineral]));
	return {
		id: mineral,
		applies: foodDay,
		isMet: (p) => threshold !== null && p.mg[mineral] >= threshold,
		// No median before any food is logged: the label then names no number.
		...(threshold === null ? {} : { thresholdMg: threshold })
	};
}

/**
 * One "took <item>" habit per supplement or medicine logged on at least `MIN_MEDICATION_DAYS` tracked
 * days of `daily`, most days first (then by name). Met on days with a dose of it logged; every other
 * tracked day counts as not taken, the same rule as for any habit.
 */
export function medicationHabits(daily: readonly DailyPoint[]): Habit[] {
	const items = new Map<string, { name: string; days: number }>();
	for (const p of daily) {
		if (!p.tracked) continue;
		for (const name of p.taken) {
			const key = medicationKey(name);
			const seen = items.get(key);
			// The series runs in day order, so the last spelling seen is the latest.
			items.set(key, { name, days: (seen?.days ?? 0) + 1 });
		}
	}
	return [...items.entries()]
		.filter(([, v]) => v.days >= MIN_MEDICATION_DAYS)
		.sort(([a, x], [b, y]) => y.days - x.days || (a < b ? -1 : a > b ? 1 : 0))
		.map(([key, { name }]) => ({
			id: `took:${key}` as const,
			item: name,
			isMet: (p: DailyPoint) => p.taken.some((n) => medicationKey(n) === key)
		}));
}

/**
 * Every habit the app compares, in `HABIT_IDS` order, then `medicationHabits`. Mineral habits split at the person's own median
 * over `daily` (days with food logged), so they are measured against what this person eats; the water
 * goal is the one the person set, and the exercise extra is its own habit, judged on exercise days only.
 */
export function habitsFor(daily: readonly DailyPoint[]): Habit[] {
	return [
		{ id: 'water-goal', isMet: (p) => p.waterSetGoalMet },
		{ id: 'water-exercise-extra', applies: (p) => p.exerciseExtraMl > 0, isMet: (p) => p.waterGoalMet },
		...COMPARED_MINERALS.map((m) => mineralHabit(m, daily)),
		{ id: 'stretch-goal', isMet: (p) => p.stretchGoalMet },
		{ id: 'any-stretch', isMet: (p) => p.stretchMin > 0 },
		...medicationHabits(daily)
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
	const met: boolean[] = [];
	const outcomes: number[] = [];
	let metDays = 0;
	let metEpisodes = 0;
	let otherEpisodes = 0;
	daily.forEach((p, i) => {
		const j = partner[i]!;
		if (j < 0 || !p.tracked) return;
		const later = daily[j]!;
		// A forgotten day is neither a spasm-free day nor a day the habit was skipped.
		if (!later.tracked || (habit.applies && !habit.applies(p))) return;
		const isMet = habit.isMet(p);
		met.push(isMet);
		outcomes.push(later.episodes);
		if (isMet) {
			metDays += 1;
			metEpisodes += later.episodes;
		} else otherEpisodes += later.episodes;
	});
	const pairs = met.length;
	const otherDays = pairs - metDays;
	const base: ComparisonBase = {
		habit: habit.id,
		lag,
		met: group(metDays, metEpisodes),
		notMet: group(otherDays, otherEpisodes),
		pairs,
		minDaysPerGroup,
		...(habit.thresholdMg === undefined ? {} : { thresholdMg: habit.thresholdMg }),
		...(habit.item === undefined ? {} : { item: habit.item })
	};
	// Math.max(1, …) because a ratio over a group of zero days has no meaning, whatever the setting.
	const minimum = Math.max(1, minDaysPerGroup);
	const missing: Missing = {
		metDays: Math.max(0, minimum - metDays),
		otherDays: Math.max(0, minimum - otherDays),
		pairedDays: Math.max(0, MIN_PAIRED_DAYS - pairs)
	};
	if (missing.metDays + missing.otherDays + missing.pairedDays > 0) {
		return { ...base, status: 'not-enough-data', missing };
	}
	const rateRatio = blockSandwichRateRatio(met, outcomes);
	if (rateRatio === null) return { ...base, status: 'no-episodes' };
	return { ...base, status: 'compared', rateRatio };
}

/**
 * Compares spasm/cramp episode rates (`DailyPoint.episodes`, twitches excluded) on days the habit was
 * met against days it was not, `lag` days later. Only pairs whose habit day and outcome day are both
 * tracked count (and, for a habit with `applies`, only days it applies to); the last `lag` days of the
 * series sit out. Expects one point per day, as `dailySeries` returns.
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

/** Every habit at every lag, habit-major in `habitsFor` × `LAGS` order (7 × 3 results, plus 3 per item). */
export function compareAllHabits(daily: readonly DailyPoint[], opts: CompareOptions = {}): HabitComparison[] {
	const min = opts.minDaysPerGroup ?? DEFAULT_MIN_DAYS_PER_GROUP;
	const partners = LAGS.map((lag) => laggedIndex(daily, lag));
	return habitsFor(daily).flatMap((habit) =>
		LAGS.map((lag, k) => compareWith(daily, habit, lag, partners[k]!, min))
	);
}
