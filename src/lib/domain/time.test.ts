import { parseISO } from 'date-fns';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	addDays,
	dayOf,
	dayRange,
	daysBetween,
	deviceTimeZone,
	localToday,
	isDay,
	isValidTimeZone,
	parseInstant,
	todayIn,
	toOffsetIso,
	wallMinutes,
	weekStart
} from './time';

// fast-check replays a failure from the seed it prints; FC_SEED lets a run explore beyond the default.
const FC_PARAMS = { seed: Number(process.env.FC_SEED) || 20261124, numRuns: 300 };

const ALL_ZONES = Intl.supportedValuesOf('timeZone');
const APP_RANGE = { min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59.999Z') };
const FULL_RANGE = { min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z') };

// Node re-reads TZ whenever it is assigned, which is how a test moves the device to another zone.
const originalTz = process.env.TZ;
afterEach(() => {
	if (originalTz === undefined) delete process.env.TZ;
	else process.env.TZ = originalTz;
});

/** The calendar day Intl reports for an instant: an oracle independent of date-fns. */
function intlDay(instant: Date, timeZone: string): string {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).formatToParts(instant);
	const part = (type: string) => parts.find((p) => p.type === type)?.value;
	return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Wall-clock time Intl reports, as 'YYYY-MM-DDTHH:mm:ss'. */
function intlWallClock(instant: Date, timeZone: string): string {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	}).formatToParts(instant);
	const part = (type: string) => parts.find((p) => p.type === type)?.value;
	return `${intlDay(instant, timeZone)}T${part('hour')}:${part('minute')}:${part('second')}`;
}

const dayArb = (range = FULL_RANGE) =>
	fc.date({ ...range, noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('dayOf', () => {
	const cases: [label: string, instant: string, zone: string, day: string][] = [
		['a 02:00 night cramp in Berlin', '2026-11-24T02:00:00+01:00', 'Europe/Berlin', '2026-11-24'],
		['00:30 Berlin is already the next day', '2026-11-23T23:30:00Z', 'Europe/Berlin', '2026-11-24'],
		['the same instant in UTC', '2026-11-23T23:30:00Z', 'UTC', '2026-11-23'],
		['Berlin 23:59:59 before spring forward', '2026-03-28T22:59:59Z', 'Europe/Berlin', '2026-03-28'],
		['Berlin 01:59:59 just before the jump', '2026-03-29T00:59:59Z', 'Europe/Berlin', '2026-03-29'],
		['Berlin 03:00 just after the jump', '2026-03-29T01:00:00Z', 'Europe/Berlin', '2026-03-29'],
		['Berlin 23:59:59 CEST on the short day', '2026-03-29T21:59:59Z', 'Europe/Berlin', '2026-03-29'],
		['Berlin midnight after the short day', '2026-03-29T22:00:00Z', 'Europe/Berlin', '2026-03-30'],
		['Berlin midnight starting the long day', '2026-10-24T22:00:00Z', 'Europe/Berlin', '2026-10-25'],
		['Berlin first 02:30 (CEST)', '2026-10-25T00:30:00Z', 'Europe/Berlin', '2026-10-25'],
		['Berlin second 02:30 (CET)', '2026-10-25T01:30:00Z', 'Europe/Berlin', '2026-10-25'],
		['Berlin 23:59:59 CET on the long day', '2026-10-25T22:59:59Z', 'Europe/Berlin', '2026-10-25'],
		['Berlin midnight after the long day', '2026-10-25T23:00:00Z', 'Europe/Berlin', '2026-10-26'],
		['New York 23:59:59 before spring forward', '2026-03-08T04:59:59Z', 'America/New_York', '2026-03-07'],
		['New York 01:59:59 just before the jump', '2026-03-08T06:59:59Z', 'America/New_York', '2026-03-08'],
		['New York 03:00 just after the jump', '2026-03-08T07:00:00Z', 'America/New_York', '2026-03-08'],
		['New York 23:59:59 EDT on the short day', '2026-03-09T03:59:59Z', 'America/New_York', '2026-03-08'],
		['New York 23:59:59 EDT before fall back', '2026-11-01T03:59:59Z', 'America/New_York', '2026-10-31'],
		['New York first 01:30 (EDT)', '2026-11-01T05:30:00Z', 'America/New_York', '2026-11-01'],
		['New York second 01:30 (EST)', '2026-11-01T06:30:00Z', 'America/New_York', '2026-11-01'],
		['New York 23:59:59 EST on the long day', '2026-11-02T04:59:59Z', 'America/New_York', '2026-11-01'],
		['New York midnight after the long day', '2026-11-02T05:00:00Z', 'America/New_York', '2026-11-02'],
		['Kiritimati (+14) at midnight', '2026-06-01T10:00:00Z', 'Pacific/Kiritimati', '2026-06-02'],
		['Kiritimati (+14) a second before midnight', '2026-06-01T09:59:59Z', 'Pacific/Kiritimati', '2026-06-01'],
		['Pago Pago (−11) a second before midnight', '2026-06-01T10:59:59Z', 'Pacific/Pago_Pago', '2026-05-31'],
		['Pago Pago (−11) at midnight', '2026-06-01T11:00:00Z', 'Pacific/Pago_Pago', '2026-06-01'],
		['one instant, Kiritimati side', '2026-06-01T10:30:00Z', 'Pacific/Kiritimati', '2026-06-02'],
		['one instant, Pago Pago side', '2026-06-01T10:30:00Z', 'Pacific/Pago_Pago', '2026-05-31'],
		['Kathmandu (+05:45) at midnight', '2026-06-01T18:15:00Z', 'Asia/Kathmandu', '2026-06-02'],
		['Kathmandu a second before midnight', '2026-06-01T18:14:59Z', 'Asia/Kathmandu', '2026-06-01'],
		['Auckland, the factory example', '2026-11-24T11:30:00Z', 'Pacific/Auckland', '2026-11-25']
	];

	it.each(cases.map(([label, instant, zone, day]) => ({ label, instant, zone, day })))(
		'$label → $day',
		({ instant, zone, day }) => {
			expect(dayOf(instant, zone)).toBe(day);
		}
	);

	it('takes a Date as well as a string', () => {
		expect(dayOf(new Date('2026-11-24T11:30:00Z'), 'Pacific/Auckland')).toBe('2026-11-25');
	});

	it.each(['UTC', 'Pacific/Apia', 'Pacific/Kiritimati', 'America/New_York', 'Australia/Lord_Howe'])(
		'does not depend on the process zone (TZ=%s)',
		(tz) => {
			process.env.TZ = tz;
			expect(cases.map(([, instant, zone]) => dayOf(instant, zone))).toEqual(cases.map(([, , , day]) => day));
		}
	);

	it('agrees with Intl in every zone the runtime knows', () => {
		fc.assert(
			fc.property(
				fc.date({ ...APP_RANGE, noInvalidDate: true }),
				fc.constantFrom(...ALL_ZONES),
				(instant, zone) => {
					expect(dayOf(instant, zone)).toBe(intlDay(instant, zone));
				}
			),
			FC_PARAMS
		);
	});
});

describe('toOffsetIso', () => {
	const cases: [instant: string, zone: string, iso: string][] = [
		['2026-11-24T01:10:00.000Z', 'Europe/Berlin', '2026-11-24T02:10:00.000+01:00'],
		['2026-03-29T00:30:00.000Z', 'Europe/Berlin', '2026-03-29T01:30:00.000+01:00'],
		['2026-03-29T01:30:00.123Z', 'Europe/Berlin', '2026-03-29T03:30:00.123+02:00'],
		['2026-10-25T00:30:00.000Z', 'Europe/Berlin', '2026-10-25T02:30:00.000+02:00'],
		['2026-10-25T01:30:00.000Z', 'Europe/Berlin', '2026-10-25T02:30:00.000+01:00'],
		['2026-03-08T07:00:00.000Z', 'America/New_York', '2026-03-08T03:00:00.000-04:00'],
		['2026-11-01T05:30:00.000Z', 'America/New_York', '2026-11-01T01:30:00.000-04:00'],
		['2026-11-01T06:30:00.000Z', 'America/New_York', '2026-11-01T01:30:00.000-05:00'],
		['2026-06-01T10:30:00.000Z', 'Pacific/Kiritimati', '2026-06-02T00:30:00.000+14:00'],
		['2026-06-01T10:30:00.000Z', 'Pacific/Pago_Pago', '2026-05-31T23:30:00.000-11:00'],
		['2026-06-01T18:15:00.999Z', 'Asia/Kathmandu', '2026-06-02T00:00:00.999+05:45'],
		['2026-11-24T11:30:00.000Z', 'Pacific/Auckland', '2026-11-25T00:30:00.000+13:00'],
		['2026-11-24T11:30:00.007Z', 'UTC', '2026-11-24T11:30:00.007Z'],
		['0001-01-01T00:00:00.000Z', 'UTC', '0001-01-01T00:00:00.000Z'],
		['9999-12-31T23:59:59.999Z', 'UTC', '9999-12-31T23:59:59.999Z']
	];

	it.each(cases.map(([instant, zone, iso]) => ({ instant, zone, iso })))(
		'$instant in $zone → $iso',
		({ instant, zone, iso }) => {
			expect(toOffsetIso(new Date(instant), zone)).toBe(iso);
		}
	);

	it.each(['UTC', 'Pacific/Apia', 'Asia/Kathmandu'])('does not depend on the process zone (TZ=%s)', (tz) => {
		process.env.TZ = tz;
		expect(cases.map(([instant, zone]) => toOffsetIso(new Date(instant), zone))).toEqual(
			cases.map(([, , iso]) => iso)
		);
	});

	it('keeps the wall-clock time of the zone and round-trips to the same instant', () => {
		fc.assert(
			fc.property(
				fc.date({ ...APP_RANGE, noInvalidDate: true }),
				fc.constantFrom(...ALL_ZONES),
				(instant, zone) => {
					const iso = toOffsetIso(instant, zone);
					expect([iso.slice(0, 19), parseISO(iso).getTime(), iso.slice(0, 10)]).toEqual([
						intlWallClock(instant, zone),
						instant.getTime(),
						dayOf(instant, zone)
					]);
				}
			),
			FC_PARAMS
		);
	});
});

describe('isDay', () => {
	const cases: [label: string, value: unknown, expected: boolean][] = [
		['an ordinary day', '2026-11-24', true],
		['29 February in a leap year', '2024-02-29', true],
		['29 February 2000 (divisible by 400)', '2000-02-29', true],
		['29 February 2026', '2026-02-29', false],
		['29 February 2100 (divisible by 100)', '2100-02-29', false],
		['30 February', '2026-02-30', false],
		['31 April', '2026-04-31', false],
		['month 13', '2026-13-01', false],
		['month 0', '2026-00-10', false],
		['day 0', '2026-01-00', false],
		['year 1', '0001-01-01', true],
		['year 99 (Date.UTC would read it as 1999)', '0099-12-31', true],
		['29 February in year 4', '0004-02-29', true],
		['year 9999', '9999-12-31', true],
		['a five-digit year', '10000-01-01', false],
		['no padding', '2026-1-01', false],
		['a leading space', ' 2026-01-01', false],
		['a trailing newline', '2026-01-01\n', false],
		['a timestamp', '2026-01-01T00:00:00Z', false],
		['slashes', '2026/01/01', false],
		['the empty string', '', false],
		['a number', 20260101, false],
		['a Date', new Date('2026-01-01'), false],
		['a String object', new String('2026-01-01'), false],
		['null', null, false],
		['undefined', undefined, false]
	];

	it.each(cases.map(([label, value, expected]) => ({ label, value, expected })))(
		'$label → $expected',
		({ value, expected }) => {
			expect(isDay(value)).toBe(expected);
		}
	);

	it('matches the Gregorian leap-year rule for every year, month and day number', () => {
		const daysIn = (y: number, m: number) =>
			m === 2
				? y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
					? 29
					: 28
				: [4, 6, 9, 11].includes(m)
					? 30
					: 31;
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 9999 }),
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 1, max: 31 }),
				(y, m, d) => {
					const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
					expect(isDay(text)).toBe(d <= daysIn(y, m));
				}
			),
			FC_PARAMS
		);
	});

	it('never throws', () => {
		fc.assert(
			fc.property(fc.oneof(fc.anything(), fc.string(), fc.constant('x'.repeat(1024 * 1024))), (value) => {
				expect(typeof isDay(value)).toBe('boolean');
			}),
			FC_PARAMS
		);
	});
});

describe('day arithmetic', () => {
	const addCases: [day: string, amount: number, expected: string][] = [
		['2026-11-24', 0, '2026-11-24'],
		['2026-01-31', 1, '2026-02-01'],
		['2026-02-28', 1, '2026-03-01'],
		['2024-02-28', 1, '2024-02-29'],
		['2100-02-28', 1, '2100-03-01'],
		['2026-12-31', 1, '2027-01-01'],
		['2027-01-01', -1, '2026-12-31'],
		['2026-03-28', 1, '2026-03-29'],
		['2026-03-29', 1, '2026-03-30'],
		['2026-10-25', 1, '2026-10-26'],
		['2026-03-08', 1, '2026-03-09'],
		['2026-11-01', -1, '2026-10-31'],
		['2026-01-01', 365, '2027-01-01'],
		['2024-01-01', 366, '2025-01-01'],
		['0001-01-01', 1, '0001-01-02'],
		['0001-12-31', 1, '0002-01-01'],
		['9999-12-30', 1, '9999-12-31']
	];
	it.each(addCases.map(([day, amount, expected]) => ({ day, amount, expected })))(
		'addDays($day, $amount) → $expected',
		({ day, amount, expected }) => {
			expect(addDays(day, amount)).toBe(expected);
		}
	);

	const betweenCases: [from: string, to: string, expected: number][] = [
		['2026-11-24', '2026-11-24', 0],
		['2026-12-31', '2027-01-01', 1],
		['2027-01-01', '2026-12-31', -1],
		['2026-01-31', '2026-03-01', 29],
		['2024-01-31', '2024-03-01', 30],
		['2026-03-28', '2026-03-30', 2],
		['2026-10-24', '2026-10-26', 2],
		['2026-03-07', '2026-03-09', 2],
		['2026-10-31', '2026-11-02', 2],
		['2000-01-01', '2100-12-31', 36_889],
		['0001-01-01', '9999-12-31', 3_652_058]
	];
	it.each(betweenCases.map(([from, to, expected]) => ({ from, to, expected })))(
		'daysBetween($from, $to) → $expected',
		({ from, to, expected }) => {
			expect(daysBetween(from, to)).toBe(expected);
		}
	);

	const rangeCases: [from: string, to: string, expected: string[]][] = [
		['2026-11-24', '2026-11-24', ['2026-11-24']],
		['2026-11-24', '2026-11-23', []],
		['2026-12-30', '2027-01-02', ['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']],
		['2024-02-28', '2024-03-01', ['2024-02-28', '2024-02-29', '2024-03-01']],
		['2026-03-28', '2026-03-30', ['2026-03-28', '2026-03-29', '2026-03-30']],
		['2026-10-31', '2026-11-02', ['2026-10-31', '2026-11-01', '2026-11-02']],
		['9999-12-30', '9999-12-31', ['9999-12-30', '9999-12-31']],
		['0001-01-01', '0001-01-02', ['0001-01-01', '0001-01-02']]
	];
	it.each(rangeCases.map(([from, to, expected]) => ({ from, to, expected })))(
		'dayRange($from, $to)',
		({ from, to, expected }) => {
			expect(dayRange(from, to)).toEqual(expected);
		}
	);

	const weekCases: [day: string, monday: string][] = [
		['2026-03-23', '2026-03-23'],
		['2026-03-29', '2026-03-23'],
		['2026-03-30', '2026-03-30'],
		['2026-10-25', '2026-10-19'],
		['2026-03-08', '2026-03-02'],
		['2026-11-01', '2026-10-26'],
		['2026-01-01', '2025-12-29'],
		['2026-03-01', '2026-02-23'],
		['0001-01-01', '0001-01-01'],
		['9999-12-31', '9999-12-27']
	];
	it.each(weekCases.map(([day, monday]) => ({ day, monday })))(
		'weekStart($day) → $monday',
		({ day, monday }) => {
			expect(weekStart(day)).toBe(monday);
		}
	);

	// Pacific/Apia skipped 30 December 2011 and Kiritimati skipped 31 December 1994: local-time
	// arithmetic in such a process zone loses or gains a day.
	it.each(['UTC', 'Pacific/Apia', 'Pacific/Kiritimati', 'America/New_York', 'Australia/Lord_Howe'])(
		'does not depend on the process zone (TZ=%s)',
		(tz) => {
			process.env.TZ = tz;
			expect([
				addDays('2011-12-29', 2),
				daysBetween('2011-12-29', '2011-12-31'),
				daysBetween('1994-12-30', '1995-01-01'),
				weekStart('2011-12-31'),
				dayRange('2011-12-29', '2011-12-31'),
				addDays('2026-03-28', 2),
				daysBetween('2026-10-24', '2026-10-26')
			]).toEqual([
				'2011-12-31',
				2,
				2,
				'2011-12-26',
				['2011-12-29', '2011-12-30', '2011-12-31'],
				'2026-03-30',
				2
			]);
		}
	);

	// Far enough from year 1 and 9999 that a step of a year or so stays inside the Day format.
	const INNER_RANGE = { min: new Date('0002-01-01T00:00:00Z'), max: new Date('9998-01-01T00:00:00Z') };

	it('addDays agrees with millisecond arithmetic and daysBetween inverts it', () => {
		fc.assert(
			fc.property(dayArb(INNER_RANGE), fc.integer({ min: -366, max: 366 }), (day, amount) => {
				const oracle = new Date(Date.parse(`${day}T00:00:00Z`) + amount * 86_400_000)
					.toISOString()
					.slice(0, 10);
				const later = addDays(day, amount);
				expect([later, daysBetween(day, later), addDays(later, -amount)]).toEqual([oracle, amount, day]);
			}),
			FC_PARAMS
		);
	});

	it('dayRange lists consecutive days from the first to the last', () => {
		fc.assert(
			fc.property(dayArb(INNER_RANGE), fc.integer({ min: -5, max: 400 }), (from, span) => {
				const to = addDays(from, span);
				const range = dayRange(from, to);
				const steps = range.slice(1).map((d, i) => daysBetween(range[i] as string, d));
				expect([range.length, range[0], range.at(-1), steps.every((s) => s === 1)]).toEqual(
					span < 0 ? [0, undefined, undefined, true] : [span + 1, from, to, true]
				);
			}),
			FC_PARAMS
		);
	});

	it('weekStart is the Monday on or before the day', () => {
		fc.assert(
			fc.property(dayArb(), (day) => {
				const monday = weekStart(day);
				const weekday = new Date(Date.parse(`${monday}T00:00:00Z`)).getUTCDay();
				const back = daysBetween(monday, day);
				expect([weekday, back >= 0 && back <= 6, weekStart(monday)]).toEqual([1, true, monday]);
			}),
			FC_PARAMS
		);
	});

	it('every day from year 1 to 9999 is a Day', () => {
		fc.assert(
			fc.property(dayArb(), (day) => {
				expect(isDay(day)).toBe(true);
			}),
			FC_PARAMS
		);
	});
});

describe('isValidTimeZone', () => {
	const cases: [label: string, value: unknown, expected: boolean][] = [
		['UTC', 'UTC', true],
		['Europe/Berlin', 'Europe/Berlin', true],
		['America/New_York', 'America/New_York', true],
		['Pacific/Kiritimati', 'Pacific/Kiritimati', true],
		['Pacific/Pago_Pago', 'Pacific/Pago_Pago', true],
		['Etc/GMT+5', 'Etc/GMT+5', true],
		['an unknown zone', 'Mars/Olympus_Mons', false],
		['Etc/Unknown', 'Etc/Unknown', false],
		['a zone with a trailing space', 'Europe/Berlin ', false],
		['an offset past ±14 hours', 'Etc/GMT+25', false],
		['the empty string', '', false],
		['65 characters', 'A'.repeat(65), false],
		['a 1 MB string', 'A'.repeat(1024 * 1024), false],
		['a number', 1, false],
		['NaN', NaN, false],
		['null', null, false],
		['undefined', undefined, false],
		['an object', { timeZone: 'UTC' }, false],
		['a String object', new String('UTC'), false]
	];
	it.each(cases.map(([label, value, expected]) => ({ label, value, expected })))(
		'$label → $expected',
		({ value, expected }) => {
			expect(isValidTimeZone(value)).toBe(expected);
		}
	);

	it('never throws, whatever it is given', () => {
		fc.assert(
			fc.property(fc.oneof(fc.anything(), fc.string(), fc.string({ unit: 'binary' })), (value) => {
				expect(typeof isValidTimeZone(value)).toBe('boolean');
			}),
			FC_PARAMS
		);
	});

	it('accepts only zones that dayOf and toOffsetIso can use', () => {
		const mangled = fc
			.tuple(fc.constantFrom(...ALL_ZONES), fc.constantFrom('same', 'lower', 'upper', 'suffix', 'prefix'))
			.map(([zone, how]) => {
				if (how === 'lower') return zone.toLowerCase();
				if (how === 'upper') return zone.toUpperCase();
				if (how === 'suffix') return `${zone}x`;
				return how === 'prefix' ? `x${zone}` : zone;
			});
		fc.assert(
			fc.property(mangled, fc.date({ ...APP_RANGE, noInvalidDate: true }), (zone, instant) => {
				if (!isValidTimeZone(zone)) return;
				expect(dayOf(instant, zone)).toBe(toOffsetIso(instant, zone).slice(0, 10));
			}),
			FC_PARAMS
		);
	});
});

describe('parseInstant', () => {
	it.each([
		['2026-11-24T02:10:00.000+01:00', '2026-11-24T01:10:00.000Z'],
		['2026-11-24T02:10:00Z', '2026-11-24T02:10:00.000Z']
	])('reads %s', (iso, utc) => {
		expect(parseInstant(iso)?.toISOString()).toBe(utc);
	});

	it.each(['2026-02-30T10:00:00Z', '2100-02-29T10:00:00Z', '2026-13-01T10:00:00Z', 'yesterday', ''])(
		'gives null for %j',
		(iso) => {
			expect(parseInstant(iso)).toBeNull();
		}
	);

	it('agrees with Date on every moment from year 1 to 9999, in any offset', () => {
		fc.assert(
			fc.property(
				fc.date({ ...FULL_RANGE, noInvalidDate: true }),
				fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
				(moment, offsetMin) => {
					const wall = new Date(moment.getTime() + offsetMin * 60_000);
					if (wall.getUTCFullYear() < 1 || wall.getUTCFullYear() > 9999) return;
					const sign = offsetMin < 0 ? '-' : '+';
					const abs = Math.abs(offsetMin);
					const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
					const iso = wall.toISOString().replace('Z', zone);
					expect(parseInstant(iso)?.getTime()).toBe(moment.getTime());
				}
			),
			FC_PARAMS
		);
	});
});

describe('device time zone', () => {
	it('follows the zone the device is in', () => {
		process.env.TZ = 'Pacific/Auckland';
		expect(deviceTimeZone()).toBe('Pacific/Auckland');
	});

	it('todayIn uses the device zone by default', () => {
		process.env.TZ = 'Pacific/Auckland';
		expect(todayIn(undefined, new Date('2026-11-24T11:30:00Z'))).toBe('2026-11-25');
	});

	it.each([
		['Pacific/Auckland', '2026-11-24T11:30:00Z', '2026-11-25'],
		['America/Los_Angeles', '2026-11-24T07:30:00Z', '2026-11-23'],
		['Europe/Berlin', '2026-03-29T00:30:00Z', '2026-03-29'],
		['Asia/Kathmandu', '2026-12-31T18:14:00Z', '2026-12-31'],
		['Asia/Kathmandu', '2026-12-31T18:15:00Z', '2027-01-01']
	])('localToday in %s at %s is the device zone day (%s), as todayIn says', (zone, iso, day) => {
		process.env.TZ = zone;
		expect(localToday(new Date(iso))).toBe(day);
		expect(localToday(new Date(iso))).toBe(todayIn(undefined, new Date(iso)));
	});

	it('todayIn uses a zone it is given', () => {
		process.env.TZ = 'Pacific/Auckland';
		expect(todayIn('America/Los_Angeles', new Date('2026-11-24T11:30:00Z'))).toBe('2026-11-24');
	});
});

describe('where the engine has Temporal', () => {
	// Fixed-offset zones, so the stand-in needs no time-zone data of its own (and no Intl).
	const OFFSET_MIN: Record<string, number> = {
		UTC: 0,
		'Etc/GMT-5': 300,
		'Etc/GMT+8': -480,
		'Etc/GMT-14': 840
	};
	const temporal = {
		Now: { timeZoneId: () => 'Etc/GMT-5' },
		Instant: {
			fromEpochMilliseconds(ms: number) {
				if (!Number.isFinite(ms)) throw new RangeError('not a time');
				return {
					toZonedDateTimeISO(timeZone: string) {
						const offset = OFFSET_MIN[timeZone];
						if (offset === undefined) throw new RangeError(`unknown zone ${timeZone}`);
						const wall = new Date(ms + offset * 60_000);
						return {
							year: wall.getUTCFullYear(),
							month: wall.getUTCMonth() + 1,
							day: wall.getUTCDate(),
							hour: wall.getUTCHours(),
							minute: wall.getUTCMinutes(),
							second: wall.getUTCSeconds()
						};
					}
				};
			}
		}
	};

	afterEach(() => {
		vi.unstubAllGlobals();
		vi.restoreAllMocks();
	});

	it('gives the same days and offsets as Intl, from year 1 BC to 9999, and builds no Intl.DateTimeFormat', () => {
		const instants = fc.sample(
			fc.date({
				min: new Date('-000001-01-01T00:00:00Z'),
				max: new Date('9999-12-30T00:00:00Z'),
				noInvalidDate: true
			}),
			{ seed: FC_PARAMS.seed, numRuns: 400 }
		);
		const zones = Object.keys(OFFSET_MIN);
		const withIntl = instants.flatMap((at) =>
			zones.map((zone) => [dayOf(at, zone), toOffsetIso(at, zone), wallMinutes(at, zone)])
		);
		const built = vi.spyOn(Intl, 'DateTimeFormat');
		const converted = vi.spyOn(temporal.Instant, 'fromEpochMilliseconds');
		vi.stubGlobal('Temporal', temporal);
		const withTemporal = instants.flatMap((at) =>
			zones.map((zone) => [dayOf(at, zone), toOffsetIso(at, zone), wallMinutes(at, zone)])
		);
		expect(withTemporal).toEqual(withIntl);
		// Three conversions for each instant in each zone: every answer came from Temporal.
		expect(converted).toHaveBeenCalledTimes(instants.length * zones.length * 3);
		expect(deviceTimeZone()).toBe('Etc/GMT-5');
		expect(isValidTimeZone('Etc/GMT+8')).toBe(true);
		expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
		expect(() => dayOf(new Date(Number.NaN), 'UTC')).toThrow(RangeError);
		expect(built).not.toHaveBeenCalled();
	});
});
