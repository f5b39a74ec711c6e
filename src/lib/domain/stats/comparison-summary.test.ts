import { describe, expect, it } from 'vitest';
import { formatInterval, formatRate, formatRatio, summarizeComparison } from './comparison-summary';
import type { HabitComparison, HabitId, Lag } from './habit-comparison';

function cases(rows: ReadonlyArray<readonly [name: string, actual: () => unknown, expected: unknown]>) {
	for (const [name, actual, expected] of rows) it(name, () => expect(actual()).toEqual(expected));
}

const group = (days: number, episodes: number) => ({ days, episodes, rate: days ? episodes / days : null });

function compared(
	habit: HabitId,
	lag: Lag,
	met: [number, number],
	notMet: [number, number],
	ci: [number, number],
	continuityCorrected = false
): HabitComparison {
	return {
		habit,
		lag,
		met: group(...met),
		notMet: group(...notMet),
		pairs: met[0] + notMet[0],
		minDaysPerGroup: 7,
		...(['magnesium', 'potassium', 'calcium'].includes(habit) ? { thresholdMg: 182.4 } : {}),
		status: 'compared',
		rateRatio: { estimate: 0.4, lower: ci[0], upper: ci[1], continuityCorrected, blocks: 2, df: 1 }
	};
}

function notEnough(
	habit: HabitId,
	lag: Lag,
	met: number,
	notMet: number,
	missing: { metDays: number; otherDays: number; pairedDays: number }
): HabitComparison {
	return {
		habit,
		lag,
		met: group(met, 1),
		notMet: group(notMet, 4),
		pairs: met + notMet,
		minDaysPerGroup: 7,
		status: 'not-enough-data',
		missing
	};
}

// These sentences are the screen's wording; a change here is a change a person reads.
describe('summarizeComparison', () => {
	cases([
		[
			'same day',
			() => summarizeComparison(compared('water-goal', 0, [14, 6], [19, 20], [0.2, 0.7])),
			'On the 14 days you met your water goal you had 0.4 spasms or cramps a day; on the other 19 days, 1.1. Ratio 0.4, interval of about 95%: 0.2 to 0.7.'
		],
		[
			'next day, a mineral against the person’s median',
			() => summarizeComparison(compared('magnesium', 1, [15, 5], [15, 8], [0.4, 2.3])),
			'On the days after the 15 days your magnesium from logged foods was at or above your median (182 mg) you had 0.3 spasms or cramps a day; after the other 15 days with food logged, 0.5. Ratio 0.4, interval of about 95%: 0.4 to 2.3.'
		],
		[
			'two days later, continuity-corrected',
			() => summarizeComparison(compared('any-stretch', 2, [8, 0], [22, 3], [0.004, 12.4], true)),
			'Two days after the 8 days you stretched you had 0 spasms or cramps a day; two days after the other 22 days, 0.1. Ratio 0.4, interval of about 95%: 0.004 to 12. One group had no spasms or cramps, so ½ was added to both counts before dividing.'
		],
		[
			'the exercise extra names exercise days',
			() => summarizeComparison(compared('water-exercise-extra', 0, [10, 2], [20, 10], [0.1, 1.5])),
			'On the 10 days you exercised and drank the extra water for it you had 0.2 spasms or cramps a day; on the other 20 exercise days, 0.5. Ratio 0.4, interval of about 95%: 0.1 to 1.5.'
		],
		[
			'not enough data says what is missing, in numbers',
			() =>
				summarizeComparison(notEnough('water-goal', 1, 3, 12, { metDays: 4, otherDays: 0, pairedDays: 13 })),
			'Not enough data yet to compare spasms or cramps the day after: it needs 4 more days with the water goal met and 13 more tracked days in all (at least 7 days in each group and 28 tracked days in all; so far 3 and 12).'
		],
		[
			'one missing day is singular',
			() =>
				summarizeComparison(notEnough('any-stretch', 0, 27, 6, { metDays: 0, otherDays: 1, pairedDays: 0 })),
			"Not enough data yet to compare spasms or cramps the same day: it needs 1 more day you didn't (at least 7 days in each group and 28 tracked days in all; so far 27 and 6)."
		],
		[
			'a fixed period too short to ever compare does not promise "yet"',
			() =>
				summarizeComparison(notEnough('water-goal', 0, 3, 4, { metDays: 4, otherDays: 3, pairedDays: 21 }), {
					periodDays: 7
				}),
			'The 7 days shown are too short to compare spasms or cramps the same day: a comparison needs at least 28 tracked days. Choose a longer period.'
		],
		[
			'no episodes in either group',
			() =>
				summarizeComparison({
					habit: 'calcium',
					lag: 0,
					met: group(14, 0),
					notMet: group(16, 0),
					pairs: 30,
					minDaysPerGroup: 7,
					thresholdMg: 400,
					status: 'no-episodes'
				}),
			'On the 14 days your calcium from logged foods was at or above your median (400 mg), and on the other 16 days with food logged, you had no spasms or cramps, so there is nothing to compare.'
		],
		[
			'a single day is "1 day"',
			() => summarizeComparison(compared('stretch-goal', 0, [1, 1], [1, 0], [1.01, 2])),
			'On the 1 day you met your stretching goal you had 1.0 spasms or cramps a day; on the other 1 day, 0. Ratio 0.4, interval of about 95%: 1.01 to 2.'
		]
	]);
});

describe('number formatting', () => {
	cases([
		['a zero rate is 0', () => formatRate(0), '0'],
		['a small rate keeps two decimals', () => formatRate(0.03), '0.03'],
		['rates otherwise one decimal', () => formatRate(1.06), '1.1'],
		['ratio below 0.1: two significant digits', () => formatRatio(0.0046), '0.0046'],
		['ratio from 0.1 to 10: two significant digits', () => formatRatio(0.664), '0.66'],
		['ratio of 10 or more: whole', () => formatRatio(12.4), '12'],
		['a bound just below 1 never reads 1', () => formatRatio(0.996), '0.996'],
		['nor 0.999 → 1', () => formatRatio(0.99996), '0.99996'],
		['a bound just above 1 never reads 1', () => formatRatio(1.004), '1.004'],
		['exactly 1 is 1', () => formatRatio(1), '1'],
		['an interval below 1 prints below 1', () => formatInterval(0.31, 0.96), '0.31 to 0.96']
	]);
});
