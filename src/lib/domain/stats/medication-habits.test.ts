import { describe, expect, it } from 'vitest';
import { addDays } from '../time';
import { dose, episode, logsOf, water } from '$test-support/log-factories';
import { claimLabel, comparisonClaim, habitLabel, summarizeComparisons } from './trends-summaries';
import { summarizeComparison } from './comparison-summary';
import { dailySeries } from './daily-series';
import {
	compareAllHabits,
	HABIT_IDS,
	habitsFor,
	medicationHabitId,
	medicationHabits
} from './habit-comparison';
import { trendsReport } from './trends-report';

const START = '2026-01-01';
const days = (n: number) => Array.from({ length: n }, (_, i) => addDays(START, i));
const goals = { waterGoalMl: 2000, stretchGoalMin: 10 };

/** 56 tracked days (water every day); magnesium on the first `taken` days, a cramp on every other day. */
function history(taken: number, name = 'Magnesium glycinate') {
	return logsOf(
		...days(56).map((d) => water(d, 500)),
		...days(taken).map((d) => dose(d, name, { kind: 'supplement' })),
		...days(56)
			.filter((_, i) => i % 2 === 1)
			.map((d) => episode(d))
	);
}

const seriesOf = (logs: ReturnType<typeof history>) =>
	dailySeries(logs, { to: addDays(START, 55), ...goals });

describe('took <item> habits', () => {
	it('lists the items a day had, once each, names compared without case or extra spaces', () => {
		const logs = logsOf(dose(START, 'Baclofen'), dose(START, ' baclofen '), dose(START, 'Magnesium'));
		expect(dailySeries(logs, { to: START, ...goals })[0]!.taken).toEqual(['Magnesium', 'baclofen']);
	});

	it('a dose alone makes the day tracked', () => {
		expect(dailySeries(logsOf(dose(START, 'Baclofen')), { to: START, ...goals })[0]!.tracked).toBe(true);
	});

	it('needs 7 days taken: 6 days add no habit', () => {
		expect(medicationHabits(seriesOf(history(6)))).toEqual([]);
		expect(habitsFor(seriesOf(history(6))).map((h) => h.id)).toEqual([...HABIT_IDS]);
	});

	it('7 days taken add one habit after the fixed ones, named as written', () => {
		const habits = habitsFor(seriesOf(history(7)));
		expect(habits.map((h) => h.id)).toEqual([...HABIT_IDS, 'took:magnesium glycinate']);
		expect(habits.at(-1)!.item).toBe('Magnesium glycinate');
	});

	it('orders items by days taken, most first', () => {
		const logs = logsOf(history(8, 'Zinc'), { medications: days(20).map((d) => dose(d, 'Baclofen')) });
		expect(medicationHabits(seriesOf(logs)).map((h) => h.id)).toEqual(['took:baclofen', 'took:zinc']);
	});

	it('compares days taken against the other tracked days, at every lag', () => {
		const all = compareAllHabits(seriesOf(history(28)));
		const took = all.filter((c) => c.habit === medicationHabitId('Magnesium glycinate'));
		expect(took.map((c) => c.lag)).toEqual([0, 1, 2]);
		const same = took[0]!;
		expect([same.met.days, same.notMet.days]).toEqual([28, 28]);
		expect([same.met.episodes, same.notMet.episodes]).toEqual([14, 14]);
		expect(same.status).toBe('compared');
	});

	it('says what is missing in its own words', () => {
		// 10 days taken, but only 20 tracked days: not enough pairs.
		const logs = logsOf(...days(20).map((d) => water(d, 500)), ...days(10).map((d) => dose(d, 'Baclofen')));
		const c = compareAllHabits(dailySeries(logs, { to: addDays(START, 19), ...goals })).find(
			(r) => r.habit === 'took:baclofen' && r.lag === 0
		)!;
		expect(summarizeComparison(c)).toBe(
			'Not enough data yet to compare spasms or cramps the same day: it needs 8 more tracked days in all ' +
				'(at least 7 days in each group and 28 tracked days in all; so far 10 and 10).'
		);
	});

	it('reads like the other habits in labels, sentences and claims', () => {
		const all = compareAllHabits(seriesOf(history(28)));
		const c = all.find((r) => r.habit === 'took:magnesium glycinate' && r.lag === 0)!;
		expect(habitLabel(c, 10)).toBe('Took Magnesium glycinate');
		expect(summarizeComparison(c)).toMatch(
			/^On the 28 days you logged Magnesium glycinate you had 0\.5 spasms or cramps a day; on the other 28 days, 0\.5\./
		);
		expect(claimLabel(comparisonClaim(c, all), 0)).toBe('Unclear: the interval includes 1');
		expect(summarizeComparisons([c], 7, all)).toBe('Unclear for taking Magnesium glycinate.');
	});

	it('Trends shows them with the other habits', () => {
		const report = trendsReport(history(28), {
			range: 90,
			today: addDays(START, 55),
			trackedStart: START,
			...goals
		});
		expect(new Set(report.comparisons.map((c) => c.habit)).size).toBe(HABIT_IDS.length + 1);
	});
});
