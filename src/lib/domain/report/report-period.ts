import { addDays, daysBetween, isDay } from '../time';
import type { Day } from '../types';

/** The periods the report offers; 'custom' takes a from–to pair. */
export const REPORT_PERIODS = [30, 90, 365, 'custom'] as const;
export type ReportPeriodChoice = (typeof REPORT_PERIODS)[number];

export interface ReportPeriod {
	from: Day;
	to: Day;
}

/** Ten years: the longest period the report accepts, so a typo in a year cannot walk a century of days. */
export const MAX_REPORT_DAYS = 3660;

/**
 * The days a choice covers, both ends included: the last 30 days are today and the 29 before. A custom
 * period with its ends swapped is put in order; a missing or invalid end gives null (nothing to show).
 */
export function reportPeriod(
	choice: ReportPeriodChoice,
	today: Day,
	custom: { from?: string; to?: string } = {}
): ReportPeriod | null {
	if (choice !== 'custom') return { from: addDays(today, -(choice - 1)), to: today };
	const { from, to } = custom;
	if (!isDay(from) || !isDay(to)) return null;
	const [a, b] = from <= to ? [from, to] : [to, from];
	if (daysBetween(a, b) + 1 > MAX_REPORT_DAYS) return null;
	return { from: a, to: b };
}

export function periodDays(period: ReportPeriod): number {
	return daysBetween(period.from, period.to) + 1;
}
