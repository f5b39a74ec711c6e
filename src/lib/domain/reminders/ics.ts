import { TZDate } from '@date-fns/tz';
import type { Day } from '../types';
import { waterTimes, WEEKDAYS, type ClockTime, type ReminderSettings } from './reminder-settings';

/**
 * An iCalendar file (RFC 5545) made on the device: one repeating event per reminder, each with a
 * display alarm at its start, in the device's time zone. Calendars that import the same file again
 * update the events with the same UID instead of adding copies.
 */
export interface CalendarOptions {
	/** IANA zone the wall-clock times are in (the device's). */
	timeZone: string;
	/** When the file is made: DTSTAMP, and the day the reminders start. */
	now: Date;
	/** A random id kept per install, so UIDs are unique to this person and stable between exports. */
	calendarId: string;
}

export const REMOVAL_TEXT =
	'To remove these reminders later, delete the events (or the "Spasm Log reminders" calendar) in your calendar app. Importing a new file from Spasm Log updates the events it made before.';

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT values. */
export function escapeText(text: string): string {
	return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets are split, each continuation starting with one space.
 * Splits fall between characters, never inside a multi-byte UTF-8 sequence.
 */
export function foldLine(line: string): string {
	if (encoder.encode(line).length <= 75) return line;
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		// The first line holds 75 octets; continuations 74 plus their leading space.
		const limit = parts.length === 0 ? 75 : 74;
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join(CRLF + ' ');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function utcStamp(date: Date): string {
	return (
		`${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
		`T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
	);
}

function localStamp(day: Day, time: ClockTime): string {
	return `${day.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

/** Minutes east of UTC at an instant in a zone. */
function offsetAt(ms: number, timeZone: string): number {
	return -new TZDate(ms, timeZone).getTimezoneOffset();
}

function formatOffset(minutes: number): string {
	const sign = minutes < 0 ? '-' : '+';
	const abs = Math.abs(minutes);
	return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

interface Transition {
	/** First instant of the new offset. */
	at: number;
	from: number;
	to: number;
}

/** The zone's offset changes during a year, found by daily samples and narrowed to the minute. */
export function transitionsIn(year: number, timeZone: string): Transition[] {
	const out: Transition[] = [];
	const start = Date.UTC(year, 0, 1);
	const end = Date.UTC(year + 1, 0, 1);
	const DAY = 86_400_000;
	for (let t = start; t < end; t += DAY) {
		const before = offsetAt(t, timeZone);
		const after = offsetAt(t + DAY, timeZone);
		if (before === after) continue;
		let lo = t;
		let hi = t + DAY;
		while (hi - lo > 60_000) {
			const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
			if (offsetAt(mid, timeZone) === before) lo = mid;
			else hi = mid;
		}
		out.push({ at: hi, from: before, to: after });
	}
	return out;
}

/** The weekday-in-month rule of a transition's local date, e.g. 'BYMONTH=3;BYDAY=-1SU'. */
function yearlyRule(local: Date): string {
	const day = local.getUTCDate();
	const daysInMonth = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
	const weekday = WEEKDAYS[(local.getUTCDay() + 6) % 7];
	const nth = day + 7 > daysInMonth ? -1 : Math.ceil(day / 7);
	return `FREQ=YEARLY;BYMONTH=${local.getUTCMonth() + 1};BYDAY=${nth}${weekday}`;
}

/**
 * VTIMEZONE for the zone, from its offsets in `year`: one STANDARD observance for a zone without
 * daylight saving, else a STANDARD and a DAYLIGHT with yearly rules. Calendar apps usually know the
 * IANA TZID themselves; this block is what the RFC asks for so a strict parser resolves local times.
 */
export function vtimezone(timeZone: string, year: number): string[] {
	const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
	const transitions = transitionsIn(year, timeZone);
	if (transitions.length === 0) {
		const offset = formatOffset(offsetAt(Date.UTC(year, 0, 1), timeZone));
		lines.push(
			'BEGIN:STANDARD',
			'DTSTART:19700101T000000',
			`TZOFFSETFROM:${offset}`,
			`TZOFFSETTO:${offset}`,
			'END:STANDARD'
		);
	} else {
		const maxOffset = Math.max(...transitions.map((t) => t.to));
		for (const t of transitions.slice(0, 2)) {
			// DTSTART is the local time just before the change, in the offset being left.
			const local = new Date(t.at + t.from * 60_000);
			const kind = t.to === maxOffset && t.to > t.from ? 'DAYLIGHT' : 'STANDARD';
			lines.push(
				`BEGIN:${kind}`,
				`DTSTART:1970${pad(local.getUTCMonth() + 1)}${pad(local.getUTCDate())}T${pad(local.getUTCHours())}${pad(local.getUTCMinutes())}00`,
				`RRULE:${yearlyRule(local)}`,
				`TZOFFSETFROM:${formatOffset(t.from)}`,
				`TZOFFSETTO:${formatOffset(t.to)}`,
				`END:${kind}`
			);
		}
	}
	lines.push('END:VTIMEZONE');
	return lines;
}

interface ReminderEvent {
	/** Stable part of the UID: the same reminder slot always gets the same UID. */
	key: string;
	summary: string;
	description: string;
	time: ClockTime;
	rrule: string;
}

/** The events the chosen reminders make, in a fixed order. */
export function reminderEvents(settings: ReminderSettings): ReminderEvent[] {
	const events: ReminderEvent[] = [];
	if (settings.water.enabled) {
		waterTimes(settings.water).forEach((time, i) =>
			events.push({
				key: `water-${i + 1}`,
				summary: 'Drink some water',
				description: `A glass of water, part of your daily goal in Spasm Log.`,
				time,
				rrule: 'FREQ=DAILY'
			})
		);
	}
	if (settings.stretch.enabled && settings.stretch.days.length > 0) {
		const days = WEEKDAYS.filter((d) => settings.stretch.days.includes(d));
		events.push({
			key: 'stretch',
			summary: 'Stretch for a few minutes',
			description: 'Calves, hamstrings, lower back: a guided routine is on Today in Spasm Log.',
			time: settings.stretch.at,
			rrule: days.length === 7 ? 'FREQ=DAILY' : `FREQ=WEEKLY;BYDAY=${days.join(',')}`
		});
	}
	if (settings.checkIn.enabled) {
		events.push({
			key: 'check-in',
			summary: 'Any spasms today?',
			description: "Open Spasm Log to add today's episodes, or say there were none.",
			time: settings.checkIn.at,
			rrule: 'FREQ=DAILY'
		});
	}
	for (const item of settings.items) {
		[...new Set(item.times)].sort().forEach((time) =>
			events.push({
				key: `item-${item.itemId}-${time.replace(':', '')}`,
				summary: item.dose ? `${item.name}, ${item.dose}` : item.name,
				description: 'Your own reminder, as you set it in Spasm Log.',
				time,
				rrule: 'FREQ=DAILY'
			})
		);
	}
	return events;
}

/** The whole .ics text, CRLF line endings, folded at 75 octets. */
export function buildCalendar(settings: ReminderSettings, options: CalendarOptions): string {
	const { timeZone, now, calendarId } = options;
	const startDay = new TZDate(now.getTime(), timeZone);
	const day = `${pad(startDay.getFullYear(), 4)}-${pad(startDay.getMonth() + 1)}-${pad(startDay.getDate())}`;
	const dtstamp = utcStamp(now);
	// Each export is a newer revision of the same events, so a re-import replaces the old ones.
	const sequence = Math.max(0, Math.floor((now.getTime() - Date.UTC(2026, 0, 1)) / 60_000));
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Spasm Log//Reminders//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		'X-WR-CALNAME:Spasm Log reminders',
		`X-WR-TIMEZONE:${timeZone}`,
		...vtimezone(timeZone, startDay.getFullYear())
	];
	for (const event of reminderEvents(settings)) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${event.key}-${calendarId}@spasm-log.app`,
			`DTSTAMP:${dtstamp}`,
			`SEQUENCE:${sequence}`,
			`DTSTART;TZID=${timeZone}:${localStamp(day, event.time)}`,
			'DURATION:PT5M',
			`RRULE:${event.rrule}`,
			`SUMMARY:${escapeText(event.summary)}`,
			`DESCRIPTION:${escapeText(`${event.description}\n\n${REMOVAL_TEXT}`)}`,
			'TRANSP:TRANSPARENT',
			'BEGIN:VALARM',
			'ACTION:DISPLAY',
			'TRIGGER:PT0M',
			`DESCRIPTION:${escapeText(event.summary)}`,
			'END:VALARM',
			'END:VEVENT'
		);
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join(CRLF) + CRLF;
}
