import { deviceTimeZone } from '$lib/domain/time';
import {
	DEFAULT_REMINDERS,
	isReminderSettings,
	type ReminderSettings
} from '$lib/domain/reminders/reminder-settings';
import type { DataLayer } from '$lib/db';
import { LiveQuery } from './live-query.svelte';

const REMINDERS = 'reminders';
const CALENDAR_ID = 'calendarId';
const isId = (value: unknown): value is string =>
	typeof value === 'string' && /^[a-z0-9-]{8,64}$/.test(value);

export const REMINDERS_FILE_NAME = 'spasm-log-reminders.ics';

/** The chosen calendar reminders, and the .ics file made from them on the device. */
export class ReminderState {
	readonly #data: DataLayer;
	#stored: LiveQuery<ReminderSettings>;

	constructor(data: DataLayer) {
		this.#data = data;
		this.#stored = new LiveQuery(
			() =>
				data.prefs.get<ReminderSettings>(REMINDERS, structuredClone(DEFAULT_REMINDERS), isReminderSettings),
			structuredClone(DEFAULT_REMINDERS)
		);
	}

	get current(): ReminderSettings {
		return this.#stored.current;
	}

	get loaded(): boolean {
		return this.#stored.loaded;
	}

	/** Saves the choices without making a file (the open-app notification reads the check-in time). */
	async save(settings: ReminderSettings): Promise<void> {
		if (!isReminderSettings(settings)) throw new Error('Reminder settings are not valid');
		await this.#data.prefs.set(REMINDERS, $state.snapshot(settings));
	}

	/**
	 * Saves the choices and returns the calendar text. The per-install calendar id is made once and
	 * kept, so the next file's events carry the same UIDs and update the imported ones.
	 */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a throwaway timestamp
	async makeCalendar(settings: ReminderSettings, now: Date = new Date()): Promise<string> {
		if (!isReminderSettings(settings)) throw new Error('Reminder settings are not valid');
		let calendarId = await this.#data.prefs.get<string | null>(CALENDAR_ID, null, isId);
		if (!calendarId) {
			calendarId = crypto.randomUUID();
			await this.#data.prefs.set(CALENDAR_ID, calendarId);
		}
		await this.#data.prefs.set(REMINDERS, $state.snapshot(settings));
		// The calendar writer (and its time-zone rules) loads when a file is made, not with Today.
		const { buildCalendar } = await import('$lib/domain/reminders/ics');
		return buildCalendar(settings, { timeZone: deviceTimeZone(), now, calendarId });
	}
}
