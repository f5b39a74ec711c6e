import { describe, expect, it } from 'vitest';
import { msUntilClockTime } from './open-notifications';

describe('msUntilClockTime', () => {
	const at = (h: number, m: number, s = 0) => new Date(2026, 11, 1, h, m, s);
	const cases: [string, Date, string, number | null][] = [
		['an hour before', at(20, 30), '21:30', 3_600_000],
		['a second before', at(21, 29, 59), '21:30', 1000],
		['exactly on time', at(21, 30), '21:30', 0],
		['a minute late: not today', at(21, 31), '21:30', null],
		['just after midnight, for the evening', at(0, 1), '21:30', (21 * 60 + 29) * 60_000]
	];
	for (const [name, now, time, expected] of cases)
		it(name, () => expect(msUntilClockTime(now, time)).toBe(expected));
});
