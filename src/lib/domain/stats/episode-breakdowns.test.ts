import { describe, expect, it } from 'vitest';
import { BODY_LOCATIONS, type BodyLocation } from '../vocabulary';
import { episodesByHour, episodesByLocation, localHour, reliefEffectiveness } from './episode-breakdowns';
import { episode } from '$test-support/log-factories';

function cases(rows: ReadonlyArray<readonly [name: string, actual: () => unknown, expected: unknown]>) {
	for (const [name, actual, expected] of rows) it(name, () => expect(actual()).toEqual(expected));
}

describe('episodesByLocation', () => {
	const episodes = [
		episode('2026-04-01', { location: 'calf' }),
		episode('2026-04-02', { location: 'calf' }),
		episode('2026-04-02', { location: 'eyelid', kind: 'twitch' }),
		episode('2026-04-05', { location: 'neck' }),
		episode('2026-04-05', { location: 'elbow' as BodyLocation })
	];
	const count = (location: BodyLocation, filter = {}) =>
		episodesByLocation(episodes, filter).find((c) => c.location === location)?.count;
	cases([
		[
			'every location is listed, in vocabulary order',
			() => episodesByLocation([]).map((c) => c.location),
			[...BODY_LOCATIONS]
		],
		['zeros included', () => episodesByLocation([]).every((c) => c.count === 0), true],
		['counts per location', () => count('calf'), 2],
		['twitches count unless filtered out', () => count('eyelid'), 1],
		['a kinds filter drops them', () => count('eyelid', { kinds: ['spasm', 'cramp'] }), 0],
		['an unknown location counts as other', () => count('other'), 1],
		[
			'a day range filters on the stored day',
			() => count('calf', { from: '2026-04-02', to: '2026-04-04' }),
			1
		],
		['from alone', () => count('neck', { from: '2026-04-05' }), 1],
		['to alone', () => count('neck', { to: '2026-04-04' }), 0]
	]);
});

describe('localHour reads the wall-clock hour from the stored text', () => {
	// The offsets differ so that no single machine zone could make a Date-based reading pass them all.
	cases([
		['after the Berlin spring-forward gap', () => localHour('2026-03-29T03:30:00.000+02:00'), 3],
		['first 02:30 of the Berlin fall-back day', () => localHour('2026-10-25T02:30:00.000+02:00'), 2],
		['second 02:30 of the Berlin fall-back day', () => localHour('2026-10-25T02:30:00.000+01:00'), 2],
		['a late evening west of UTC', () => localHour('2026-11-24T23:59:00.000-05:00'), 23],
		['a small hour east of UTC', () => localHour('2026-11-24T01:10:00.000+09:00'), 1],
		['UTC written as Z', () => localHour('2026-01-01T00:05:00Z'), 0],
		['24:00 is not an hour bucket', () => localHour('2026-01-01T24:00:00Z'), null],
		['text without a time', () => localHour('2026-01-01'), null],
		['garbage', () => localHour('yesterday'), null]
	]);
});

describe('episodesByHour', () => {
	const episodes = [
		episode('2026-10-25', { startedAt: '2026-10-25T02:30:00.000+02:00' }),
		episode('2026-10-25', { startedAt: '2026-10-25T02:30:00.000+01:00' }),
		episode('2026-11-24', { startedAt: '2026-11-24T23:59:00.000-05:00', kind: 'twitch' }),
		episode('2026-11-25', { startedAt: 'not a time' })
	];
	const hours = episodesByHour(episodes);
	cases([
		['24 buckets, hour 0 first', () => hours.map((h) => h.hour), Array.from({ length: 24 }, (_, i) => i)],
		['both 02:30s of the fall-back day land in hour 2', () => hours[2]?.count, 2],
		['the late evening lands in hour 23', () => hours[23]?.count, 1],
		['an unreadable time is skipped, not put in hour 0', () => hours[0]?.count, 0],
		['filters apply', () => episodesByHour(episodes, { kinds: ['twitch'] })[2]?.count, 0]
	]);
});

describe('reliefEffectiveness', () => {
	const episodes = [
		episode('2026-06-01', {
			reliefs: [
				{ method: 'heat', helped: 'a-lot' },
				{ method: 'foam roller', helped: 'a-lot' }
			]
		}),
		episode('2026-06-02', {
			reliefs: [
				{ method: 'heat', helped: 'a-little' },
				{ method: 'massage', helped: 'no' }
			]
		}),
		episode('2026-06-03', {
			reliefs: [
				{ method: 'heat', helped: 'no' },
				{ method: 'stretch', helped: 'a-lot' }
			]
		}),
		episode('2026-06-04', { reliefs: [{ method: 'heat', helped: null }] }),
		episode('2026-06-05', { reliefs: [] })
	];
	const all = reliefEffectiveness(episodes);
	const heat = () => all.find((r) => r.method === 'heat');
	cases([
		[
			'most used first, ties in vocabulary order, own methods last',
			() => all.map((r) => r.method),
			['heat', 'stretch', 'massage', 'foam roller']
		],
		['uses', () => heat()?.uses, 4],
		['helped a lot', () => heat()?.aLot, 1],
		['helped a little', () => heat()?.aLittle, 1],
		['did not help', () => heat()?.no, 1],
		['not rated', () => heat()?.unrated, 1],
		['helped share is over rated uses only', () => heat()?.helpedShare, 2 / 3],
		['only unrated uses give a null share', () => reliefEffectiveness([episodes[3]!])[0]?.helpedShare, null],
		['a share of 0 when it never helped', () => all.find((r) => r.method === 'massage')?.helpedShare, 0],
		['no reliefs, no rows', () => reliefEffectiveness([episodes[4]!]), []],
		[
			'filters apply',
			() => reliefEffectiveness(episodes, { from: '2026-06-03' }).map((r) => r.method),
			['heat', 'stretch']
		]
	]);
});
