import type { ClockTime } from './reminder-settings';

/** The tag of the evening check-in's notification and of its Periodic Background Sync registration. */
export const CHECK_IN_TAG = 'evening-check-in';

export const CHECK_IN_NOTIFICATION = {
	title: 'Any spasms today?',
	body: 'Tap to open Spasm Log and answer the evening check-in.'
} as const;

/**
 * Milliseconds from `now` until `at` (HH:MM) on the same local day, or null when that time has passed:
 * an open app notifies at the check-in time, never late for a time already gone. Local wall-clock
 * arithmetic through `Date`, so a DST day still fires at the time on the clock.
 */
export function msUntilClockTime(now: Date, at: ClockTime): number | null {
	const [h, m] = at.split(':').map(Number) as [number, number];
	const target = new Date(now.getFullYear(), now.getMonth(), now.getDate(), h, m, 0, 0);
	const wait = target.getTime() - now.getTime();
	return wait >= 0 ? wait : null;
}
