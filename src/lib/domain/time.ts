import type { Day, IsoDateTime } from './types';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Noon UTC of a calendar date. Date.UTC would read years 0–99 as 1900–1999, so the year is set apart. */
function utcNoon(year: number, month: number, date: number): Date {
	const out = new Date(Date.UTC(2000, 0, 1, 12));
	out.setUTCFullYear(year, month - 1, date);
	return out;
}

/** The little of Temporal this file uses. */
interface TemporalApi {
	Now: { timeZoneId(): string };
	Instant: { fromEpochMilliseconds(ms: number): { toZonedDateTimeISO(timeZone: string): WallClock } };
}

/**
 * Temporal where the engine has it (the Chromium the tests run in does), else Intl. The first
 * Intl.DateTimeFormat a page builds sets up ICU's date data: 30–80 ms of main thread in that
 * Chromium on this machine (Lighthouse's phone counts four times that), in the middle of Today's
 * start. Temporal answers the same questions in under a millisecond, and each later conversion is
 * 3–4 times cheaper than formatToParts. Read on each call, not once, so that tests can run both ways.
 */
function temporalApi(): TemporalApi | undefined {
	return (globalThis as { Temporal?: TemporalApi }).Temporal;
}

export function deviceTimeZone(): string {
	const temporal = temporalApi();
	if (temporal) return temporal.Now.timeZoneId() || 'UTC';
	return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function isValidTimeZone(timeZone: unknown): timeZone is string {
	if (typeof timeZone !== 'string' || timeZone.length === 0 || timeZone.length > 64) return false;
	try {
		// The same engine that will convert times in it says whether it knows the zone.
		const temporal = temporalApi();
		if (temporal) temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(timeZone);
		else new Intl.DateTimeFormat('en', { timeZone });
		return true;
	} catch {
		return false;
	}
}

/** A real calendar date written as 'YYYY-MM-DD' (rejects 2026-02-30). */
export function isDay(value: unknown): value is Day {
	if (typeof value !== 'string') return false;
	const m = DAY_PATTERN.exec(value);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = utcNoon(y, mo, d);
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const ISO_INSTANT =
	/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)$/i;

// Building an Intl.DateTimeFormat costs far more than using one: one per zone, kept.
const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
	let format = wallClockFormats.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
			era: 'short'
		});
		wallClockFormats.set(timeZone, format);
	}
	return format;
}

interface WallClock {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

/** The calendar date and time an instant shows on a clock in `timeZone`. */
function wallClock(instant: Date, timeZone: string): WallClock {
	const temporal = temporalApi();
	if (temporal) {
		// Temporal counts years as ISO does (1 BC is year 0), which is what the era mapping below gives.
		const { year, month, day, hour, minute, second } = temporal.Instant.fromEpochMilliseconds(
			instant.getTime()
		).toZonedDateTimeISO(timeZone);
		return { year, month, day, hour, minute, second };
	}
	const out: Record<string, string> = {};
	for (const part of wallClockFormat(timeZone).formatToParts(instant)) out[part.type] = part.value;
	const year = Number(out.year);
	return {
		// Years before 1 AD come back as "BC"; the app never writes them, but stay correct.
		year: out.era === 'BC' || out.era === 'B' ? 1 - year : year,
		month: Number(out.month),
		day: Number(out.day),
		hour: Number(out.hour),
		minute: Number(out.minute),
		second: Number(out.second)
	};
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** The local calendar day of an instant in a time zone. A 02:00 night cramp belongs to that day. */
export function dayOf(instant: Date | IsoDateTime, timeZone: string = deviceTimeZone()): Day {
	const date = typeof instant === 'string' ? (parseInstant(instant) ?? new Date(Number.NaN)) : instant;
	// Like date-fns before it: an invalid date throws RangeError (Intl does), never a wrong day.
	const w = wallClock(date, timeZone);
	return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** Minutes since local midnight on a clock in `timeZone` (Intl, no time-zone library). */
export function wallMinutes(instant: Date, timeZone: string = deviceTimeZone()): number {
	const w = wallClock(instant, timeZone);
	return w.hour * 60 + w.minute;
}

/** An instant written with the offset it has in the time zone, so the record keeps its wall-clock time. */
export function toOffsetIso(instant: Date, timeZone: string = deviceTimeZone()): IsoDateTime {
	const w = wallClock(instant, timeZone);
	const wallMs = utcMs(w.year, w.month, w.day, w.hour, w.minute, w.second);
	const wholeSecond = Math.floor(instant.getTime() / 1000) * 1000;
	const offset = Math.round((wallMs - wholeSecond) / 60_000);
	const sign = offset < 0 ? '-' : '+';
	const zone =
		offset === 0 ? 'Z' : `${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
	// Milliseconds kept, so ordering within a second survives.
	const ms = pad(instant.getUTCMilliseconds(), 3);
	return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}.${ms}${zone}`;
}

/** A UTC time from calendar fields; Date.UTC would read years 0–99 as 1900–1999, so the year is set apart. */
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
	const out = new Date(Date.UTC(2000, 0, 1, hour, minute, second, ms));
	out.setUTCFullYear(year, month - 1, day);
	return out.getTime();
}

/**
 * An ISO 8601 date and time with an offset ('Z', '+01', '+0100' or '+01:00'), or null when it is
 * not one or names a moment that does not exist (2026-02-30, 25:00).
 */
export function parseInstant(iso: IsoDateTime): Date | null {
	const m = ISO_INSTANT.exec(iso);
	if (!m) return null;
	// Plain arithmetic, no Date until the result: every read and every restore validates each
	// record's times with this, and building four Dates per call was most of a restore's validation.
	const year = Number(m[1]);
	const month = Number(m[2]);
	const day = Number(m[3]);
	const hour = Number(m[4]);
	const minute = Number(m[5]);
	const second = m[6] === undefined ? 0 : Number(m[6]);
	const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
	if (hour > 23 || minute > 59 || second > 59) return null;
	let offsetMin = 0;
	const zone = m[8]!;
	if (zone !== 'Z' && zone !== 'z') {
		const digits = zone.slice(1).replace(':', '');
		const h = Number(digits.slice(0, 2));
		const mm = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
		if (h > 23 || mm > 59) return null;
		offsetMin = (zone[0] === '-' ? -1 : 1) * (h * 60 + mm);
	}
	const wallMs =
		daysFromCivil(year, month, day) * 86_400_000 + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
	return new Date(wallMs - offsetMin * 60_000);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month (1–12) of the proleptic Gregorian calendar, as Date counts them. */
function daysInMonth(year: number, month: number): number {
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

/** Days from 1970-01-01 to a valid calendar date (H. Hinnant's days_from_civil), as Date.UTC counts them. */
function daysFromCivil(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146_097 + doe - 719_468;
}

function dayToUtcDate(day: Day): Date {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	return utcNoon(y, m, d);
}

function utcDateToDay(date: Date): Day {
	return date.toISOString().slice(0, 10);
}

/**
 * Calendar arithmetic on days, independent of any time zone or DST change. UTC setters only: local
 * ones (date-fns addDays) follow the process zone, which once skipped whole days (Pacific/Apia 2011).
 */
export function addDays(day: Day, amount: number): Day {
	const date = dayToUtcDate(day);
	date.setUTCDate(date.getUTCDate() + amount);
	return utcDateToDay(date);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
	// Both are noon UTC, and UTC has no DST, so the difference is a whole number of days.
	return Math.round((dayToUtcDate(to).getTime() - dayToUtcDate(from).getTime()) / MS_PER_DAY);
}

/** Every day from `from` to `to`, both included; empty when `to` is before `from`. */
export function dayRange(from: Day, to: Day): Day[] {
	// Counted rather than compared as strings, so a range ending 9999-12-31 never steps past year 9999.
	const count = daysBetween(from, to);
	const out: Day[] = [];
	for (let i = 0; i <= count; i++) out.push(addDays(from, i));
	return out;
}

/** Monday of the ISO week a day falls in. */
export function weekStart(day: Day): Day {
	const weekday = dayToUtcDate(day).getUTCDay(); // 0 = Sunday
	return addDays(day, -((weekday + 6) % 7));
}

export function todayIn(timeZone: string = deviceTimeZone(), now: Date = new Date()): Day {
	return dayOf(now, timeZone);
}

/**
 * The device's local day from Date's own local-time getters: the same zone as `deviceTimeZone()`
 * (both read the system zone), without an Intl formatter. The first one a page makes loads ICU's
 * date data, 156 ms at Lighthouse's 4× CPU slowdown, and "today" is read while Today hydrates.
 */
export function localToday(now: Date = new Date()): Day {
	return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The wall-clock time a record was written with, read from its own offset (not the device's zone). */
export function localTime(iso: string): string {
	const m = /T(\d{2}):(\d{2})/.exec(iso);
	return m ? `${m[1]}:${m[2]}` : '';
}
