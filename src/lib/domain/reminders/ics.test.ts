import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine, reminderEvents, transitionsIn, vtimezone } from './ics';
import { DEFAULT_REMINDERS, type ReminderSettings } from './reminder-settings';

const NOW = new Date('2026-12-01T10:00:00Z');
const OPTIONS = { timeZone: 'Europe/Berlin', now: NOW, calendarId: 'abc123' };
const SETTINGS: ReminderSettings = {
	water: { enabled: true, everyHours: 3, from: '09:00', to: '18:00' },
	stretch: { enabled: true, at: '19:15', days: ['MO', 'WE', 'FR'] },
	checkIn: { enabled: true, at: '21:30' },
	items: [{ itemId: 'item-1', name: 'Magnesium citrate', dose: '2 tablets', times: ['08:00', '20:00'] }]
};
const octets = (s: string) => new TextEncoder().encode(s).length;

function parse(text: string) {
	const comp = new ICAL.Component(ICAL.parse(text));
	return { comp, events: comp.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e)) };
}

describe('foldLine', () => {
	it('leaves a 75-octet line alone', () => {
		expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
	});
	it('folds at 75 octets with a space-led continuation', () => {
		const folded = foldLine('y'.repeat(200));
		const parts = folded.split('\r\n');
		expect(parts.map(octets)).toEqual([75, 75, 52]);
		expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
		expect(folded.replace(/\r\n /g, '')).toBe('y'.repeat(200));
	});
	it('never splits a multi-byte character', () => {
		const line = 'SUMMARY:' + 'é'.repeat(60) + '💊'.repeat(10);
		const parts = foldLine(line).split('\r\n');
		expect(parts.every((p) => octets(p) <= 75)).toBe(true);
		expect(parts.every((p) => !p.includes('\uFFFD'))).toBe(true);
		expect(foldLine(line).replace(/\r\n /g, '')).toBe(line);
	});
});

describe('escapeText', () => {
	it('escapes backslash, semicolon, comma and newline', () => {
		expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
	});
});

describe('buildCalendar', () => {
	const text = buildCalendar(SETTINGS, OPTIONS);

	it('uses CRLF line endings only, every line at most 75 octets', () => {
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		expect(text.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
	});

	it('parses back with ical.js: one event per reminder slot, with its rule and alarm', () => {
		const { comp, events } = parse(text);
		expect(comp.getFirstPropertyValue('version')).toBe('2.0');
		expect(events.map((e) => e.summary)).toEqual([
			'Drink some water',
			'Drink some water',
			'Drink some water',
			'Drink some water',
			'Stretch for a few minutes',
			'Any spasms today?',
			'Magnesium citrate, 2 tablets',
			'Magnesium citrate, 2 tablets'
		]);
		const stretch = events[4]!;
		expect(stretch.component.getFirstPropertyValue('rrule')!.toString()).toBe('FREQ=WEEKLY;BYDAY=MO,WE,FR');
		expect(stretch.startDate.toString()).toBe('2026-12-01T19:15:00');
		expect(stretch.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Berlin');
		for (const event of events) {
			const alarm = event.component.getFirstSubcomponent('valarm')!;
			expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
			expect(alarm.getFirstPropertyValue('trigger')!.toString()).toBe('PT0S');
			expect(event.description).toContain('To remove these reminders later');
		}
	});

	it('resolves local times through its VTIMEZONE, on both sides of a DST change', () => {
		const { comp, events } = parse(text);
		const zone = new ICAL.Timezone(comp.getFirstSubcomponent('vtimezone')!);
		const checkIn = events[5]!;
		const start = checkIn.startDate.clone();
		start.zone = zone;
		// 21:30 in Berlin in December is 20:30 UTC (CET, +01:00).
		expect(start.toUnixTime()).toBe(Date.UTC(2026, 11, 1, 20, 30) / 1000);
		const it = checkIn.iterator();
		let next = it.next();
		while (next && next.compare(ICAL.Time.fromDateTimeString('2027-04-01T00:00:00')) < 0) next = it.next();
		next!.zone = zone;
		// 21:30 in April is 19:30 UTC (CEST, +02:00).
		expect(next!.toUnixTime()).toBe(Date.UTC(2027, 3, 1, 19, 30) / 1000);
	});

	it('keeps UIDs stable between exports and distinct within one', () => {
		const later = buildCalendar(
			{ ...SETTINGS, checkIn: { enabled: true, at: '22:00' } },
			{ ...OPTIONS, now: new Date('2027-01-05T08:00:00Z') }
		);
		const uids = (t: string) => parse(t).events.map((e) => e.uid);
		expect(uids(later)).toEqual(uids(text));
		expect(new Set(uids(text)).size).toBe(uids(text).length);
		const seq = (t: string) => Number(parse(t).events[5]!.component.getFirstPropertyValue('sequence'));
		expect(seq(later)).toBeGreaterThan(seq(text));
	});

	it('makes nothing but the calendar when every reminder is off', () => {
		const none = buildCalendar(
			{
				water: { ...SETTINGS.water, enabled: false },
				stretch: { ...SETTINGS.stretch, enabled: false },
				checkIn: { ...SETTINGS.checkIn, enabled: false },
				items: []
			},
			OPTIONS
		);
		expect(parse(none).events).toEqual([]);
	});

	it('escapes and folds a long item name with commas', () => {
		const long = buildCalendar(
			{
				...DEFAULT_REMINDERS,
				items: [
					{
						itemId: 'x',
						name: 'Magnesium, potassium; and a very long brand name that goes on',
						dose: '1 tablet',
						times: ['07:00']
					}
				]
			},
			OPTIONS
		);
		const item = parse(long).events.at(-1)!;
		expect(item.summary).toBe('Magnesium, potassium; and a very long brand name that goes on, 1 tablet');
	});
});

describe('vtimezone', () => {
	it('a zone without DST has one STANDARD observance', () => {
		const lines = vtimezone('Asia/Tokyo', 2026);
		expect(lines).toContain('TZOFFSETTO:+0900');
		expect(lines.filter((l) => l === 'BEGIN:STANDARD')).toHaveLength(1);
		expect(lines).not.toContain('BEGIN:DAYLIGHT');
	});
	it('New York: DST from the second Sunday of March, back on the first Sunday of November', () => {
		const lines = vtimezone('America/New_York', 2026);
		expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
		expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU');
		expect(lines).toContain('DTSTART:19700308T020000');
	});
	it('finds the exact minute of Berlin’s changes', () => {
		expect(transitionsIn(2026, 'Europe/Berlin').map((t) => new Date(t.at).toISOString())).toEqual([
			'2026-03-29T01:00:00.000Z',
			'2026-10-25T01:00:00.000Z'
		]);
	});
	it('southern hemisphere: Sydney’s daylight time starts in October', () => {
		const lines = vtimezone('Australia/Sydney', 2026);
		const daylight = lines.indexOf('BEGIN:DAYLIGHT');
		expect(lines[daylight + 2]).toBe('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU');
		expect(lines[daylight + 4]).toBe('TZOFFSETTO:+1100');
	});
});

describe('reminderEvents', () => {
	it('water every 3 hours from 09:00 to 18:00 is 09, 12, 15 and 18', () => {
		expect(
			reminderEvents(SETTINGS)
				.filter((e) => e.key.startsWith('water'))
				.map((e) => e.time)
		).toEqual(['09:00', '12:00', '15:00', '18:00']);
	});
	it('a stretch reminder on every day is daily', () => {
		const all = reminderEvents(DEFAULT_REMINDERS).find((e) => e.key === 'stretch');
		expect(all?.rrule).toBe('FREQ=DAILY');
	});
});
