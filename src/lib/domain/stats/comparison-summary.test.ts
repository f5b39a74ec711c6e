import { describe, expect, it } from 'vitest';
import { formatRate, formatRatio, summarizeComparison } from './comparison-summary';
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
	ci: [number, number]
): HabitComparison {
	return {
		habit,
		lag,
		met: group(...met),
		notMet: group(...notMet),
		minDaysPerGroup: 7,
		status: 'compared',
		rateRatio: { estimate: 0.4, lower: ci[0], upper: ci[1], continuityCorrected: false }
	};
}

describe('summarizeComparison', () => {
	cases([
		[
			'same day',
			() => summarizeComparison(compared('water-goal', 0, [14, 6], [9, 10], [0.2, 0.7])),
			'On the 14 days you met your water goal you had 0.4 spasms or cramps a day; on the other 9 days, 1.1 — 95% interval for the ratio 0.2–0.7.'
		],
		[
			'next day',
			() => summarizeComparison(compared('magnesium', 1, [10, 5], [20, 10], [0.4, 2.3])),
			'On the days after the 10 days you reached the magnesium reference intake you had 0.5 spasms or cramps a day; after the other 20 days, 0.5 — 95% interval for the ratio 0.4–2.3.'
		],
		[
			'two days later',
			() => summarizeComparison(compared('any-stretch', 2, [8, 0], [12, 3], [0.004, 12.4])),
			'Two days after the 8 days you stretched you had 0 spasms or cramps a day; two days after the other 12 days, 0.3 — 95% interval for the ratio 0.004–12.'
		],
		[
			'not enough data',
			() =>
				summarizeComparison({
					habit: 'stretch-goal',
					lag: 1,
					met: group(3, 1),
					notMet: group(12, 4),
					minDaysPerGroup: 7,
					status: 'not-enough-data'
				}),
			"Not enough data yet to compare spasms or cramps the next day: this needs at least 7 days when you met your stretching goal and 7 when you didn't; so far there are 3 and 12."
		],
		[
			'no episodes in either group',
			() =>
				summarizeComparison({
					habit: 'calcium',
					lag: 0,
					met: group(7, 0),
					notMet: group(9, 0),
					minDaysPerGroup: 7,
					status: 'no-episodes'
				}),
			'On the 7 days you reached the calcium reference intake, and on the other 9 days, you had no spasms or cramps, so there is nothing to compare yet.'
		],
		[
			'a single day is "1 day"',
			() => summarizeComparison(compared('sodium', 0, [1, 1], [1, 0], [1, 2])),
			'On the 1 day you reached the sodium reference intake you had 1.0 spasms or cramps a day; on the other 1 day, 0 — 95% interval for the ratio 1.0–2.0.'
		]
	]);
});

describe('number formatting', () => {
	cases([
		['a zero rate is 0', () => formatRate(0), '0'],
		['a small rate keeps two decimals', () => formatRate(0.03), '0.03'],
		['rates otherwise one decimal', () => formatRate(1.06), '1.1'],
		['ratio below 0.1: one significant digit', () => formatRatio(0.0046), '0.005'],
		['ratio from 0.1 to 10: one decimal', () => formatRatio(0.66), '0.7'],
		['ratio of 10 or more: whole', () => formatRatio(12.4), '12']
	]);
});
