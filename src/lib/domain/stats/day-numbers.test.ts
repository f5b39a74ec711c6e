import { describe, expect, it } from 'vitest';
import { addDays, weekStart } from '../time';
import { dayFromNumber, dayNumber, mondayNumber } from './day-numbers';

function cases(rows: ReadonlyArray<readonly [name: string, actual: () => unknown, expected: unknown]>) {
	for (const [name, actual, expected] of rows) it(name, () => expect(actual()).toEqual(expected));
}

describe('day numbers', () => {
	cases([
		['the epoch is day 0', () => dayNumber('1970-01-01'), 0],
		['round trip', () => dayFromNumber(dayNumber('2026-03-29')), '2026-03-29'],
		['Berlin spring-forward day is one day long', () => dayNumber('2026-03-30') - dayNumber('2026-03-29'), 1],
		['Berlin fall-back day is one day long', () => dayNumber('2026-10-26') - dayNumber('2026-10-25'), 1],
		['leap day', () => dayFromNumber(dayNumber('2024-02-28') + 1), '2024-02-29'],
		['a year below 100 is not read as 19xx', () => dayFromNumber(dayNumber('0050-03-01')), '0050-03-01'],
		['year end', () => dayFromNumber(dayNumber('2025-12-31') + 1), '2026-01-01'],
		['Monday of a Sunday', () => dayFromNumber(mondayNumber(dayNumber('2026-03-29'))), '2026-03-23'],
		['Monday of a Monday', () => dayFromNumber(mondayNumber(dayNumber('2026-03-30'))), '2026-03-30'],
		['Monday before the epoch', () => dayFromNumber(mondayNumber(dayNumber('1969-12-31'))), '1969-12-29']
	]);

	it('agrees with time.ts addDays and weekStart for every day of 2024–2027', () => {
		const mismatches: string[] = [];
		for (let d = '2024-01-01'; d <= '2027-12-31'; d = addDays(d, 1)) {
			if (dayFromNumber(dayNumber(d) + 1) !== addDays(d, 1)) mismatches.push(`next ${d}`);
			if (dayFromNumber(mondayNumber(dayNumber(d))) !== weekStart(d)) mismatches.push(`week ${d}`);
		}
		expect(mismatches).toEqual([]);
	});
});
