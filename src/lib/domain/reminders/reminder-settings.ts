import * as v from 'valibot';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_LABELS: Record<Weekday, string> = {
	MO: 'Mon',
	TU: 'Tue',
	WE: 'Wed',
	TH: 'Thu',
	FR: 'Fri',
	SA: 'Sat',
	SU: 'Sun'
};

/** A wall-clock time 'HH:MM', 24-hour. */
export type ClockTime = string;

export interface ItemReminder {
	/** The saved item's id: part of the event's UID, so a renamed item updates its event. */
	itemId: string;
	name: string;
	/** The usual dose in words, e.g. '2 tablets'; shown only because the person saved it. */
	dose: string;
	times: ClockTime[];
}

export interface ReminderSettings {
	water: { enabled: boolean; everyHours: number; from: ClockTime; to: ClockTime };
	stretch: { enabled: boolean; at: ClockTime; days: Weekday[] };
	checkIn: { enabled: boolean; at: ClockTime };
	items: ItemReminder[];
}

export const DEFAULT_REMINDERS: Readonly<ReminderSettings> = Object.freeze({
	water: { enabled: true, everyHours: 2, from: '09:00', to: '21:00' },
	stretch: { enabled: true, at: '19:00', days: [...WEEKDAYS] },
	checkIn: { enabled: true, at: '21:30' },
	items: []
});

const clockTime = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Must be a time HH:MM'));

export const reminderSettingsSchema = v.object({
	water: v.object({
		enabled: v.boolean(),
		everyHours: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12)),
		from: clockTime,
		to: clockTime
	}),
	stretch: v.object({
		enabled: v.boolean(),
		at: clockTime,
		days: v.pipe(v.array(v.picklist(WEEKDAYS)), v.maxLength(7))
	}),
	checkIn: v.object({ enabled: v.boolean(), at: clockTime }),
	items: v.pipe(
		v.array(
			v.object({
				itemId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
				name: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
				dose: v.pipe(v.string(), v.maxLength(80)),
				times: v.pipe(v.array(clockTime), v.maxLength(8))
			})
		),
		v.maxLength(50)
	)
});

export function isReminderSettings(value: unknown): value is ReminderSettings {
	return v.is(reminderSettingsSchema, value);
}

function minutesOf(time: ClockTime): number {
	const [h, m] = time.split(':').map(Number) as [number, number];
	return h * 60 + m;
}

function timeOf(minutes: number): ClockTime {
	return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The water reminder's times: from `from`, every N hours, up to and including `to` (same day). */
export function waterTimes(water: ReminderSettings['water']): ClockTime[] {
	const start = minutesOf(water.from);
	const end = minutesOf(water.to);
	const out: ClockTime[] = [];
	for (let t = start; t <= end && out.length < 24; t += water.everyHours * 60) out.push(timeOf(t));
	return out;
}
