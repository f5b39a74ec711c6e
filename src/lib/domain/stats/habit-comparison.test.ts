import { describe, expect, it } from 'vitest';
import { addDays } from '../time';
import type { Day } from '../types';
import { dailySeries, type DailyPoint } from './daily-series';
import {
	compareAllHabits,
	compareHabit,
	HABIT_IDS,
	habitsFor,
	LAGS,
	median,
	type Habit,
	type HabitComparison,
	type Lag
} from './habit-comparison';
import { episode, exercise, food, logsOf, stretch, water } from '$test-support/log-factories';
import { blockSandwichRateRatio } from './rate-ratio';

function cases(rows: ReadonlyArray<readonly [name: string, actual: () => unknown, expected: unknown]>) {
	for (const [name, actual, expected] of rows) it(name, () => expect(actual()).toEqual(expected));
}

const goals = { waterGoalMl: 2000, stretchGoalMin: 10 };
const [waterGoal, exerciseExtra, , , , stretchGoal, anyStretch] = habitsFor([]) as [
	Habit,
	Habit,
	Habit,
	Habit,
	Habit,
	Habit,
	Habit
];

/** Days from `start`, each `[habit met?, spasm/cramp episodes]`; every other field a plain zero day. */
function points(start: Day, rows: ReadonlyArray<readonly [boolean, number]>): DailyPoint[] {
	return rows.map(([met, episodes], i) => ({
		day: addDays(start, i),
		tracked: true,
		foodLogged: false,
		episodes,
		episodesAllKinds: episodes,
		episodeMinutes: 0,
		meanIntensity: episodes ? 5 : null,
		ratedEpisodes: episodes,
		maxIntensity: episodes ? 5 : null,
		waterMl: met ? 2000 : 0,
		waterGoalMl: 2000,
		waterGoalPct: met ? 100 : 0,
		waterGoalMet: met,
		waterSetGoalMet: met,
		exerciseExtraMl: 0,
		mg: { magnesium: 0, potassium: 0, calcium: 0, sodium: 0 },
		stretchMin: 0,
		stretchGoalMet: false,
		exerciseMin: 0,
		taken: []
	}));
}
const repeat = <T>(n: number, row: T): T[] => Array.from({ length: n }, () => row);

/**
 * Lag alignment on real records: water goal met on `habitDay` only, and on each day of the window
 * (habitDay − 1 … habitDay + 3) a different number of episodes, so the met group's count names the
 * day it was paired with. Pairing must come from the stored days, never from the episode times.
 */
function metEpisodesAtLag(habitDay: Day, lag: Lag): number {
	const first = addDays(habitDay, -1);
	const episodes = [];
	for (let i = 0; i < 5; i++) {
		const day = addDays(first, i);
		for (let k = 0; k <= i; k++) episodes.push(episode(day, { startedAt: `${day}T03:30:00.000+02:00` }));
	}
	const logs = logsOf({ episodes, water: [water(habitDay, 2000)] });
	const daily = dailySeries(logs, { from: first, to: addDays(first, 4), ...goals });
	return compareHabit(daily, waterGoal, lag, { minDaysPerGroup: 1 }).met.episodes;
}
/** Episodes the window above puts on `day`. */
const episodesOn = (habitDay: Day, day: Day) => {
	const offset = Math.round((Date.parse(day) - Date.parse(addDays(habitDay, -1))) / 86_400_000);
	return offset + 1;
};

describe('compareHabit: lag pairs day d with day d + lag', () => {
	const rows: ReadonlyArray<readonly [habitDay: Day, lag: Lag, partner: Day]> = [
		['2026-03-28', 0, '2026-03-28'],
		['2026-03-28', 1, '2026-03-29'], // Berlin spring-forward day
		['2026-03-28', 2, '2026-03-30'],
		['2026-03-29', 1, '2026-03-30'],
		['2026-10-24', 1, '2026-10-25'], // Berlin fall-back day
		['2026-10-25', 1, '2026-10-26'],
		['2026-10-24', 2, '2026-10-26'],
		['2026-01-31', 1, '2026-02-01'],
		['2026-02-28', 1, '2026-03-01'],
		['2026-02-27', 2, '2026-03-01'],
		['2024-02-28', 1, '2024-02-29'],
		['2024-02-28', 2, '2024-03-01'],
		['2025-12-31', 1, '2026-01-01'],
		['2026-10-31', 1, '2026-11-01'],
		['2026-10-30', 2, '2026-11-01']
	];
	for (const [habitDay, lag, partner] of rows) {
		it(`${habitDay} at lag ${lag} → ${partner}`, () => {
			expect(metEpisodesAtLag(habitDay, lag)).toBe(episodesOn(habitDay, partner));
		});
	}
});

describe('compareHabit: groups', () => {
	// Met on day 2 only; episodes 0,0,3,5,0 (the 3 and 5 land on the spring-forward day and after).
	const daily = points('2026-03-27', [
		[false, 0],
		[true, 0],
		[false, 3],
		[false, 5],
		[false, 0]
	]);
	const at = (lag: Lag) => compareHabit(daily, waterGoal, lag, { minDaysPerGroup: 1 });
	cases([
		['lag 0: met group', () => at(0).met, { days: 1, episodes: 0, rate: 0 }],
		['lag 0: other group', () => at(0).notMet, { days: 4, episodes: 8, rate: 2 }],
		['lag 1: met group', () => at(1).met, { days: 1, episodes: 3, rate: 3 }],
		['lag 1: other group (last day sits out)', () => at(1).notMet, { days: 3, episodes: 5, rate: 5 / 3 }],
		['lag 2: met group', () => at(2).met, { days: 1, episodes: 5, rate: 5 }],
		['lag 2: other group (last two days sit out)', () => at(2).notMet, { days: 2, episodes: 3, rate: 1.5 }],
		[
			'a habit day whose next day is past the range is not paired',
			() => compareHabit(daily.slice(0, 2), waterGoal, 1, { minDaysPerGroup: 1 }).met.days,
			0
		],
		[
			'a gap in the series drops the pairs across it',
			() => compareHabit([daily[0]!, daily[2]!], waterGoal, 1, { minDaysPerGroup: 1 }).notMet.days,
			0
		]
	]);
});

describe('compareHabit: status and minimum days', () => {
	const status = (d: DailyPoint[], opts?: { minDaysPerGroup?: number }) =>
		compareHabit(d, waterGoal, 0, opts).status;
	const mixed = (met: number, notMet: number) =>
		points('2026-01-01', [...repeat(met, [true, 1] as const), ...repeat(notMet, [false, 2] as const)]);
	cases([
		['empty series', () => status([]), 'not-enough-data'],
		['a single day', () => status(points('2026-01-01', [[true, 1]])), 'not-enough-data'],
		['6 met days is one short of the default 7', () => status(mixed(6, 10)), 'not-enough-data'],
		['6 other days is one short too', () => status(mixed(10, 6)), 'not-enough-data'],
		['7 and 21 is enough', () => status(mixed(7, 21)), 'compared'],
		['7 and 7 is too few pairs for two blocks of 14', () => status(mixed(7, 7)), 'not-enough-data'],
		['14 and 14 is enough', () => status(mixed(14, 14)), 'compared'],
		['a lower minimum is honoured', () => status(mixed(3, 25), { minDaysPerGroup: 3 }), 'compared'],
		[
			'what is missing is counted',
			() => {
				const r = compareHabit(mixed(4, 10), waterGoal, 0);
				return r.status === 'not-enough-data' && r.missing;
			},
			{ metDays: 3, otherDays: 0, pairedDays: 14 }
		],
		[
			'a minimum of 0 still needs a day in each group',
			() => status(mixed(5, 0), { minDaysPerGroup: 0 }),
			'not-enough-data'
		],
		['all days met', () => status(mixed(30, 0)), 'not-enough-data'],
		[
			'all days met: the other rate is null',
			() => compareHabit(mixed(30, 0), waterGoal, 0).notMet.rate,
			null
		],
		['no day met', () => status(mixed(0, 30)), 'not-enough-data'],
		['no day met: the met rate is null', () => compareHabit(mixed(0, 30), waterGoal, 0).met.rate, null],
		[
			'enough days but no episodes',
			() =>
				status(points('2026-01-01', [...repeat(14, [true, 0] as const), ...repeat(14, [false, 0] as const)])),
			'no-episodes'
		],
		['the minimum used is reported', () => compareHabit(mixed(1, 1), waterGoal, 0).minDaysPerGroup, 7]
	]);

	it('the ratio is the block sandwich rate ratio of met over not met, pairs in day order', () => {
		const r = compareHabit(mixed(14, 19), waterGoal, 0);
		const met = [...repeat(14, true), ...repeat(19, false)];
		const y = [...repeat(14, 1), ...repeat(19, 2)];
		expect(r.status === 'compared' && r.rateRatio).toEqual(blockSandwichRateRatio(met, y));
		expect(r.pairs).toBe(33);
	});
});

describe('compareHabit: only tracked days are paired', () => {
	const forgetting = (i: number) => i % 5 === 4; // every fifth day nothing was logged
	const daily = points(
		'2026-01-01',
		Array.from({ length: 40 }, (_, i) => [i % 2 === 0, i % 3] as const)
	).map((p, i) => (forgetting(i) ? { ...p, tracked: false, episodes: 0, waterSetGoalMet: false } : p));
	const at = (lag: Lag) => compareHabit(daily, waterGoal, lag, { minDaysPerGroup: 1 });
	const expected = (lag: Lag) => {
		let pairs = 0;
		for (let i = 0; i + lag < 40; i++) if (!forgetting(i) && !forgetting(i + lag)) pairs += 1;
		return pairs;
	};
	cases([
		['lag 0: the 8 forgotten days sit out', () => at(0).pairs, 32],
		['lag 1: a pair sits out when either day was forgotten', () => at(1).pairs, expected(1)],
		['lag 2: likewise', () => at(2).pairs, expected(2)],
		[
			'a forgotten day adds no zero to the other group',
			() => at(0).notMet.episodes,
			daily.filter((p, i) => !forgetting(i) && !p.waterSetGoalMet).reduce((n, p) => n + p.episodes, 0)
		]
	]);

	it('a check-in makes an otherwise empty day tracked', () => {
		const logs = logsOf({
			episodes: [episode('2026-02-01')],
			checkins: [
				{
					id: '00000000-0000-4000-8000-000000000001',
					day: '2026-02-02',
					at: '2026-02-02T19:00:00.000+01:00',
					updatedAt: '2026-02-02T19:00:00.000+01:00'
				}
			]
		});
		const d = dailySeries(logs, { to: '2026-02-03', ...goals });
		expect(d.map((p) => p.tracked)).toEqual([true, true, false]);
	});
});

describe('habitsFor', () => {
	const day = (over: Partial<DailyPoint>): DailyPoint => ({
		...points('2026-01-01', [[false, 0]])[0]!,
		...over
	});
	const mg = (magnesium: number) => ({ magnesium, potassium: 0, calcium: 0, sodium: 0 });
	// Five food days (median 150 mg magnesium) and a day without food, whose 0 mg must not count.
	const series = [100, 150, 200, 120, 300].map((m) => day({ foodLogged: true, mg: mg(m) }));
	series.push(day({ mg: mg(0) }));
	const magnesium = habitsFor(series)[2]!;
	cases([
		['ids in order', () => habitsFor([]).map((h) => h.id), [...HABIT_IDS]],
		['water goal is the goal the person set', () => waterGoal.isMet(day({ waterSetGoalMet: true })), true],
		[
			'water goal ignores the exercise extra',
			() => waterGoal.isMet(day({ waterSetGoalMet: true, waterGoalMet: false, exerciseExtraMl: 240 })),
			true
		],
		['the exercise extra is judged on exercise days only', () => exerciseExtra.applies?.(day({})), false],
		[
			'the exercise extra is met when the raised goal is',
			() => exerciseExtra.isMet(day({ exerciseExtraMl: 240, waterGoalMet: true })),
			true
		],
		['mineral median is over days with food logged', () => magnesium.thresholdMg, 150],
		['mineral at the median is met', () => magnesium.isMet(day({ foodLogged: true, mg: mg(150) })), true],
		['mineral below it is not', () => magnesium.isMet(day({ foodLogged: true, mg: mg(149.9) })), false],
		['a day without food says nothing about minerals', () => magnesium.applies?.(day({ mg: mg(0) })), false],
		['median of an even count', () => median([1, 4, 2, 3]), 2.5],
		['median of nothing', () => median([]), null],
		['stretch goal follows the day’s flag', () => stretchGoal.isMet(day({ stretchGoalMet: true })), true],
		['any stretching: half a minute counts', () => anyStretch.isMet(day({ stretchMin: 0.5 })), true],
		['any stretching: none does not', () => anyStretch.isMet(day({ stretchMin: 0 })), false]
	]);

	it('exercise days from real records carry the extra', () => {
		const logs = logsOf({ water: [water('2026-03-01', 2100)], exercise: [exercise('2026-03-01', 40)] });
		const [p] = dailySeries(logs, { to: '2026-03-01', ...goals });
		expect(p).toMatchObject({ waterSetGoalMet: true, waterGoalMet: false, exerciseExtraMl: 480 });
	});

	it('food days from real records are marked', () => {
		const logs = logsOf({
			foods: [food('2026-03-01', { magnesium: 80 })],
			water: [water('2026-03-02', 500)]
		});
		expect(dailySeries(logs, { to: '2026-03-02', ...goals }).map((p) => p.foodLogged)).toEqual([true, false]);
	});
});

describe('compareAllHabits', () => {
	const logs = logsOf({
		episodes: [episode('2026-05-01'), episode('2026-05-09')],
		stretches: [stretch('2026-05-02', 30)]
	});
	const all: HabitComparison[] = compareAllHabits(dailySeries(logs, { to: '2026-05-20', ...goals }));
	cases([
		[
			'every habit at every lag, habit-major',
			() => all.map((r) => `${r.habit}@${r.lag}`),
			HABIT_IDS.flatMap((h) => LAGS.map((l) => `${h}@${l}`))
		],
		[
			'matches compareHabit for the same pair',
			() => all[19],
			compareHabit(dailySeries(logs, { to: '2026-05-20', ...goals }), anyStretch, 1)
		],
		['passes the minimum through', () => compareAllHabits([], { minDaysPerGroup: 2 })[0]?.minDaysPerGroup, 2]
	]);
});
