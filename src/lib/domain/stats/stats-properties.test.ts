import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../time';
import type { Logs } from '../types';
import { summarizeComparison } from './comparison-summary';
import { dailySeries, trackedStart } from './daily-series';
import { compareAllHabits, HABIT_IDS, LAGS, type HabitComparison } from './habit-comparison';
import { logsOf, randomLogs, shuffled } from '$test-support/log-factories';
import { poissonRateRatio } from './rate-ratio';

// Each property draws a seed for the seeded log factory, so a counterexample reproduces from its seed alone.
const seed = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const goals = { waterGoalMl: 2000, stretchGoalMin: 10 };
const reference = { magnesium: 420, potassium: 3400, calcium: 1000, sodium: 1500 };
const FROM = '2026-02-20';

function shuffleAll(logs: Logs, s: number): Logs {
	return logsOf({
		episodes: shuffled(logs.episodes, s),
		water: shuffled(logs.water, s + 1),
		foods: shuffled(logs.foods, s + 2),
		stretches: shuffled(logs.stretches, s + 3),
		exercise: shuffled(logs.exercise, s + 4)
	});
}

describe('dailySeries properties', () => {
	it('shuffling the records never changes the series', () => {
		fc.assert(
			fc.property(seed, seed, (logSeed, shuffleSeed) => {
				const logs = randomLogs(logSeed, FROM, 60);
				const to = addDays(FROM, 59);
				expect(dailySeries(shuffleAll(logs, shuffleSeed), { to, ...goals })).toEqual(
					dailySeries(logs, { to, ...goals })
				);
			}),
			{ numRuns: 50 }
		);
	});

	it('daily episode counts sum to the episodes in the range', () => {
		fc.assert(
			fc.property(seed, fc.integer({ min: 0, max: 80 }), (logSeed, span) => {
				const logs = randomLogs(logSeed, FROM, 60);
				const start = trackedStart(logs);
				const to = addDays(FROM, span);
				const series = dailySeries(logs, { to, ...goals });
				const inRange = logs.episodes.filter((e) => start !== null && e.day >= start && e.day <= to);
				expect(series.reduce((n, p) => n + p.episodesAllKinds, 0)).toBe(inRange.length);
			}),
			{ numRuns: 100 }
		);
	});

	it('is one point per calendar day from the tracked start, in order', () => {
		fc.assert(
			fc.property(seed, fc.integer({ min: 0, max: 400 }), (logSeed, span) => {
				const logs = randomLogs(logSeed, FROM, 30);
				const start = trackedStart(logs);
				fc.pre(start !== null);
				const to = addDays(FROM, span);
				const days = dailySeries(logs, { to, ...goals }).map((p) => p.day);
				const expected = Array.from({ length: Math.max(0, daysBetween(start!, to) + 1) }, (_, i) =>
					addDays(start!, i)
				);
				expect(days).toEqual(expected);
			}),
			{ numRuns: 50 }
		);
	});
});

describe('comparison properties', () => {
	it('every day with a day `lag` later in the series lands in exactly one group', () => {
		fc.assert(
			fc.property(seed, fc.integer({ min: 0, max: 60 }), (logSeed, span) => {
				const daily = dailySeries(randomLogs(logSeed, FROM, 60), { to: addDays(FROM, span), ...goals });
				for (const r of compareAllHabits(daily, reference)) {
					expect(r.met.days + r.notMet.days).toBe(Math.max(0, daily.length - r.lag));
				}
			}),
			{ numRuns: 50 }
		);
	});

	it('the interval always contains the estimate, and swapping the groups inverts it', () => {
		const count = fc.integer({ min: 0, max: 500 });
		const days = fc.integer({ min: 1, max: 4000 });
		fc.assert(
			fc.property(count, days, count, days, (a, t1, b, t0) => {
				const r = poissonRateRatio(a, t1, b, t0);
				const swapped = poissonRateRatio(b, t0, a, t1);
				expect(r.lower).toBeLessThanOrEqual(r.estimate);
				expect(r.estimate).toBeLessThanOrEqual(r.upper);
				expect(swapped.estimate * r.estimate).toBeCloseTo(1, 9);
			})
		);
	});

	it('a summary never claims a cause', () => {
		// Words that would turn an association into a claim about what the habit does.
		const causal =
			/\b(caus\w*|because|help\w*|prevent\w*|reduc\w*|improv\w*|lead\w*|due to|works?|effect\w*)\b/i;
		const group = fc.record({ days: fc.nat({ max: 3650 }), episodes: fc.nat({ max: 10000 }) });
		const comparison: fc.Arbitrary<HabitComparison> = fc
			.record({
				habit: fc.constantFrom(...HABIT_IDS),
				lag: fc.constantFrom(...LAGS),
				met: group,
				notMet: group,
				minDaysPerGroup: fc.integer({ min: 1, max: 30 }),
				status: fc.constantFrom('not-enough-data', 'no-episodes', 'compared' as const),
				lower: fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
				width: fc.double({ min: 1, max: 1e3, noNaN: true })
			})
			.map(({ met, notMet, status, lower, width, ...rest }) => {
				const withRate = (g: { days: number; episodes: number }) => ({
					...g,
					rate: g.days ? g.episodes / g.days : null
				});
				const base = { ...rest, met: withRate(met), notMet: withRate(notMet) };
				if (status !== 'compared') return { ...base, status };
				return {
					...base,
					status,
					rateRatio: { estimate: lower, lower, upper: lower * width, continuityCorrected: false }
				};
			});
		fc.assert(
			fc.property(comparison, (c) => {
				expect(summarizeComparison(c)).not.toMatch(causal);
			})
		);
	});
});
