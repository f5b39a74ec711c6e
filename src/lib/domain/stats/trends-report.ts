import { addDays, daysBetween } from '../time';
import { granularityFor, rangeStart, type Granularity, type TrendRange } from './ranges';
import type { Day, Logs } from '../types';
import { dailySeries, type DailyPoint } from './daily-series';
import { dayFromNumber, dayNumber, mondayNumber } from './day-numbers';
import {
	episodesByHour,
	episodesByLocation,
	reliefEffectiveness,
	withMedicines,
	type HourCount,
	type LocationCount,
	type ReliefSummary
} from './episode-breakdowns';
import { compareAllHabits, HABIT_IDS, type BuiltInHabitId, type HabitComparison } from './habit-comparison';

/**
 * The fixed habits Trends compares: every one in `HABIT_IDS` (sodium is not among them; see there).
 * "Took <item>" habits for supplements and medicines come on top, as the logs hold them.
 */
export const TREND_HABITS: readonly BuiltInHabitId[] = HABIT_IDS;

/** What the frequency chart can draw on its second axis, each as a mean a day. */
export const OVERLAYS = ['water', 'magnesium', 'potassium', 'calcium', 'stretch'] as const;
export type Overlay = (typeof OVERLAYS)[number];

export function overlayValue(p: DailyPoint, overlay: Overlay): number {
	switch (overlay) {
		case 'water':
			return p.waterGoalPct;
		case 'stretch':
			return p.stretchMin;
		default:
			return p.mg[overlay];
	}
}

/** One point of the frequency chart: a day, or an ISO week (Monday first) of the series. */
export interface FrequencyPoint {
	/** The day, or the Monday of the week (even when the series starts later in it). */
	start: Day;
	/** Days of the series in this point (1 for a day; 1–7 for a week, partial at the edges). */
	days: number;
	/** Spasm and cramp episodes (twitches excluded, as in `DailyPoint.episodes`). */
	episodes: number;
	episodesPerDay: number;
	/**
	 * Each overlay as a mean a day over the point's finished days: today, not yet over, would read
	 * as a sudden drop (half a day's water is not 50% of the goal missed). Null when the point is
	 * only today.
	 */
	overlay: Record<Overlay, number | null>;
}

/**
 * Daily points as they are, or grouped into ISO weeks with means a day (partial weeks divide by their
 * own days). `openDay` (today) counts its episodes but stays out of the overlays' means.
 */
export function frequencyPoints(
	daily: readonly DailyPoint[],
	granularity: Granularity,
	openDay: Day | null = null
): FrequencyPoint[] {
	const out: FrequencyPoint[] = [];
	let current: FrequencyPoint | undefined;
	let currentMonday = Number.NaN;
	// Per point: finished days, the overlays' divisor.
	const finished = new Map<FrequencyPoint, number>();
	const sums = new Map<FrequencyPoint, Record<Overlay, number>>();
	for (const p of daily) {
		const monday = granularity === 'week' ? mondayNumber(dayNumber(p.day)) : Number.NaN;
		if (granularity === 'day' || current === undefined || monday !== currentMonday) {
			current = {
				start: granularity === 'day' ? p.day : dayFromNumber(monday),
				days: 0,
				episodes: 0,
				episodesPerDay: 0,
				overlay: { water: null, magnesium: null, potassium: null, calcium: null, stretch: null }
			};
			currentMonday = monday;
			out.push(current);
			finished.set(current, 0);
			sums.set(current, { water: 0, magnesium: 0, potassium: 0, calcium: 0, stretch: 0 });
		}
		current.days += 1;
		current.episodes += p.episodes;
		if (p.day === openDay) continue;
		finished.set(current, finished.get(current)! + 1);
		const sum = sums.get(current)!;
		for (const o of OVERLAYS) sum[o] += overlayValue(p, o);
	}
	for (const point of out) {
		point.episodesPerDay = point.episodes / point.days;
		const days = finished.get(point)!;
		const sum = sums.get(point)!;
		for (const o of OVERLAYS) point.overlay[o] = days > 0 ? sum[o] / days : null;
	}
	return out;
}

export interface TrendsOptions {
	range: TrendRange;
	/** The last day shown, included (the person's today). */
	today: Day;
	/** First day of the whole record (`DataLayer.firstDay()`); `logs` may hold only the range. */
	trackedStart: Day | null;
	waterGoalMl: number;
	stretchGoalMin: number;
	minDaysPerGroup?: number;
}

/** Everything the Trends screen shows for one range, computed once from the logs. */
export interface TrendsReport {
	range: TrendRange;
	/** First day shown (the range start clamped to the tracked start); null when there is nothing to show. */
	from: Day | null;
	to: Day;
	/** Days from the tracked start to today, both included; 0 before anything is logged. */
	trackedDays: number;
	/** Days shown with any record or a check-in: the only days comparisons use. */
	trackedInPeriod: number;
	/** The period's fixed length in days (7, 30, 90, 365); null for all time. */
	periodDays: number | null;
	granularity: Granularity;
	daily: DailyPoint[];
	points: FrequencyPoint[];
	/** `TREND_HABITS` then each "took <item>" habit, × `LAGS`, habit-major. */
	comparisons: HabitComparison[];
	/** Breakdowns take every kind of episode in the days shown, twitches included. */
	locations: LocationCount[];
	hours: HourCount[];
	reliefs: ReliefSummary[];
}

/**
 * The Trends screen's statistics for one range. Linear in records plus days: ten years of logs
 * (~3,650 days, ~40k records) is one pass to bucket and a few passes over the days.
 */
export function trendsReport(logs: Logs, opts: TrendsOptions): TrendsReport {
	const { range, today, trackedStart } = opts;
	const start = rangeStart(range, today);
	const daily = dailySeries(logs, {
		from: start ?? undefined,
		to: today,
		waterGoalMl: opts.waterGoalMl,
		stretchGoalMin: opts.stretchGoalMin,
		trackedStart
	});
	const from = daily[0]?.day ?? null;
	const granularity = granularityFor(range);
	// An empty series must not fall back to every episode: a filter of { from: undefined } is open.
	const filter = from === null ? { from: today, to: addDays(today, -1) } : { from, to: today };
	let trackedInPeriod = 0;
	for (const p of daily) if (p.tracked) trackedInPeriod += 1;
	return {
		range,
		from,
		to: today,
		trackedDays: trackedStart === null ? 0 : Math.max(0, daysBetween(trackedStart, today) + 1),
		trackedInPeriod,
		periodDays: range === 'all' ? null : range,
		granularity,
		daily,
		points: frequencyPoints(daily, granularity, today),
		comparisons: compareAllHabits(daily, { minDaysPerGroup: opts.minDaysPerGroup }),
		locations: episodesByLocation(logs.episodes, filter),
		hours: episodesByHour(logs.episodes, filter),
		reliefs: withMedicines(
			reliefEffectiveness(logs.episodes, filter),
			logs.episodes,
			logs.medications ?? [],
			filter
		)
	};
}
