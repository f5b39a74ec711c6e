import { describe, expect, it } from 'vitest';
import { addDays } from '../time';
import type { Logs } from '../types';
import { summarizeComparison } from './comparison-summary';
import {
	episode,
	food,
	logsOf,
	SIXTY_DAYS_FIRST as FIRST,
	SIXTY_DAYS_TODAY as TODAY,
	sixtyDays,
	stretch,
	water
} from '$test-support/log-factories';
import { granularityFor, rangeStart, type TrendRange } from './ranges';
import { frequencyPoints, trendsReport, type TrendsOptions } from './trends-report';
import { dailySeries } from './daily-series';

function cases(rows: ReadonlyArray<readonly [name: string, actual: () => unknown, expected: unknown]>) {
	for (const [name, actual, expected] of rows) it(name, () => expect(actual()).toEqual(expected));
}

const options = (range: TrendRange, over: Partial<TrendsOptions> = {}): TrendsOptions => ({
	range,
	today: TODAY,
	trackedStart: FIRST,
	waterGoalMl: 2000,
	stretchGoalMin: 10,
	...over
});

/** Only the range's records, as `DataLayer.logsInRange` returns them. */
function inRange(logs: Logs, from: string, to: string): Logs {
	const keep = <T extends { day: string }>(list: T[]) => list.filter((r) => r.day >= from && r.day <= to);
	return {
		episodes: keep(logs.episodes),
		water: keep(logs.water),
		foods: keep(logs.foods),
		stretches: keep(logs.stretches),
		exercise: keep(logs.exercise),
		medications: keep(logs.medications),
		checkins: keep(logs.checkins ?? [])
	};
}

describe('range helpers', () => {
	cases([
		['7 days end today', () => rangeStart(7, '2026-03-01'), '2026-02-23'],
		['365 days', () => rangeStart(365, '2026-03-01'), '2025-03-02'],
		['all time has no fixed start', () => rangeStart('all', '2026-03-01'), null],
		['90 days are drawn day by day', () => granularityFor(90), 'day'],
		['a year is drawn week by week', () => granularityFor(365), 'week'],
		['so is all time', () => granularityFor('all'), 'week']
	]);
});

describe('frequencyPoints', () => {
	// 2026-03-04 is a Wednesday: the first week is partial (Wed–Sun, 5 days), the second has 2 days.
	const logs = logsOf({
		episodes: [episode('2026-03-04'), episode('2026-03-04'), episode('2026-03-09')],
		water: [water('2026-03-04', 2000), water('2026-03-05', 1000)],
		foods: [food('2026-03-06', { magnesium: 500 })],
		stretches: [stretch('2026-03-10', 300)]
	});
	const daily = dailySeries(logs, { to: '2026-03-10', waterGoalMl: 2000, stretchGoalMin: 10 });
	const weeks = frequencyPoints(daily, 'week');
	cases([
		['days stay days', () => frequencyPoints(daily, 'day').map((p) => p.start), daily.map((p) => p.day)],
		['weeks start on Monday', () => weeks.map((p) => p.start), ['2026-03-02', '2026-03-09']],
		['partial weeks count their own days', () => weeks.map((p) => p.days), [5, 2]],
		['episodes are totals', () => weeks.map((p) => p.episodes), [2, 1]],
		['episodes a day divide by the days present', () => weeks.map((p) => p.episodesPerDay), [0.4, 0.5]],
		['water is the mean % of goal a day', () => weeks[0]?.overlay.water, 30],
		['minerals are mean mg a day', () => weeks[0]?.overlay.magnesium, 100],
		['stretching is mean minutes a day', () => weeks[1]?.overlay.stretch, 2.5],
		// Today (03-10), not yet over, stays out of the means: its 5 stretching minutes are not halved.
		[
			'an open day leaves its week mean',
			() => frequencyPoints(daily, 'week', '2026-03-10')[1]?.overlay.stretch,
			0
		],
		[
			'an open day alone has no overlay',
			() => frequencyPoints(daily, 'day', '2026-03-10').at(-1)?.overlay.stretch,
			null
		],
		[
			'an open day still counts its episodes',
			() => frequencyPoints(daily, 'week', '2026-03-10')[1]?.episodes,
			1
		],
		['other days keep theirs', () => frequencyPoints(daily, 'day', '2026-03-10')[0]?.overlay.water, 100]
	]);
});

describe('trendsReport on the sixty-day scenario', () => {
	const logs = sixtyDays();
	const water0 = (range: TrendRange, l = logs) =>
		trendsReport(l, options(range)).comparisons.find((c) => c.habit === 'water-goal' && c.lag === 0)!;

	cases([
		['30 days start 29 days before today', () => trendsReport(logs, options(30)).from, '2026-01-31'],
		['90 days are clamped to the tracked start', () => trendsReport(logs, options(90)).from, FIRST],
		['so they hold 60 days', () => trendsReport(logs, options(90)).daily.length, 60],
		['tracked days count from the first record', () => trendsReport(logs, options(7)).trackedDays, 60],
		[
			'sodium is not compared; the exercise extra is',
			() => [...new Set(trendsReport(logs, options(30)).comparisons.map((c) => c.habit))],
			[
				'water-goal',
				'water-exercise-extra',
				'magnesium',
				'potassium',
				'calcium',
				'stretch-goal',
				'any-stretch'
			]
		],
		['each habit at three lags', () => trendsReport(logs, options(30)).comparisons.length, 21],
		['every day of the scenario is tracked', () => trendsReport(logs, options(30)).trackedInPeriod, 30],
		['a fixed period has its length', () => trendsReport(logs, options(30)).periodDays, 30],
		['all time has none', () => trendsReport(logs, options('all')).periodDays, null],
		[
			'30 days, water goal, same day: 3 episodes on 15 met days, 15 on 15 others',
			() => [water0(30).met, water0(30).notMet],
			[
				{ days: 15, episodes: 3, rate: 0.2 },
				{ days: 15, episodes: 15, rate: 1 }
			]
		],
		[
			'30 days, its sentence',
			() => summarizeComparison(water0(30)),
			// 30 pairs make only two blocks: t with 1 degree of freedom (12.7) makes the interval very wide.
			'On the 15 days you met your water goal you had 0.2 spasms or cramps a day; on the other 15 days, 1.0. Ratio 0.2, interval of about 95%: 0.0012 to 32.'
		],
		[
			// The alternating pattern makes "the next day" look worse: a warning that lags find artefacts too.
			// Its perfect regularity also leaves the blocks no spread, so the interval collapses on the
			// estimate: a limit of the block method with exactly periodic data (README, Trends statistics).
			'30 days, water goal, next day',
			() =>
				summarizeComparison(
					trendsReport(logs, options(30)).comparisons.find((c) => c.habit === 'water-goal' && c.lag === 1)!
				),
			'On the days after the 15 days you met your water goal you had 1.0 spasms or cramps a day; after the other 14 days, 0.1. Ratio 7, interval of about 95%: 7 to 7.'
		],
		[
			'all time, its sentence',
			() => summarizeComparison(water0('all')),
			'On the 30 days you met your water goal you had 0.2 spasms or cramps a day; on the other 30 days, 1.0. Ratio 0.2, interval of about 95%: 0.094 to 0.43.'
		],
		[
			'7 days: not enough data',
			() => summarizeComparison(water0(7), { periodDays: 7 }),
			'The 7 days shown are too short to compare spasms or cramps the same day: a comparison needs at least 28 tracked days. Choose a longer period.'
		],
		[
			'locations take every kind in the days shown',
			() =>
				trendsReport(logs, options(30))
					.locations.filter((c) => c.count > 0)
					.map((c) => [c.location, c.count]),
			[
				['calf', 15],
				['hamstring', 3],
				['eyelid', 2]
			]
		],
		['hours', () => trendsReport(logs, options(30)).hours.filter((h) => h.count > 0).length, 3],
		[
			'reliefs in the days shown',
			() => trendsReport(logs, options(30)).reliefs.map((r) => [r.method, r.uses, r.aLot, r.no]),
			[
				['stretch', 15, 7, 8],
				['heat', 3, 0, 0]
			]
		],
		['a year is in weeks', () => trendsReport(logs, options(365)).points[0]?.start, '2025-12-29'],
		['9 weeks touch the 60 days', () => trendsReport(logs, options(365)).points.length, 9]
	]);

	it('gives the same report from the range’s logs plus the tracked start as from all logs', () => {
		const all = trendsReport(logs, options(30));
		const ranged = trendsReport(inRange(logs, '2026-01-31', TODAY), options(30));
		expect(ranged).toEqual(all);
	});

	it('keeps the empty first days of a range whose logs start later', () => {
		// Nothing at all on the first 5 days of the 30: they are still zero days of the series.
		const logs30 = inRange(logs, '2026-02-05', TODAY);
		expect(trendsReport(logs30, options(30)).daily.length).toBe(30);
	});

	it('shows nothing, and counts no episodes, before anything is logged', () => {
		const report = trendsReport(logsOf(), options(30, { trackedStart: null }));
		expect([report.from, report.daily.length, report.trackedDays, report.reliefs.length]).toEqual([
			null,
			0,
			0,
			0
		]);
	});

	it('leaves future-dated episodes out of the breakdowns', () => {
		const withFuture = logsOf({ ...logs, episodes: [...logs.episodes, episode(addDays(TODAY, 3))] });
		const total = (l: Logs) => trendsReport(l, options(30)).locations.reduce((n, c) => n + c.count, 0);
		expect(total(withFuture)).toBe(total(logs));
	});
});
