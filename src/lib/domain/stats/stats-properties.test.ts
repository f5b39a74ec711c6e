import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../time';
import type { Logs } from '../types';
import { summarizeComparison } from './comparison-summary';
import { dailySeries, trackedStart } from './daily-series';
import { compareAllHabits, HABIT_IDS, LAGS, type HabitComparison } from './habit-comparison';
import { logsOf, randomLogs, shuffled } from '$test-support/log-factories';
import { blockSandwichRateRatio } from './rate-ratio';

// Each property draws a seed for the seeded log factory, so a counterexample reproduces from its seed alone.
const seed = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const goals = { waterGoalMl: 2000, stretchGoalMin: 10 };
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
				for (const r of compareAllHabits(daily)) {
					expect(r.met.days + r.notMet.days).toBe(r.pairs);
					// Habits judged on every tracked day pair exactly the days tracked at both ends.
					if (r.habit === 'water-goal' || r.habit === 'stretch-goal' || r.habit === 'any-stretch') {
						let both = 0;
						for (let i = 0; i + r.lag < daily.length; i++) {
							if (daily[i]!.tracked && daily[i + r.lag]!.tracked) both += 1;
						}
						expect(r.pairs).toBe(both);
					} else expect(r.pairs).toBeLessThanOrEqual(Math.max(0, daily.length - r.lag));
				}
			}),
			{ numRuns: 50 }
		);
	});

	it('the interval always contains the estimate, and swapping the groups inverts it', () => {
		const pair = fc.tuple(fc.boolean(), fc.nat({ max: 6 }));
		fc.assert(
			fc.property(fc.array(pair, { minLength: 28, maxLength: 400 }), (pairs) => {
				const met = pairs.map(([m]) => m);
				const y = pairs.map(([, n]) => n);
				const r = blockSandwichRateRatio(met, y);
				const swapped = blockSandwichRateRatio(
					met.map((m) => !m),
					y
				);
				fc.pre(r !== null && swapped !== null);
				expect(r!.lower).toBeLessThanOrEqual(r!.estimate * (1 + 1e-12));
				expect(r!.estimate).toBeLessThanOrEqual(r!.upper * (1 + 1e-12));
				expect(swapped!.estimate * r!.estimate).toBeCloseTo(1, 9);
				expect(r!.blocks).toBe(Math.floor(pairs.length / 14));
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
				const base = {
					...rest,
					met: withRate(met),
					notMet: withRate(notMet),
					pairs: met.days + notMet.days,
					thresholdMg: 200
				};
				if (status === 'not-enough-data')
					return { ...base, status, missing: { metDays: 3, otherDays: 0, pairedDays: 5 } };
				if (status !== 'compared') return { ...base, status };
				return {
					...base,
					status,
					rateRatio: {
						estimate: lower,
						lower,
						upper: lower * width,
						continuityCorrected: width > 500,
						blocks: 2,
						df: 1
					}
				};
			});
		fc.assert(
			fc.property(comparison, (c) => {
				expect(summarizeComparison(c)).not.toMatch(causal);
			})
		);
	});
});
