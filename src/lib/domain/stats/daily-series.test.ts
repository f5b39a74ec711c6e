import { describe, expect, it } from 'vitest';
import { dailySeries, trackedStart, type DailyPoint } from './daily-series';
import { habitsFor } from './habit-comparison';
import { episode, exercise, food, logsOf, stretch, water } from '$test-support/log-factories';
import { createEpisode } from '../records';

/** One `it` per row, one assertion each, so a new case is one line. */
function cases(rows: ReadonlyArray<readonly [name: string, actual: () => unknown, expected: unknown]>) {
	for (const [name, actual, expected] of rows) it(name, () => expect(actual()).toEqual(expected));
}

const goals = { waterGoalMl: 2000, stretchGoalMin: 10 };

// Tracked period starts 2026-01-30 with a water entry; 2026-02-01 and 2026-02-03 have no records.
const logs = logsOf({
	episodes: [
		episode('2026-01-31', { kind: 'cramp', intensity: 4, durationSec: 120 }),
		episode('2026-01-31', { kind: 'spasm', intensity: 8, durationSec: null }),
		episode('2026-01-31', { kind: 'twitch', intensity: 0, durationSec: 5 }),
		episode('2026-02-02', { kind: 'spasm', intensity: 6, durationSec: 30 }),
		episode('2026-02-05', { kind: 'cramp' })
	],
	water: [
		water('2026-01-30', 1000),
		water('2026-01-31', 1500),
		water('2026-01-31', 600),
		water('2026-02-02', 2000)
	],
	// 256.4 + 0.4 + 163.2 adds up to 419.99999999999994 in floating point.
	foods: [
		food('2026-01-31', { magnesium: 256.4, potassium: 0.2 }),
		food('2026-01-31', { magnesium: 0.4, potassium: 0.1 }),
		food('2026-01-31', { magnesium: 163.2 })
	],
	stretches: Array.from({ length: 10 }, () => stretch('2026-01-31', 60)),
	exercise: [exercise('2026-02-02', 30)]
});

const series = dailySeries(logs, { to: '2026-02-03', ...goals });
const on = (day: string): DailyPoint => {
	const p = series.find((x) => x.day === day);
	if (!p) throw new Error(`no point for ${day}`);
	return p;
};

const zeroDay = (day: string): DailyPoint => ({
	day,
	tracked: false,
	foodLogged: false,
	episodes: 0,
	episodesAllKinds: 0,
	episodeMinutes: 0,
	meanIntensity: null,
	ratedEpisodes: 0,
	maxIntensity: null,
	waterMl: 0,
	waterGoalMl: 2000,
	waterGoalPct: 0,
	waterGoalMet: false,
	waterSetGoalMet: false,
	exerciseExtraMl: 0,
	mg: { magnesium: 0, potassium: 0, calcium: 0, sodium: 0 },
	stretchMin: 0,
	stretchGoalMet: false,
	exerciseMin: 0,
	taken: []
});

describe('dailySeries: values per day', () => {
	cases([
		[
			'one point per day from the tracked start',
			() => series.map((p) => p.day),
			['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02', '2026-02-03']
		],
		['spasms and cramps are counted, twitches are not', () => on('2026-01-31').episodes, 2],
		['all kinds are counted separately', () => on('2026-01-31').episodesAllKinds, 3],
		['minutes add spasm/cramp durations, unknown adds 0', () => on('2026-01-31').episodeMinutes, 2],
		['mean intensity leaves the twitch out', () => on('2026-01-31').meanIntensity, 6],
		['max intensity', () => on('2026-01-31').maxIntensity, 8],
		['intensity is null on a day with no episodes', () => on('2026-01-30').meanIntensity, null],
		['water sums the day', () => on('2026-01-31').waterMl, 2100],
		['water % of goal', () => on('2026-01-31').waterGoalPct, 105],
		['water goal met at or above the goal', () => on('2026-01-31').waterGoalMet, true],
		['exercise raises that day’s water goal by 12 ml a minute', () => on('2026-02-02').waterGoalMl, 2360],
		['so 2,000 ml is short of it', () => on('2026-02-02').waterGoalMet, false],
		['% uses that day’s goal', () => on('2026-02-02').waterGoalPct, expect.closeTo((2000 / 2360) * 100, 9)],
		['exercise minutes', () => on('2026-02-02').exerciseMin, 30],
		[
			'minerals sum to 0.1 mg without float drift',
			() => on('2026-01-31').mg,
			{ magnesium: 420, potassium: 0.3, calcium: 0, sodium: 0 }
		],
		[
			'so a day at a median of 420 meets the mineral habit',
			() => habitsFor([on('2026-01-31')])[2]?.isMet(on('2026-01-31')),
			true
		],
		['a day with records is tracked', () => on('2026-01-31').tracked, true],
		['a day with food logged says so', () => on('2026-01-31').foodLogged, true],
		['the set goal is met without the exercise extra', () => on('2026-02-02').waterSetGoalMet, true],
		['the exercise extra is kept apart', () => on('2026-02-02').exerciseExtraMl, 360],
		['ten 60 s stretches are exactly 10 minutes', () => on('2026-01-31').stretchMin, 10],
		['stretch goal met at exactly the goal', () => on('2026-01-31').stretchGoalMet, true],
		[
			'a day with no records inside the period is an untracked zero day',
			() => on('2026-02-01'),
			zeroDay('2026-02-01')
		],
		['the last day with no records is a zero day too', () => on('2026-02-03'), zeroDay('2026-02-03')],
		['records after `to` are ignored', () => series.reduce((n, p) => n + p.episodesAllKinds, 0), 4]
	]);
});

describe('dailySeries: range and tracked period', () => {
	const days = (opts: { from?: string; to: string; trackedStart?: string | null }, l = logs) =>
		dailySeries(l, { ...opts, ...goals }).map((p) => p.day);
	cases([
		[
			'from before the first record is clamped to it',
			() => days({ from: '2025-12-01', to: '2026-01-31' }),
			['2026-01-30', '2026-01-31']
		],
		[
			'from inside the period is kept',
			() => days({ from: '2026-02-02', to: '2026-02-03' }),
			['2026-02-02', '2026-02-03']
		],
		['a range ending before the tracked start is empty', () => days({ to: '2026-01-29' }), []],
		['from after to is empty', () => days({ from: '2026-02-03', to: '2026-02-01' }), []],
		['to on the tracked start gives a single day', () => days({ to: '2026-01-30' }), ['2026-01-30']],
		['no records at all gives no days', () => days({ to: '2026-02-03' }, logsOf()), []],
		[
			'the tracked start is the first record of any kind',
			() =>
				days(
					{ to: '2026-03-02' },
					logsOf({ stretches: [stretch('2026-03-01', 60)], episodes: [episode('2026-03-02')] })
				),
			['2026-03-01', '2026-03-02']
		],
		['trackedStart finds the earliest day across stores', () => trackedStart(logs), '2026-01-30'],
		['trackedStart is null without records', () => trackedStart(logsOf()), null],
		[
			'a range crossing both 2026 Berlin DST changes has one point per calendar day',
			() => dailySeries(logsOf({ water: [water('2026-03-01', 1)] }), { to: '2026-10-31', ...goals }).length,
			245
		]
	]);

	describe('with a tracked start given (logs of a range only)', () => {
		// The person started on 2026-01-30; this range's logs begin with an episode on 2026-02-05.
		const rangeLogs = logsOf({ episodes: [episode('2026-02-05')] });
		cases([
			[
				'empty first days of the range are real zero days',
				() => days({ from: '2026-02-03', to: '2026-02-05', trackedStart: '2026-01-30' }, rangeLogs),
				['2026-02-03', '2026-02-04', '2026-02-05']
			],
			[
				'from is still clamped to the tracked start',
				() => days({ from: '2026-01-28', to: '2026-01-31', trackedStart: '2026-01-30' }, logsOf()),
				['2026-01-30', '2026-01-31']
			],
			[
				'null means nothing was ever logged',
				() => days({ to: '2026-02-05', trackedStart: null }, rangeLogs),
				[]
			]
		]);
		it('rejects a tracked start that is not a day', () => {
			expect(() => dailySeries(logs, { to: '2026-02-03', trackedStart: '2026-13-01', ...goals })).toThrow(
				RangeError
			);
		});
	});

	it('rejects a `to` that is not a day', () => {
		expect(() => dailySeries(logs, { to: '2026-02-30', ...goals })).toThrow(RangeError);
	});
});

describe('dailySeries: unrated episodes', () => {
	it('leaves an unrated episode out of the mean intensity instead of counting it as 0 or 5', () => {
		const rated = createEpisode(
			{ kind: 'cramp', intensity: 8, startedAt: new Date('2026-02-01T08:00:00Z') },
			{ timeZone: 'UTC', now: new Date('2026-02-02T00:00:00Z') }
		);
		const unrated = createEpisode(
			{ kind: 'cramp', startedAt: new Date('2026-02-01T09:00:00Z') },
			{ timeZone: 'UTC', now: new Date('2026-02-02T00:00:00Z') }
		);
		const [p] = dailySeries(
			{ episodes: [rated, unrated], water: [], foods: [], stretches: [], exercise: [], medications: [] },
			{ to: '2026-02-01', waterGoalMl: 2000, stretchGoalMin: 10 }
		);
		expect(p).toMatchObject({ episodes: 2, ratedEpisodes: 1, meanIntensity: 8, maxIntensity: 8 });
	});
});
