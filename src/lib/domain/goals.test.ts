import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXTRA_ML_PER_EXERCISE_MINUTE, waterGoalForDay } from './goals';

const FC_PARAMS = { seed: Number(process.env.FC_SEED) || 20261124, numRuns: 300 };

describe('waterGoalForDay', () => {
	it('adds 240 ml per 20 minutes of exercise (about 8 fl oz every 15–30 min of exercise)', () => {
		expect(EXTRA_ML_PER_EXERCISE_MINUTE * 20).toBe(240);
	});

	const cases: [label: string, base: number, minutes: number, goal: number][] = [
		['no exercise', 2000, 0, 2000],
		['20 minutes', 2000, 20, 2240],
		['30 minutes', 2000, 30, 2360],
		['an hour on a 2.5 L goal', 2500, 60, 3220],
		['the most one session may log', 2000, 600, 9200],
		['negative minutes count as none', 2000, -30, 2000]
	];
	it.each(cases.map(([label, base, minutes, goal]) => ({ label, base, minutes, goal })))(
		'$label → $goal ml',
		({ base, minutes, goal }) => {
			expect(waterGoalForDay(base, minutes)).toBe(goal);
		}
	);

	it('never falls below the base goal and grows with every minute', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 500, max: 6000 }),
				fc.integer({ min: -100, max: 1440 }),
				(base, minutes) => {
					const goal = waterGoalForDay(base, minutes);
					expect([goal >= base, waterGoalForDay(base, minutes + 1) - goal]).toEqual([
						true,
						minutes >= 0 ? EXTRA_ML_PER_EXERCISE_MINUTE : 0
					]);
				}
			),
			FC_PARAMS
		);
	});
});
