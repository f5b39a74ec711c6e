import { addDays, dayOf, wallMinutes } from '../time';
import type { Day } from '../types';

/**
 * Calm nudges shown when the app opens: at most one at a time, each dismissible. Pure: the clock,
 * zone and logs come in, so the timing is tested with fixed clocks across midnight and DST.
 */
export type Nudge =
	| { kind: 'timer'; key: string; episodeId: string; hours: number }
	| { kind: 'yesterday'; key: string; day: Day }
	| { kind: 'water-pacing'; key: string; expectedMl: number; hadMl: number }
	| { kind: 'backup'; key: string; daysSince: number | null };

export interface NudgeInput {
	now: Date;
	timeZone: string;
	/** Today's drinks and the day's goal. */
	waterMl: number;
	waterGoalMl: number;
	/** The running episode's start, if a timer is running. */
	running: { id: string; startedAt: string } | null;
	/** Whether yesterday has any record (or a "no spasms" check-in). */
	yesterdayLogged: boolean;
	/** The first day with any record; no "yesterday" nudge before the person started. */
	firstDay: Day | undefined;
	/** Last backup, where the backup feature records one; undefined when there is no such feature. */
	lastBackupAt?: Date | null;
	/** Keys the person dismissed. */
	dismissed: readonly string[];
}

/** Drinking is paced over these waking hours (wall-clock, so a DST day paces like any other). */
export const PACING_WINDOW = { startMin: 8 * 60, endMin: 22 * 60 } as const;
/** Pacing speaks only from 10:00 and when the gap is worth a glass or more. */
export const PACING_FROM_MIN = 10 * 60;
export const PACING_GAP_ML = 250;
export const TIMER_HOURS = 2;
/** No "yesterday" nudge before 06:00: a night owl's yesterday is still going. */
export const YESTERDAY_FROM_MIN = 6 * 60;
export const BACKUP_DAYS = 14;

/** Water the goal expects by now, pro rata over the waking window, rounded to 50 ml. */
export function expectedWaterMl(goalMl: number, minutes: number): number {
	const { startMin, endMin } = PACING_WINDOW;
	const fraction = Math.min(1, Math.max(0, (minutes - startMin) / (endMin - startMin)));
	return Math.round((goalMl * fraction) / 50) * 50;
}

/** Every nudge that applies now, most pressing first; `pickNudge` shows the first. */
export function nudgesFor(input: NudgeInput): Nudge[] {
	const { now, timeZone } = input;
	const today = dayOf(now, timeZone);
	const minutes = wallMinutes(now, timeZone);
	const out: Nudge[] = [];

	if (input.running) {
		const hours = (now.getTime() - Date.parse(input.running.startedAt)) / 3_600_000;
		if (hours >= TIMER_HOURS)
			out.push({
				kind: 'timer',
				key: `timer:${input.running.id}`,
				episodeId: input.running.id,
				hours: Math.floor(hours)
			});
	}

	const yesterday = addDays(today, -1);
	if (
		!input.yesterdayLogged &&
		input.firstDay !== undefined &&
		input.firstDay <= yesterday &&
		minutes >= YESTERDAY_FROM_MIN
	) {
		out.push({ kind: 'yesterday', key: `yesterday:${yesterday}`, day: yesterday });
	}

	// Pacing speaks to someone who logs: never on the very first visit, before anything was logged.
	if (input.firstDay !== undefined && minutes >= PACING_FROM_MIN && minutes < PACING_WINDOW.endMin) {
		const expectedMl = expectedWaterMl(input.waterGoalMl, minutes);
		if (expectedMl - input.waterMl >= PACING_GAP_ML)
			// One dismissal quiets pacing for the rest of the day.
			out.push({ kind: 'water-pacing', key: `water:${today}`, expectedMl, hadMl: input.waterMl });
	}

	if (input.lastBackupAt !== undefined) {
		const daysSince =
			input.lastBackupAt === null
				? null
				: Math.floor((now.getTime() - input.lastBackupAt.getTime()) / 86_400_000);
		if (daysSince === null || daysSince >= BACKUP_DAYS)
			out.push({ kind: 'backup', key: `backup:${today}`, daysSince });
	}

	return out.filter((n) => !input.dismissed.includes(n.key));
}

export function pickNudge(input: NudgeInput): Nudge | null {
	return nudgesFor(input)[0] ?? null;
}
