import { describe, expect, it } from 'vitest';
import { addDays } from '../time';
import type { SpasmEpisode } from '../types';
import type { EpisodeKind, SignKey } from '../vocabulary';
import { evaluateRedFlags, hasSignsNeedingDoctor, RULE_IDS, signsNeedingDoctor } from './index';
import type { RedFlagOptions, RuleId } from './index';
import { localInstant, LogFactory, logsOf, type AnyRecord } from '$test-support/log-factories';

const TZ = 'Europe/Berlin';
const TODAY = '2026-06-15';
const NOW = localInstant(`${TODAY}T20:00`, TZ);

const berlin = new LogFactory(20260615, TZ);
const newYork = new LogFactory(20261101, 'America/New_York');

/** Wall-clock time `offset` days from `today`. */
const d = (offset: number, time = '12:00', today = TODAY) => `${addDays(today, offset)}T${time}`;
const ep = (offset: number, overrides: Partial<SpasmEpisode> = {}, time?: string) =>
	berlin.episode(d(offset, time), overrides);
const eps = (offsets: number[], overrides: Partial<SpasmEpisode> = {}) =>
	offsets.map((o) => ep(o, overrides));
const signs = (...keys: SignKey[]): SpasmEpisode['signs'] => ({
	weakness: keys.includes('weakness'),
	numbness: keys.includes('numbness'),
	swelling: keys.includes('swelling'),
	redness: keys.includes('redness'),
	warmth: keys.includes('warmth')
});

function evaluate(records: AnyRecord[], options: Partial<RedFlagOptions> = {}) {
	return evaluateRedFlags(logsOf(...records), { now: NOW, timeZone: TZ, waterGoalMl: 2000, ...options });
}

type Case = [name: string, records: AnyRecord[], fires: boolean, options?: Partial<RedFlagOptions>];

/** One case per line: does rule `id` match these records (as of NOW in Berlin unless overridden)? */
function ruleTable(id: RuleId, cases: Case[]) {
	describe(`rule ${id}`, () => {
		it.each(cases)('%s', (_name, records, fires, options) => {
			expect(evaluate(records, options).some((flag) => flag.id === id)).toBe(fires);
		});
	});
}

// prettier-ignore
ruleTable('severe', [
	['intensity 7 today (just below)', [ep(0, { intensity: 7 })], false],
	['intensity 8 today (at)', [ep(0, { intensity: 8 })], true],
	['intensity 10 today (above)', [ep(0, { intensity: 10 })], true],
	['intensity 8 on day -29 (first day of 30)', [ep(-29, { intensity: 8 })], true],
	['intensity 8 on day -30 (just outside)', [ep(-30, { intensity: 8 })], false],
	['intensity 8 tomorrow (not yet happened)', [ep(1, { intensity: 8 })], false],
	['a twitch rated 9 does not count', [ep(0, { intensity: 9, kind: 'twitch' })], false],
	['a spasm rated 9 counts', [ep(0, { intensity: 9, kind: 'spasm' })], true],
	['threshold override 6, intensity 6', [ep(0, { intensity: 6 })], true, { thresholds: { severeIntensity: 6 } }],
	['threshold override 9, intensity 8', [ep(0, { intensity: 8 })], false, { thresholds: { severeIntensity: 9 } }],
	['window override 10 days, episode on day -10', [ep(-10, { intensity: 9 })], false, { thresholds: { episodeWindowDays: 10 } }],
	[
		'Berlin 2026-10-25 00:30: an episode that day is today',
		[berlin.episode('2026-10-25T00:10', { intensity: 9 })],
		true,
		{ now: localInstant('2026-10-25T00:30', TZ) }
	],
	[
		'same instant read in UTC: that episode is tomorrow',
		[berlin.episode('2026-10-25T00:10', { intensity: 9 })],
		false,
		{ now: localInstant('2026-10-25T00:30', TZ), timeZone: 'UTC' }
	]
]);

// prettier-ignore
ruleTable('long-lasting', [
	['599 s (just below)', [ep(0, { durationSec: 599 })], false],
	['600 s (at)', [ep(0, { durationSec: 600 })], true],
	['601 s (above)', [ep(0, { durationSec: 601 })], true],
	['length unknown (null) never counts', [ep(0, { durationSec: null })], false],
	['600 s on day -29 (first day of 30)', [ep(-29, { durationSec: 600 })], true],
	['600 s on day -30 (outside)', [ep(-30, { durationSec: 600 })], false],
	['a 15-minute twitch does not count', [ep(0, { durationSec: 900, kind: 'twitch' })], false],
	['override 300 s, 300 s long', [ep(0, { durationSec: 300 })], true, { thresholds: { longDurationSec: 300 } }]
]);

// prettier-ignore
ruleTable('nerve-signs', [
	['no signs', [ep(0)], false],
	['weakness', [ep(0, { signs: signs('weakness') })], true],
	['numbness or tingling', [ep(0, { signs: signs('numbness') })], true],
	['a twitch with numbness counts', [ep(0, { kind: 'twitch', signs: signs('numbness') })], true],
	['swelling alone is a visible change, not a nerve sign', [ep(0, { signs: signs('swelling') })], false],
	['weakness on day -29 (first day of 30)', [ep(-29, { signs: signs('weakness') })], true],
	['weakness on day -30 (outside)', [ep(-30, { signs: signs('weakness') })], false]
]);

// prettier-ignore
ruleTable('visible-changes', [
	['no signs', [ep(0)], false],
	['swelling', [ep(0, { signs: signs('swelling') })], true],
	['redness', [ep(0, { signs: signs('redness') })], true],
	['warmth', [ep(0, { signs: signs('warmth') })], true],
	['a twitch with swelling counts', [ep(0, { kind: 'twitch', signs: signs('swelling') })], true],
	['weakness alone is not a visible change', [ep(0, { signs: signs('weakness') })], false],
	['redness on day -29 (first day of 30)', [ep(-29, { signs: signs('redness') })], true],
	['redness on day -30 (outside)', [ep(-30, { signs: signs('redness') })], false]
]);

const fall = localInstant('2026-10-25T00:30', TZ); // Berlin's 25-hour day, just after midnight
const spring = localInstant('2026-03-30T00:30', TZ); // just after Berlin's 23-hour day
const nyFall = localInstant('2026-11-01T23:30', 'America/New_York'); // already 2026-11-02 in UTC
const nySpring = localInstant('2026-03-08T23:30', 'America/New_York');
const nyEps = (days: string[]) => days.map((day) => newYork.episode(`${day}T09:00`, { kind: 'cramp' }));
const berlinEps = (days: string[]) => days.map((day) => berlin.episode(`${day}T09:00`, { kind: 'cramp' }));

// prettier-ignore
ruleTable('frequent', [
	['2 in the last 7 days (below)', eps([-5, 0]), false],
	['3 in the last 7 days (at)', eps([-5, -2, 0]), true],
	['4 in the last 7 days (above)', eps([-5, -2, -1, 0]), true],
	['3 including day -6 (first day of 7)', eps([-6, -2, 0]), true],
	['3 but one on day -7 (outside)', eps([-7, -2, 0]), false],
	['3 but one tomorrow', eps([-2, 0, 1]), false],
	['2 plus a twitch', [...eps([-2, 0]), ep(-1, { kind: 'twitch' })], false],
	['3 given newest first', eps([0, -3, -6]), true],
	['3 on one day', eps([0, 0, 0]), true],
	['override 4, with 3', eps([-2, -1, 0]), false, { thresholds: { frequentCount: 4 } }],
	['Berlin fall-back day: 10-19..10-25 in Berlin', berlinEps(['2026-10-19', '2026-10-22', '2026-10-25']), true, { now: fall }],
	['same, read in UTC (today is 10-24)', berlinEps(['2026-10-19', '2026-10-22', '2026-10-25']), false, { now: fall, timeZone: 'UTC' }],
	['Berlin day after spring-forward', berlinEps(['2026-03-24', '2026-03-27', '2026-03-30']), true, { now: spring }],
	['same, read in UTC (today is 03-29)', berlinEps(['2026-03-24', '2026-03-27', '2026-03-30']), false, { now: spring, timeZone: 'UTC' }],
	['New York fall-back day, 10-26 is the first day', nyEps(['2026-10-26', '2026-10-29', '2026-11-01']), true, { now: nyFall, timeZone: 'America/New_York' }],
	['same, read in UTC (10-26 is outside)', nyEps(['2026-10-26', '2026-10-29', '2026-11-01']), false, { now: nyFall, timeZone: 'UTC' }],
	['New York spring-forward day', nyEps(['2026-03-02', '2026-03-05', '2026-03-08']), true, { now: nySpring, timeZone: 'America/New_York' }],
	['same, read in UTC (03-02 is outside)', nyEps(['2026-03-02', '2026-03-05', '2026-03-08']), false, { now: nySpring, timeZone: 'UTC' }]
]);

const since = (offset: number) => berlin.water(d(offset), 250);

// prettier-ignore
ruleTable('rising', [
	['3 recent, none before, logs since day -27 (first baseline day)', [since(-27), ...eps([-6, -3, 0])], true],
	['3 recent, none before, logs only since day -26 (no baseline)', [since(-26), ...eps([-6, -3, 0])], false],
	['earliest record is a food entry on day -27', [berlin.food(d(-27)), ...eps([-6, -3, 0])], true],
	['earliest record is a twitch on day -27', [ep(-27, { kind: 'twitch' }), ...eps([-6, -3, 0])], true],
	['2 recent (below the minimum of 3)', [since(-27), ...eps([-3, 0])], false],
	['3 recent vs 4 before (average 1.3; 2x = 2.7)', eps([-27, -20, -14, -7, -6, -3, 0]), true],
	['3 recent vs 5 before (average 1.7; 2x = 3.3)', eps([-27, -20, -14, -10, -7, -6, -3, 0]), false],
	['4 recent vs 6 before (exactly 2x the average of 2)', eps([-27, -24, -20, -14, -10, -7, -6, -4, -3, 0]), true],
	['5 recent vs 8 before (2x = 5.3)', eps([-27, -25, -22, -20, -14, -12, -10, -7, -6, -5, -4, -3, 0]), false],
	['an episode on day -7 is baseline, not recent', [since(-27), ...eps([-7, -3, 0])], false],
	['an episode on day -28 is before the baseline', eps([-28, -27, -20, -14, -8, -6, -3, 0]), true],
	['twitches in the recent week do not count', [since(-27), ...eps([-6, -3]), ep(0, { kind: 'twitch' })], false],
	['twitches in the baseline do not count', [...eps([-27, -20, -14, -7, -6, -3, 0]), ep(-9, { kind: 'twitch' })], true],
	['records newest first', eps([0, -3, -6, -7, -14, -20, -27]), true],
	['factor override 3: 3 recent vs 4 before', eps([-27, -20, -14, -7, -6, -3, 0]), false, { thresholds: { risingFactor: 3 } }]
]);

/** An episode at `time` on day `offset`, with two more unexplained ones earlier in the window. */
const withTwoMore = (offset: number, time: string, extra: AnyRecord[], today = TODAY, f = berlin) => [
	f.episode(d(offset, time, today)),
	f.episode(d(-3, '09:00', today)),
	f.episode(d(-4, '09:00', today)),
	...extra
];
const nyOptions = (today: string): Partial<RedFlagOptions> => ({
	now: localInstant(`${today}T20:00`, 'America/New_York'),
	timeZone: 'America/New_York'
});

// prettier-ignore
ruleTable('no-clear-cause', [
	['2 unexplained (below)', eps([-2, 0]), false],
	['3 unexplained (at)', eps([-9, -2, 0]), true],
	['4 unexplained (above)', eps([-9, -5, -2, 0]), true],
	['3, one with the exercise trigger', [...eps([-9, -2]), ep(0, { triggers: ['exercise'] })], false],
	['3, one with new-exercise (not an exact match)', [...eps([-9, -2]), ep(0, { triggers: ['new-exercise'] })], true],
	['exercise exactly 24 h before', withTwoMore(-1, '12:00', [berlin.exercise(d(-2, '12:00'), 30)]), false],
	['exercise 24 h 1 min before', withTwoMore(-1, '12:00', [berlin.exercise(d(-2, '11:59'), 30)]), true],
	['exercise at the same minute', withTwoMore(-1, '12:00', [berlin.exercise(d(-1, '12:00'), 30)]), false],
	['exercise 1 min after', withTwoMore(-1, '12:00', [berlin.exercise(d(-1, '12:01'), 30)]), true],
	['exercise before the window explains its first day', withTwoMore(-13, '08:00', [berlin.exercise(d(-14, '20:00'), 30)]), false],
	['3 including day -13 (first day of 14)', eps([-13, -2, 0]), true],
	['3 but one on day -14 (outside)', eps([-14, -2, 0]), false],
	['2 plus a twitch', [...eps([-2, 0]), ep(-1, { kind: 'twitch' })], false],
	['an unreadable startedAt cannot be explained by exercise', [...eps([-9, -2]), ep(0, { startedAt: 'not a time' }), berlin.exercise(d(0, '11:00'), 30)], true],
	['override 2, with 2', eps([-2, 0]), true, { thresholds: { noCauseCount: 2 } }],
	[
		'Berlin spring-forward: exercise at 11:00 the day before is 24 h',
		withTwoMore(0, '12:00', [berlin.exercise('2026-03-28T11:00', 30)], '2026-03-29'),
		false,
		{ now: localInstant('2026-03-29T20:00', TZ) }
	],
	[
		'Berlin spring-forward: 10:59 the day before is over 24 h',
		withTwoMore(0, '12:00', [berlin.exercise('2026-03-28T10:59', 30)], '2026-03-29'),
		true,
		{ now: localInstant('2026-03-29T20:00', TZ) }
	],
	[
		'Berlin spring-forward: 12:00 the day before is 23 h',
		withTwoMore(0, '12:00', [berlin.exercise('2026-03-28T12:00', 30)], '2026-03-29'),
		false,
		{ now: localInstant('2026-03-29T20:00', TZ) }
	],
	[
		'Berlin fall-back: 13:00 the day before is 24 h',
		withTwoMore(0, '12:00', [berlin.exercise('2026-10-24T13:00', 30)], '2026-10-25'),
		false,
		{ now: localInstant('2026-10-25T20:00', TZ) }
	],
	[
		'Berlin fall-back: 12:00 the day before is 25 h',
		withTwoMore(0, '12:00', [berlin.exercise('2026-10-24T12:00', 30)], '2026-10-25'),
		true,
		{ now: localInstant('2026-10-25T20:00', TZ) }
	],
	[
		'New York spring-forward: 11:00 the day before is 24 h',
		withTwoMore(0, '12:00', [newYork.exercise('2026-03-07T11:00', 30)], '2026-03-08', newYork),
		false,
		nyOptions('2026-03-08')
	],
	[
		'New York spring-forward: 10:59 the day before is over 24 h',
		withTwoMore(0, '12:00', [newYork.exercise('2026-03-07T10:59', 30)], '2026-03-08', newYork),
		true,
		nyOptions('2026-03-08')
	],
	[
		'New York fall-back: 12:59 the day before is over 24 h',
		withTwoMore(0, '12:00', [newYork.exercise('2026-10-31T12:59', 30)], '2026-11-01', newYork),
		true,
		nyOptions('2026-11-01')
	],
	[
		'New York fall-back: 13:00 the day before is 24 h',
		withTwoMore(0, '12:00', [newYork.exercise('2026-10-31T13:00', 30)], '2026-11-01', newYork),
		false,
		nyOptions('2026-11-01')
	]
]);

interface SelfCare {
	/** Millilitres drunk on each day of the window, oldest first (index 4 is today). */
	water: number[];
	/** Exercise minutes on each day of the window, oldest first. */
	exercise: number[];
	/** Day offsets with a stretching session. */
	stretch: number[];
	/** [day offset, relief method, kind] of each episode in or before the window. */
	episodes: [number, string?, EpisodeKind?][];
	extra: AnyRecord[];
}

const SELF_CARE: SelfCare = {
	water: [2000, 2000, 2000, 2000, 0],
	exercise: [0, 0, 0, 0, 0],
	stretch: [-4, -3, -2],
	episodes: [[-9], [-7], [-2, 'stretch'], [-1, 'heat'], [0]],
	extra: []
};

/** The base scenario matches; each case changes one thing. */
function selfCare(change: Partial<SelfCare> = {}, today = TODAY): AnyRecord[] {
	const s = { ...SELF_CARE, ...change };
	const at = (offset: number) => d(offset, '10:00', today);
	return [
		...s.water.flatMap((ml, i) =>
			ml > 0 ? [berlin.water(at(i - 4), ml / 2), berlin.water(at(i - 4), ml / 2)] : []
		),
		...s.exercise.flatMap((min, i) => (min > 0 ? [berlin.exercise(at(i - 4), min)] : [])),
		...s.stretch.map((offset) => berlin.stretch(at(offset))),
		...s.episodes.map(([offset, relief, kind = 'cramp']) =>
			berlin.episode(at(offset), { kind, reliefs: relief ? [{ method: relief, helped: 'no' }] : [] })
		),
		...s.extra
	];
}

// prettier-ignore
ruleTable('self-care-not-working', [
	['base: all kept up, 3 episode days vs 2 before', selfCare(), true],
	['water goal met on 3 days (below 4)', selfCare({ water: [2000, 2000, 2000, 0, 0] }), false],
	['1999 ml on one of the 4 days', selfCare({ water: [2000, 1999, 2000, 2000, 0] }), false],
	['water goal met on all 5 days', selfCare({ water: [2000, 2000, 2000, 2000, 2000] }), true],
	['water goal met on day -4 (first) and today', selfCare({ water: [2000, 0, 2000, 2000, 2000] }), true],
	['water on day -5 is outside', selfCare({ water: [0, 2000, 2000, 2000, 0], extra: [berlin.water(d(-5), 2000)] }), false],
	['30 exercise minutes raise that day to 2360 ml', selfCare({ exercise: [0, 30, 0, 0, 0] }), false],
	['2360 ml on the day with 30 exercise minutes', selfCare({ water: [2000, 2360, 2000, 2000, 0], exercise: [0, 30, 0, 0, 0] }), true],
	['a higher base goal of 2001 ml', selfCare(), false, { waterGoalMl: 2001 }],
	['stretching on 2 days (below 3)', selfCare({ stretch: [-4, -3] }), false],
	['3 stretching sessions on 2 days', selfCare({ stretch: [-4, -4, -3] }), false],
	['stretching on day -5 is outside', selfCare({ stretch: [-5, -3, -2] }), false],
	['stretching on day -4 and today', selfCare({ stretch: [-4, -1, 0] }), true],
	['home relief on 1 episode (below 2)', selfCare({ episodes: [[-9], [-2, 'stretch'], [-1], [0]] }), false],
	['heat on 2 episodes', selfCare({ episodes: [[-9], [-2, 'heat'], [-1, 'heat'], [0]] }), true],
	['massage is not stretch or heat', selfCare({ episodes: [[-9], [-2, 'stretch'], [-1, 'massage'], [0]] }), false],
	['heat on a twitch does not count', selfCare({ episodes: [[-2, 'stretch'], [-1, 'heat', 'twitch'], [-1], [0]] }), false],
	['episodes on 2 days (below 3)', selfCare({ episodes: [[-2, 'stretch'], [-2, 'heat'], [0]] }), false],
	['episodes on 4 days', selfCare({ episodes: [[-4], [-2, 'stretch'], [-1, 'heat'], [0]] }), true],
	['the third episode day is a twitch', selfCare({ episodes: [[-2, 'stretch'], [-1, 'heat'], [0, undefined, 'twitch']] }), false],
	['episode on day -4 (first day) counts', selfCare({ episodes: [[-4, 'stretch'], [-1, 'heat'], [0]] }), true],
	['episode on day -5 is in the days before', selfCare({ episodes: [[-5, 'stretch'], [-1, 'heat'], [0]] }), false],
	['3 days vs 3 days before (not fewer)', selfCare({ episodes: [[-9], [-7], [-5], [-2, 'stretch'], [-1, 'heat'], [0]] }), true],
	['3 days vs 4 days before (fewer, easing)', selfCare({ episodes: [[-9], [-8], [-7], [-5], [-2, 'stretch'], [-1, 'heat'], [0]] }), false],
	['records newest first', selfCare().reverse(), true],
	['Berlin fall-back day, window ending 10-25', selfCare({}, '2026-10-25'), true, { now: fall }],
	['same read in UTC: today is 10-24, 2 episode days', selfCare({}, '2026-10-25'), false, { now: fall, timeZone: 'UTC' }]
]);

describe('evidence', () => {
	const severe = [ep(0, { intensity: 9 }), ep(-3, { intensity: 8 })];
	const mild = ep(-1, { intensity: 7 });
	const explained = ep(-1, { triggers: ['exercise'] });
	const twitch = ep(-1, { kind: 'twitch' });
	const old = ep(-8);
	const recent = eps([-6, -3, 0]);
	const care = selfCare();
	const careWindow = care.filter((r): r is SpasmEpisode => 'kind' in r && r.day >= addDays(TODAY, -4));
	const signed = [ep(-2, { kind: 'twitch', signs: signs('numbness') }), ep(0, { signs: signs('weakness') })];
	const visible = [ep(-2, { kind: 'twitch', signs: signs('swelling') }), ep(0, { signs: signs('redness') })];
	const long = [ep(-2, { durationSec: 600 })];
	const short = [ep(0, { durationSec: 599 }), ep(-1, { durationSec: null })];

	// prettier-ignore
	const cases: [name: string, records: AnyRecord[], id: RuleId, evidence: SpasmEpisode[]][] = [
		['severe: the episodes rated 8 or more', [mild, ...severe], 'severe', severe],
		['long-lasting: only those of 10 minutes or more', [...short, ...long], 'long-lasting', long],
		['nerve-signs: every kind with a sign', [mild, ...signed], 'nerve-signs', signed],
		['visible-changes: not the nerve signs', [...signed, ...visible], 'visible-changes', visible],
		['frequent: the window’s cramps, not twitches or older ones', [old, twitch, ...recent], 'frequent', recent],
		['rising: the recent cramps only', [since(-27), old, ...recent], 'rising', recent],
		['no-clear-cause: only the unexplained', [explained, ...recent], 'no-clear-cause', recent],
		['self-care: the window’s cramps, not the days before', care, 'self-care-not-working', careWindow]
	];
	it.each(cases)('%s', (_name, records, id, evidence) => {
		const flag = evaluate(records).find((f) => f.id === id);
		expect(flag?.evidence).toEqual(evidence.map((e) => e.id).sort());
	});
});

describe('reasons name the numbers that matched', () => {
	// prettier-ignore
	const reasons: [name: string, records: AnyRecord[], id: RuleId, reason: string][] = [
		['severe, one', [ep(0, { intensity: 9 })], 'severe', '1 cramp or spasm in the last 30 days was rated 9 out of 10 (threshold: 8).'],
		['severe, two', [ep(0, { intensity: 9 }), ep(-1, { intensity: 8 })], 'severe', '2 cramps or spasms in the last 30 days were rated 8 or more out of 10, the highest 9 (threshold: 8).'],
		['long-lasting', [ep(0, { durationSec: 630 })], 'long-lasting', '1 cramp or spasm in the last 30 days lasted 10 min 30 s (threshold: 10 minutes).'],
		['nerve-signs', [ep(0, { signs: signs('weakness', 'numbness') }), ep(-1, { signs: signs('numbness') })], 'nerve-signs', 'In the last 30 days you noted weakness on 1 episode and numbness or tingling on 2 episodes (threshold: 1 episode).'],
		['visible-changes', [ep(0, { signs: signs('swelling', 'redness', 'warmth') })], 'visible-changes', 'In the last 30 days you noted swelling on 1 episode, redness on 1 episode and warmth to the touch on 1 episode (threshold: 1 episode).'],
		['frequent', eps([-5, -2, 0]), 'frequent', '3 cramps or spasms in the last 7 days (threshold: 3).'],
		['rising', eps([-27, -20, -14, -7, -6, -3, 0]), 'rising', '3 cramps or spasms in the last 7 days, against a weekly average of 1.3 in the 21 days before (threshold: at least 3, and at least twice the average).'],
		['no-clear-cause', eps([-9, -2, 0]), 'no-clear-cause', '3 cramps or spasms in the last 14 days had no exercise marked as a trigger or logged in the 24 hours before (threshold: 3).'],
		['self-care', selfCare(), 'self-care-not-working', 'In the last 5 days the water goal was met on 4 days (threshold: 4), stretching was logged on 3 days (threshold: 3) and stretching or heat was used for 2 episodes (threshold: 2), yet cramps or spasms happened on 3 days (threshold: 3), against 2 days in the 5 days before.']
	];
	it.each(reasons)('%s', (_name, records, id, reason) => {
		expect(evaluate(records).find((f) => f.id === id)?.reason).toBe(reason);
	});
});

describe('evaluateRedFlags', () => {
	it('returns flags in the fixed rule order', () => {
		const all = [
			...selfCare({ episodes: [[-9], [-2, 'stretch'], [-1, 'heat'], [0]] }),
			ep(-20),
			ep(-27),
			ep(-1, { intensity: 9, durationSec: 900, signs: signs('weakness', 'swelling') })
		];
		expect(evaluate(all.reverse()).map((f) => f.id)).toEqual(RULE_IDS);
	});

	it('returns nothing for empty logs', () => {
		expect(evaluate([])).toEqual([]);
	});

	it('reads an invalid time zone as the device zone', () => {
		const records = berlinEps(['2026-10-19', '2026-10-22', '2026-10-25']);
		expect(evaluate(records, { now: fall, timeZone: 'Not/AZone' })).toEqual(
			evaluateRedFlags(logsOf(...records), { now: fall, waterGoalMl: 2000 })
		);
	});

	it('throws on an invalid now', () => {
		expect(() => evaluate(eps([0]), { now: new Date(Number.NaN) })).toThrow(RangeError);
	});

	it('keeps defaults for undefined and NaN threshold overrides', () => {
		const records = eps([-5, -2, 0]);
		expect(
			evaluate(records, { thresholds: { frequentCount: undefined, frequentWindowDays: Number.NaN } }).map(
				(f) => f.id
			)
		).toContain('frequent');
	});
});

describe('signsNeedingDoctor', () => {
	const cases: [name: string, keys: SignKey[]][] = [
		['none', []],
		['weakness', ['weakness']],
		['numbness', ['numbness']],
		['swelling', ['swelling']],
		['redness', ['redness']],
		['warmth', ['warmth']],
		['all five, in vocabulary order', ['weakness', 'numbness', 'swelling', 'redness', 'warmth']]
	];
	it.each(cases)('lists %s', (_name, keys) => {
		expect(signsNeedingDoctor({ signs: signs(...keys) })).toEqual(keys);
	});
	it.each(cases)('says whether there are any: %s', (_name, keys) => {
		expect(hasSignsNeedingDoctor({ signs: signs(...keys) })).toBe(keys.length > 0);
	});
});
