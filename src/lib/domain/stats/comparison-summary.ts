import { formatNumber } from '../number-format';
import {
	isMedicationHabit,
	type BuiltInHabitId,
	type HabitComparison,
	type HabitId,
	type Lag
} from './habit-comparison';

// Each phrase completes "the days …"; they describe what was logged, never what it did.
function habitPhrase(result: Pick<HabitComparison, 'habit' | 'thresholdMg' | 'item'>): string {
	if (isMedicationHabit(result.habit)) return `you logged ${itemName(result)}`;
	const mineral = (name: string) =>
		`your ${name} from logged foods was at or above your median (${mg(result.thresholdMg ?? 0)})`;
	switch (result.habit) {
		case 'water-goal':
			return 'you met your water goal';
		case 'water-exercise-extra':
			return 'you exercised and drank the extra water for it';
		case 'magnesium':
		case 'potassium':
		case 'calcium':
			return mineral(result.habit);
		case 'stretch-goal':
			return 'you met your stretching goal';
		case 'any-stretch':
			return 'you stretched';
	}
}

/** A medication habit's item as written, or its key when the result lost the name. */
export function itemName(result: Pick<HabitComparison, 'habit' | 'item'>): string {
	return result.item ?? result.habit.replace(/^took:/, '');
}

/** What "the other days" are for each habit: only days the habit could be judged on. */
const OTHER_DAYS: Record<BuiltInHabitId, [one: string, many: string]> = {
	'water-goal': ['day', 'days'],
	'water-exercise-extra': ['exercise day', 'exercise days'],
	magnesium: ['day with food logged', 'days with food logged'],
	potassium: ['day with food logged', 'days with food logged'],
	calcium: ['day with food logged', 'days with food logged'],
	'stretch-goal': ['day', 'days'],
	'any-stretch': ['day', 'days']
};

const more = (n: number, what = 'day') => `${n} more ${what}${n === 1 ? '' : 's'}`;

/** "N more …" for the two groups: [met, not met]. */
const GROUP_NEEDS: Record<BuiltInHabitId, [met: (n: number) => string, other: (n: number) => string]> = {
	'water-goal': [(n) => `${more(n)} with the water goal met`, (n) => `${more(n)} below it`],
	'water-exercise-extra': [
		(n) => `${more(n, 'exercise day')} with the extra drunk`,
		(n) => `${more(n, 'exercise day')} without it`
	],
	magnesium: [(n) => `${more(n)} with food logged at or above your median`, (n) => `${more(n)} below it`],
	potassium: [(n) => `${more(n)} with food logged at or above your median`, (n) => `${more(n)} below it`],
	calcium: [(n) => `${more(n)} with food logged at or above your median`, (n) => `${more(n)} below it`],
	'stretch-goal': [(n) => `${more(n)} with the stretching goal met`, (n) => `${more(n)} below it`],
	'any-stretch': [(n) => `${more(n)} you stretched`, (n) => `${more(n)} you didn't`]
};

type Needs = readonly [met: (n: number) => string, other: (n: number) => string];

function groupNeeds(result: Pick<HabitComparison, 'habit' | 'item'>): Needs {
	if (!isMedicationHabit(result.habit)) return GROUP_NEEDS[result.habit];
	const name = itemName(result);
	return [(n) => `${more(n)} with ${name} logged`, (n) => `${more(n)} without it`];
}

function otherDays(habit: HabitId): readonly [string, string] {
	return isMedicationHabit(habit) ? ['day', 'days'] : OTHER_DAYS[habit];
}

/** When the spasms were counted, relative to the habit day. */
export const OUTCOME_WHEN: Record<Lag, string> = {
	0: 'the same day',
	1: 'the day after',
	2: 'two days after'
};

const mg = (n: number) => `${formatNumber(Math.round(n))} mg`;
const count = (n: number, [one, many]: readonly [string, string]) =>
	`${formatNumber(n)} ${n === 1 ? one : many}`;
const days = (n: number) => count(n, ['day', 'days']);

const LEADS: Record<Lag, (n: number, habit: string) => string> = {
	0: (n, habit) => `On the ${days(n)} ${habit}`,
	1: (n, habit) => `On the days after the ${days(n)} ${habit}`,
	2: (n, habit) => `Two days after the ${days(n)} ${habit}`
};

const OTHERS: Record<Lag, (others: string) => string> = {
	0: (others) => `on the other ${others}`,
	1: (others) => `after the other ${others}`,
	2: (others) => `two days after the other ${others}`
};

/** Episodes a day: one decimal, two for small non-zero rates so they don't read as "0.0". */
export function formatRate(rate: number): string {
	if (rate === 0) return '0';
	return rate < 0.05 ? rate.toFixed(2) : rate.toFixed(1);
}

/**
 * A ratio or bound: two significant digits (whole numbers from 10), and more when rounding would put
 * it on the other side of 1 (0.996 is "0.996", never "1.0"), so a printed interval below 1 stays below 1.
 */
export function formatRatio(x: number): string {
	if (x >= 10) return String(Math.round(x));
	for (let digits = 2; digits < 7; digits++) {
		const shown = Number(x.toPrecision(digits));
		if ((x < 1 && shown < 1) || (x > 1 && shown > 1) || x === 1) return String(shown);
	}
	return String(x);
}

/** "0.21 to 0.68" */
export const formatInterval = (lower: number, upper: number) =>
	`${formatRatio(lower)} to ${formatRatio(upper)}`;

export interface SummaryOptions {
	/**
	 * Days in the period shown when it is a fixed length (7, 30, 90 or 365); a period too short to ever
	 * compare then says so instead of promising "yet".
	 */
	periodDays?: number;
	/** The fewest paired days a comparison needs (`MIN_PAIRED_DAYS`). */
	minPairedDays?: number;
}

/** "9 more days with the water goal met, 2 more days below it and 5 more tracked days in all". */
function missingParts(result: Extract<HabitComparison, { status: 'not-enough-data' }>): string {
	const [metNeeds, otherNeeds] = groupNeeds(result);
	const { metDays, otherDays, pairedDays } = result.missing;
	const parts: string[] = [];
	if (metDays > 0) parts.push(metNeeds(metDays));
	if (otherDays > 0) parts.push(otherNeeds(otherDays));
	if (pairedDays > 0) parts.push(`${more(pairedDays, 'tracked day')} in all`);
	return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * One plain sentence for a comparison, from the same numbers the result holds. It reports rates and
 * the interval only: the days were not assigned at random, so it never says the habit caused anything.
 *
 * e.g. "On the 14 days you met your water goal you had 0.4 spasms or cramps a day; on the other 9 days,
 * 1.1. Ratio 0.36, interval of about 95%: 0.2 to 0.7."
 */
export function summarizeComparison(result: HabitComparison, opts: SummaryOptions = {}): string {
	const habit = habitPhrase(result);
	const { met, notMet, lag } = result;
	const others = count(notMet.days, otherDays(result.habit));
	switch (result.status) {
		case 'not-enough-data': {
			const { periodDays, minPairedDays = 28 } = opts;
			if (periodDays !== undefined && periodDays - lag < minPairedDays) {
				return (
					`The ${days(periodDays)} shown are too short to compare spasms or cramps ${OUTCOME_WHEN[lag]}: ` +
					`a comparison needs at least ${minPairedDays} tracked days. Choose a longer period.`
				);
			}
			return (
				`Not enough data yet to compare spasms or cramps ${OUTCOME_WHEN[lag]}: it needs ` +
				`${missingParts(result)} (at least ${days(result.minDaysPerGroup)} in each group and ` +
				`${minPairedDays} tracked days in all; so far ${met.days} and ${notMet.days}).`
			);
		}
		case 'no-episodes':
			return (
				`${LEADS[lag](met.days, habit)}, and ${OTHERS[lag](others)}, you had no spasms or cramps, ` +
				`so there is nothing to compare.`
			);
		case 'compared': {
			const { estimate, lower, upper, continuityCorrected } = result.rateRatio;
			const corrected = continuityCorrected
				? ' One group had no spasms or cramps, so ½ was added to both counts before dividing.'
				: '';
			return (
				`${LEADS[lag](met.days, habit)} you had ${formatRate(met.rate ?? 0)} spasms or cramps a day; ` +
				`${OTHERS[lag](others)}, ${formatRate(notMet.rate ?? 0)}. ` +
				`Ratio ${formatRatio(estimate)}, interval of about 95%: ${formatInterval(lower, upper)}.${corrected}`
			);
		}
	}
}
