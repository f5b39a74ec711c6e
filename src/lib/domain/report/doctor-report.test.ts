import { describe, expect, it } from 'vitest';
import { referenceIntakes } from '../foods/reference-intakes';
import { compareAllHabits, dailySeries } from '../stats';
import type { Logs, SpasmEpisode } from '../types';
import { dose, episode, food, logsOf, randomLogs, stretch, water } from '$test-support/log-factories';
import { doctorReport, evidenceText, ratedIntensity, type DoctorReportOptions } from './doctor-report';
import { reportPeriod } from './report-period';

const referenceMg = referenceIntakes('adult-female');
const period = { from: '2026-03-23', to: '2026-04-05' };

function options(over: Partial<DoctorReportOptions> = {}): DoctorReportOptions {
	return {
		period,
		generatedAt: new Date('2026-04-06T09:00:00Z'),
		trackedStart: '2026-03-10',
		waterGoalMl: 2000,
		stretchGoalMin: 10,
		referenceMg,
		includeNotes: true,
		...over
	};
}

/** Intensity may be null once episodes can be left unrated; the report must already read that. */
const unrated = (e: SpasmEpisode): SpasmEpisode => ({ ...e, intensity: null as unknown as number });

// Hand-computed fixture: Europe/Berlin, summer time starts 2026-03-29 at 02:00 (→ 03:00).
const e1 = episode('2026-03-24', {
	startedAt: '2026-03-24T10:00:00.000+01:00',
	durationSec: 60,
	intensity: 4
});
const e2 = episode('2026-03-26', {
	startedAt: '2026-03-26T23:30:00.000+01:00',
	side: 'right',
	durationSec: 180,
	intensity: 8,
	triggers: ['night'],
	reliefs: [{ method: 'stretch', helped: 'a-lot' }],
	notes: '=1+1 woke me'
});
// The DST night: 01:30 before the change and 03:30 after it, one hour apart in real time.
const e3 = unrated(
	episode('2026-03-29', {
		startedAt: '2026-03-29T01:30:00.000+01:00',
		kind: 'spasm',
		location: 'hamstring',
		durationSec: 600,
		signs: { weakness: false, numbness: true, swelling: false, redness: false, warmth: false }
	})
);
// Still going (or its length never recorded).
const e4 = episode('2026-03-29', {
	startedAt: '2026-03-29T03:30:00.000+02:00',
	durationSec: null,
	intensity: 6,
	reliefs: [{ method: 'heat', helped: null }]
});
const e5 = episode('2026-04-02', {
	startedAt: '2026-04-02T14:00:00.000+02:00',
	kind: 'twitch',
	location: 'eyelid',
	side: null,
	durationSec: 5,
	intensity: 1
});
const before = episode('2026-03-10', { startedAt: '2026-03-10T12:00:00.000+01:00', intensity: 9 });

const fixture: Logs = logsOf({
	episodes: [e4, e2, before, e5, e1, e3],
	water: [water('2026-03-24', 2000), water('2026-03-25', 1000)],
	foods: [food('2026-03-24', { magnesium: 350 })],
	stretches: [stretch('2026-03-26', 600)]
});

describe('doctorReport summary', () => {
	const r = doctorReport(fixture, options());
	const s = r.summary;

	it.each([
		['spasms and cramps', s.episodes, 4],
		['days with one', s.daysWithEpisodes, 3],
		['twitches', s.twitches, 1],
		['median recorded duration', s.medianDurationSec, 180],
		['longest duration', s.longestDurationSec, 600],
		['ongoing or unrecorded', s.unknownDuration, 1],
		['mean of rated intensities', s.meanIntensity, 6],
		['highest rated intensity', s.highestIntensity, 8],
		['rated', s.rated, 3],
		['unrated', s.unrated, 1],
		['night-time (22–06) spasms and cramps', s.nightEpisodes, 3],
		['period days', r.days, 14]
	])('%s', (_, actual, expected) => expect(actual).toBe(expected));

	it('counts areas and sides over every kind, most frequent first', () => {
		expect(s.areas.map((a) => [a.location, a.count])).toEqual([
			['calf', 3],
			['hamstring', 1],
			['eyelid', 1]
		]);
		expect(s.sides).toEqual({ left: 3, right: 1, both: 0, none: 1 });
	});

	it('lists each warning sign with its days', () => {
		expect(s.signs.map((x) => [x.sign, x.days])).toEqual([['numbness', ['2026-03-29']]]);
	});
});

describe('doctorReport red flags', () => {
	const flags = doctorReport(fixture, options()).redFlags;
	const byId = Object.fromEntries(flags.map((f) => [f.id, f]));

	it('finds the rules that matched at any time in the period, in rule order', () => {
		expect(flags.map((f) => f.id)).toEqual([
			'severe',
			'long-lasting',
			'nerve-signs',
			'frequent',
			'no-clear-cause'
		]);
	});

	it('leaves evidence from before the period out (the 9/10 on 10 March)', () => {
		expect(byId.severe?.evidenceDays).toEqual(['2026-03-26']);
		expect(byId['long-lasting']?.evidenceDays).toEqual(['2026-03-29']);
		expect(byId['nerve-signs']?.evidenceDays).toEqual(['2026-03-29']);
	});

	it('lists the supplements and medicines logged from the first evidence day on, as Today does', () => {
		const withDoses: Logs = {
			...fixture,
			medications: [
				dose('2026-03-25', 'Quinine', { kind: 'medicine' }),
				dose('2026-03-27', 'Magnesium', { kind: 'supplement' }),
				dose('2026-03-30', 'Magnesium', { kind: 'supplement' }),
				dose('2026-03-30', 'Magnesium', { kind: 'supplement' })
			]
		};
		const got = Object.fromEntries(
			doctorReport(withDoses, options()).redFlags.map((f) => [f.id, f.medications])
		);
		// "Severe" rests on 26 March: the quinine of the 25th is before it.
		expect(got.severe).toEqual([{ name: 'Magnesium', kind: 'supplement', days: 2 }]);
		// "3 in 7 days" rests on 24 March onwards: both items.
		expect(got.frequent).toEqual([
			{ name: 'Magnesium', kind: 'supplement', days: 2 },
			{ name: 'Quinine', kind: 'medicine', days: 1 }
		]);
		expect(flags.every((f) => f.medications.length === 0)).toBe(true);
	});

	it('walks the period day by day for window rules: "3 in 7 days" held from 29 March to 1 April', () => {
		expect(byId.frequent?.matchedDays).toBe(4);
		expect(byId.frequent?.lastMatched).toBe('2026-04-01');
		expect(byId.frequent?.evidenceDays).toEqual(['2026-03-24', '2026-03-26', '2026-03-29']);
		expect(byId['no-clear-cause']?.matchedDays).toBe(8);
	});

	it('gives evidence dates in words', () => {
		expect(evidenceText(byId.frequent!.evidenceDays)).toBe('24 Mar, 26 Mar and 29 Mar');
		expect(evidenceText(['2026-01-01', '2026-01-02', '2026-01-03'], 2)).toBe('3 days, 1 Jan to 3 Jan');
	});
});

describe('doctorReport charts, habits and appendix', () => {
	const r = doctorReport(fixture, options());

	it('counts episodes per ISO week (twitches apart)', () => {
		expect(r.weeks).toEqual([
			{ weekStart: '2026-03-23', days: 7, episodes: 4, twitches: 0 },
			{ weekStart: '2026-03-30', days: 7, episodes: 0, twitches: 1 }
		]);
	});

	it('reads the hour from the stored wall-clock time, across the DST change', () => {
		const nonzero = r.hours.filter((h) => h.count > 0).map((h) => h.hour);
		expect(nonzero).toEqual([1, 3, 10, 14, 23]);
	});

	it('averages habits over the tracked days of the period', () => {
		expect(r.habits.days).toBe(14);
		expect(r.habits.averageWaterMl).toBeCloseTo(3000 / 14, 6);
		expect(r.habits.waterGoalMetDays).toBe(1);
		const mg = r.habits.minerals.find((m) => m.mineral === 'magnesium');
		expect(mg).toEqual({ mineral: 'magnesium', averageMg: 25, referenceMg: 320, daysReached: 1 });
		expect([r.habits.stretchMinutes, r.habits.stretchDays, r.habits.stretchGoalMetDays]).toEqual([10, 1, 1]);
	});

	it('lists reliefs tried and how they helped', () => {
		expect(r.reliefs.map((x) => [x.method, x.uses, x.aLot, x.unrated])).toEqual([
			['stretch', 1, 1, 0],
			['heat', 1, 0, 1]
		]);
	});

	it('shows no comparison without enough days (14 days, water goal met on 1)', () => {
		expect(r.comparisons).toEqual([]);
	});

	it('lists every episode of the period in time order, unrated and ongoing ones said so', () => {
		expect(r.appendix.map((a) => a.id)).toEqual([e1.id, e2.id, e3.id, e4.id, e5.id]);
		expect(r.appendix[2]).toMatchObject({
			time: '01:30',
			kind: 'Spasm',
			duration: '10 min',
			intensity: 'not rated',
			signs: 'Numbness, tingling or pins and needles'
		});
		expect(r.appendix[3]).toMatchObject({
			time: '03:30',
			duration: 'not recorded',
			reliefs: 'Heat (not rated)'
		});
		expect(r.appendix[1]).toMatchObject({
			reliefs: 'Stretch (helped a lot)',
			notes: '=1+1 woke me',
			side: 'right'
		});
	});

	it('leaves notes out when asked', () => {
		const without = doctorReport(fixture, options({ includeNotes: false }));
		expect(without.appendix.every((a) => a.notes === '')).toBe(true);
	});
});

describe('doctorReport edge cases', () => {
	it('an empty period gives zeros and no flags', () => {
		const r = doctorReport(logsOf(), options({ trackedStart: null }));
		expect(r.summary).toMatchObject({
			episodes: 0,
			twitches: 0,
			medianDurationSec: null,
			meanIntensity: null,
			highestIntensity: null,
			unrated: 0,
			areas: [],
			signs: []
		});
		expect([r.redFlags, r.weeks, r.appendix, r.comparisons, r.reliefs]).toEqual([[], [], [], [], []]);
		expect(r.habits.days).toBe(0);
	});

	it('a period before any log has no days and no averages', () => {
		const r = doctorReport(fixture, options({ period: { from: '2026-01-01', to: '2026-01-31' } }));
		expect(r.habits.days).toBe(0);
		expect(r.summary.episodes).toBe(0);
	});

	it('keeps only "compared" habits, with the same numbers as Trends', () => {
		const logs = randomLogs(7, '2025-01-01', 200);
		const p = { from: '2025-01-01', to: '2025-07-19' };
		const r = doctorReport(logs, options({ period: p, trackedStart: '2025-01-01' }));
		const daily = dailySeries(logs, { from: p.from, to: p.to, waterGoalMl: 2000, stretchGoalMin: 10 });
		const compared = compareAllHabits(daily).filter((c) => c.status === 'compared');
		expect(r.comparisons.length).toBe(compared.length);
		expect(r.comparisons.every((c) => c.lower <= c.estimate && c.estimate <= c.upper)).toBe(true);
	});

	it('reads a rating of 0 as rated and null or a missing one as unrated', () => {
		expect([
			ratedIntensity({ intensity: 0 }),
			ratedIntensity({ intensity: null }),
			ratedIntensity({})
		]).toEqual([0, null, null]);
	});
});

describe('reportPeriod', () => {
	it.each([
		[30, { from: '2026-11-02', to: '2026-12-01' }],
		[90, { from: '2026-09-03', to: '2026-12-01' }],
		[365, { from: '2025-12-02', to: '2026-12-01' }]
	] as const)('last %s days end today', (n, expected) =>
		expect(reportPeriod(n, '2026-12-01')).toEqual(expected)
	);

	it('orders a swapped custom period and refuses a half-filled one', () => {
		expect(reportPeriod('custom', '2026-12-01', { from: '2026-05-02', to: '2026-05-01' })).toEqual({
			from: '2026-05-01',
			to: '2026-05-02'
		});
		expect(reportPeriod('custom', '2026-12-01', { from: '2026-05-02' })).toBeNull();
		expect(reportPeriod('custom', '2026-12-01', { from: '1026-05-02', to: '2026-05-01' })).toBeNull();
	});
});
