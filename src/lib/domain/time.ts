import { TZDate } from '@date-fns/tz';
import { format, formatISO, isValid, parseISO } from 'date-fns';
import type { Day, IsoDateTime } from './types';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Noon UTC of a calendar date. Date.UTC would read years 0–99 as 1900–1999, so the year is set apart. */
function utcNoon(year: number, month: number, date: number): Date {
	const out = new Date(Date.UTC(2000, 0, 1, 12));
	out.setUTCFullYear(year, month - 1, date);
	return out;
}

export function deviceTimeZone(): string {
	return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function isValidTimeZone(timeZone: unknown): timeZone is string {
	if (typeof timeZone !== 'string' || timeZone.length === 0 || timeZone.length > 64) return false;
	try {
		new Intl.DateTimeFormat('en', { timeZone });
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

/** The local calendar day of an instant in a time zone. A 02:00 night cramp belongs to that day. */
export function dayOf(instant: Date | IsoDateTime, timeZone: string = deviceTimeZone()): Day {
	const date = typeof instant === 'string' ? parseISO(instant) : instant;
	return format(new TZDate(date.getTime(), timeZone), 'yyyy-MM-dd');
}

/** An instant written with the offset it has in the time zone, so the record keeps its wall-clock time. */
export function toOffsetIso(instant: Date, timeZone: string = deviceTimeZone()): IsoDateTime {
	const zoned = new TZDate(instant.getTime(), timeZone);
	const base = formatISO(zoned);
	// formatISO drops milliseconds; keep them so ordering within a second survives.
	const ms = String(instant.getUTCMilliseconds()).padStart(3, '0');
	return base.replace(/([+-]\d{2}:\d{2}|Z)$/, `.${ms}$1`);
}

export function parseInstant(iso: IsoDateTime): Date | null {
	const date = parseISO(iso);
	return isValid(date) ? date : null;
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
