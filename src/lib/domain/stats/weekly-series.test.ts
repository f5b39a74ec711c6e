import { describe, expect, it } from 'vitest';
import { dailySeries } from './daily-series';
import { episode, food, logsOf, stretch, water } from '$test-support/log-factories';
import { weeklySeries, type WeeklyPoint } from './weekly-series';

function cases(rows: ReadonlyArray<readonly [name: string, actual: () => unknown, expected: unknown]>) {
	for (const [name, actual, expected] of rows) it(name, () => expect(actual()).toEqual(expected));
}

const goals = { waterGoalMl: 2000, stretchGoalMin: 10 };

// 2026-01-30 is a Friday: the first week (Mon 2026-01-26) holds Fri–Sun, the second (Mon 2026-02-02) Mon–Tue.
const logs = logsOf({
	episodes: [
		episode('2026-01-31', { intensity: 2 }),
		episode('2026-02-01', { intensity: 10 }),
		episode('2026-02-01', { intensity: 10 }),
		episode('2026-02-01', { intensity: 10 }),
		episode('2026-02-01', { kind: 'twitch', intensity: 0 }),
		episode('2026-02-03', { intensity: 6 })
	],
	water: [water('2026-01-30', 2000), water('2026-01-31', 2500), water('2026-02-02', 500)],
	foods: [food('2026-01-30', { magnesium: 0.1 }), food('2026-01-31', { magnesium: 0.2 })],
	stretches: [stretch('2026-02-02', 600), stretch('2026-02-03', 300)]
});
const weeks = weeklySeries(dailySeries(logs, { to: '2026-02-03', ...goals }));
const week = (i: number): WeeklyPoint => {
	const w = weeks[i];
	if (!w) throw new Error(`no week ${i}`);
	return w;
};

describe('weeklySeries', () => {
	cases([
		[
			'weeks start on Monday, even a partial first week',
			() => weeks.map((w) => w.weekStart),
			['2026-01-26', '2026-02-02']
		],
		['a partial week counts only its days in the series', () => weeks.map((w) => w.days), [3, 2]],
		['episodes add up (twitch excluded)', () => week(0).episodes, 4],
		['all kinds add up', () => week(0).episodesAllKinds, 5],
		['episodes per day divide by the days present', () => week(1).episodesPerDay, 0.5],
		['mean intensity is over episodes, not a mean of daily means', () => week(0).meanIntensity, 8],
		['max intensity', () => week(0).maxIntensity, 10],
		['water adds up', () => week(0).waterMl, 4500],
		['water goal met days', () => week(0).waterGoalMetDays, 2],
		['minerals add up without float drift', () => week(0).mg.magnesium, 0.3],
		['stretch minutes add up', () => week(1).stretchMin, 15],
		['stretch goal met days', () => week(1).stretchGoalMetDays, 1],
		['an empty series has no weeks', () => weeklySeries([]), []]
	]);
});
