import { addDays } from '../time';
import type { Day } from '../types';

// Kept apart from the report so the state layer can pick a range's days without pulling every
// statistic into the bundle of each page (the report is loaded only by the Trends screen).

/** The periods Trends offers: the last n days up to today, or everything since the tracked start. */
export const TREND_RANGES = [7, 30, 90, 365, 'all'] as const;
export type TrendRange = (typeof TREND_RANGES)[number];

/** Up to this many days a chart has one point a day; longer ranges have one a week, which stays readable at 360 px. */
export const MAX_DAILY_POINTS = 90;

export type Granularity = 'day' | 'week';

export function granularityFor(range: TrendRange): Granularity {
	return range !== 'all' && range <= MAX_DAILY_POINTS ? 'day' : 'week';
}

/** First day of the range before clamping to the tracked start; null for all time. */
export function rangeStart(range: TrendRange, today: Day): Day | null {
	return range === 'all' ? null : addDays(today, -(range - 1));
}
