import { describe, expect, it } from 'vitest';
import { histories, type SimulationModel } from '$test-support/trends-simulation';
import { compareHabit, habitsFor, type HabitComparison } from './habit-comparison';
import { comparisonClaim, comparisonVerdict } from './trends-summaries';

/**
 * How often Trends says "fewer" or "more" for a habit that does nothing, when spasms come in flares
 * (~5 days) and the habit is kept in streaks (~7 days): the audit's hardest realistic case.
 *
 * Small by default (200 histories) so the suite stays quick. For the full figures run e.g.
 *   TRENDS_SIM_HISTORIES=2000 npx vitest run src/lib/domain/stats/false-claims.test.ts
 * which prints a table (the assertions hold at any size).
 */
const HISTORIES = Number(process.env.TRENDS_SIM_HISTORIES ?? 200);
const SEED = 20261201;

const FLARES: Omit<SimulationModel, 'days'> = {
	baseRate: 0.3,
	flareRate: 1.5,
	meanFlareDays: 5,
	flareShare: 0.2,
	habitStreakDays: 7
};

interface Rates {
	/** Same-day interval wholly on one side of 1. */
	interval: number;
	/** Said without "could be chance": also at the neighbouring lag, same direction. */
	plain: number;
	/** Interval wholly below 1 (for power). */
	fewer: number;
	plainFewer: number;
	compared: number;
}

function rates(model: SimulationModel, count = HISTORIES): Rates {
	let interval = 0;
	let plain = 0;
	let fewer = 0;
	let plainFewer = 0;
	let compared = 0;
	for (const daily of histories(model, count, SEED)) {
		const water = habitsFor(daily)[0]!;
		const both: HabitComparison[] = [compareHabit(daily, water, 0), compareHabit(daily, water, 1)];
		const lag0 = both[0]!;
		const verdict = comparisonVerdict(lag0);
		const claim = comparisonClaim(lag0, both);
		if (lag0.status === 'compared') compared += 1;
		if (verdict === 'fewer' || verdict === 'more') interval += 1;
		if (claim === 'fewer' || claim === 'more') plain += 1;
		if (verdict === 'fewer') fewer += 1;
		if (claim === 'fewer') plainFewer += 1;
	}
	const share = (n: number) => n / count;
	return {
		interval: share(interval),
		plain: share(plain),
		fewer: share(fewer),
		plainFewer: share(plainFewer),
		compared: share(compared)
	};
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const report: string[] = [];

// 200 histories give a rate to about ±2 points (one standard error), so one cell of 200 can land just
// above 10% when the true rate is 7–8% (this seed's 365-day cell reads 10.5%; 2,000 histories read
// 7.5%). The bound is therefore on the four flare cells pooled (800 histories), with a looser per-cell
// bound that a true rate of 8% would break about once in a hundred seeds.
const flareCells: number[] = [];

describe(`false claims with no real effect (${HISTORIES} histories a cell, seed ${SEED})`, () => {
	it.each([
		[90, 0],
		[365, 0],
		[90, 0.1],
		[365, 0.1]
	])(
		'flares and habit streaks, %i days, share %f not logged: few say fewer or more',
		(days, untrackedShare) => {
			const r = rates({ ...FLARES, days, untrackedShare });
			report.push(
				`flares + streaks, ${days} d, ${pct(untrackedShare)} unlogged: interval ${pct(r.interval)}, plain ${pct(r.plain)}, compared ${pct(r.compared)}`
			);
			flareCells.push(r.interval);
			expect(r.compared).toBeGreaterThan(0.9);
			expect(r.interval).toBeLessThanOrEqual(0.125);
			expect(r.plain).toBeLessThanOrEqual(r.interval);
		},
		600_000
	);

	it('pooled over the flare cells: at most 1 in 10', () => {
		const pooled = flareCells.reduce((a, b) => a + b, 0) / flareCells.length;
		report.push(`flare cells pooled: ${pct(pooled)}`);
		expect(flareCells).toHaveLength(4);
		expect(pooled).toBeLessThanOrEqual(0.1);
	});

	it('independent days, 365 days: a true 30% reduction is found in at least 40% of histories', () => {
		const r = rates({ days: 365, baseRate: 0.5, effect: 0.7 });
		report.push(`power, RR 0.7, independent, 365 d: interval ${pct(r.fewer)}, plain ${pct(r.plainFewer)}`);
		console.log(report.join('\n'));
		expect(r.fewer).toBeGreaterThanOrEqual(0.4);
	}, 600_000);
});
