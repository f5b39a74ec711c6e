/**
 * Pure statistics over a person's logs, for the charts and the "what helps" comparisons.
 * No Svelte, Dexie or DOM: plain records in, plain numbers and sentences out.
 *
 * Typical use:
 * ```ts
 * const daily = dailySeries(logs, { to: today, waterGoalMl: settings.waterGoalMl, stretchGoalMin: settings.stretchGoalMin });
 * const weeks = weeklySeries(daily);
 * const results = compareAllHabits(daily, referenceMg); // referenceMg from the nutrition module
 * const sentences = results.map(summarizeComparison);
 * ```
 *
 * Conventions
 * - Days are the records' stored `day` ('YYYY-MM-DD'); nothing here recomputes a day from a time, so
 *   DST changes and the viewing device's zone never move a record.
 * - The tracked period starts on the first day with a record of any kind. Inside it a day without
 *   records is a real zero day; before it there are no days at all.
 * - "Episodes" in rates and comparisons means spasms and cramps (`COUNTED_KINDS`). Twitches are counted
 *   separately in `episodesAllKinds` and in the breakdowns, which take every kind unless filtered.
 * - Goals are today's settings applied to every day: the history of a changed goal is not kept.
 *
 * Comparisons (`compareHabit`, `compareAllHabits`)
 * - Habit on day d against spasm/cramp episodes on day d + lag, lag 0, 1 or 2; only pairs with both
 *   days in the series count.
 * - Only pairs whose habit day and outcome day are both tracked (any record or a check-in) count:
 *   a forgotten day is not a spasm-free day.
 * - Per group: days, episodes, rate per day. The ratio is rate(met) ÷ rate(not met), so below 1 means
 *   fewer episodes after days the habit was met.
 * - Interval of about 95%: block sandwich (blocks of 14 consecutive pairs, G/(G−1) and t with G − 1
 *   degrees of freedom; see `blockSandwichRateRatio`), so runs of bad days and habit streaks widen it.
 * - Fewer than `DEFAULT_MIN_DAYS_PER_GROUP` (7) days in either group, or fewer than `MIN_PAIRED_DAYS`
 *   (28) pairs, gives status 'not-enough-data' with what is `missing`; `opts.minDaysPerGroup` changes
 *   the per-group minimum.
 * - `comparisonClaim` adds the many-comparisons rule: a difference at one lag only is "could be chance".
 *
 * @module
 */

/**
 * `dailySeries(logs, { from?, to, waterGoalMl, stretchGoalMin }): DailyPoint[]` — one point per day from
 * `from` (clamped to the tracked start; the tracked start when omitted) to `to`. Linear in records + days.
 * `trackedStart(logs): Day | null` — the first day with any record.
 */
export { COUNTED_KINDS, dailySeries, medicationKey, trackedStart } from './daily-series';
export type { DailyPoint, DailySeriesOptions } from './daily-series';

/** `weeklySeries(daily): WeeklyPoint[]` — totals per ISO week (Monday first); edge weeks may be partial. */
export { weeklySeries } from './weekly-series';
export type { WeeklyPoint } from './weekly-series';

/**
 * `habitsFor(daily): Habit[]` — water goal (as set), the exercise extra (exercise days), each mineral at
 * or above the person's median (days with food logged), stretching goal, any stretching.
 * `compareHabit(daily, habit, lag, { minDaysPerGroup? }): HabitComparison`.
 * `compareAllHabits(daily, { minDaysPerGroup? }): HabitComparison[]` — every habit × lag.
 */
export {
	compareAllHabits,
	compareHabit,
	COMPARED_MINERALS,
	DEFAULT_MIN_DAYS_PER_GROUP,
	HABIT_IDS,
	habitsFor,
	isMedicationHabit,
	LAGS,
	median,
	medicationHabitId,
	medicationHabits,
	MIN_MEDICATION_DAYS,
	MIN_PAIRED_DAYS
} from './habit-comparison';
export type {
	BuiltInHabitId,
	MedicationHabitId,
	CompareOptions,
	GroupRate,
	Habit,
	HabitComparison,
	HabitId,
	Lag,
	Missing
} from './habit-comparison';

/** `blockSandwichRateRatio(met, episodes): RateRatio | null` — the interval behind every comparison. */
export { BLOCK_DAYS, blockSandwichRateRatio, tQuantile975, Z_975 } from './rate-ratio';
export type { RateRatio } from './rate-ratio';

/**
 * `episodesByLocation(episodes, filter?)`: every body location with its count, vocabulary order.
 * `episodesByHour(episodes, filter?)`: 24 hour buckets, hour read from the stored `startedAt` text.
 * `reliefEffectiveness(episodes, filter?)`: per relief method, uses and how often it helped.
 * `filter` is `{ from?, to?, kinds? }` on the stored day; every kind when `kinds` is omitted.
 */
export {
	episodesByHour,
	episodesByLocation,
	localHour,
	medicinesText,
	reliefEffectiveness,
	withMedicines
} from './episode-breakdowns';
export type { EpisodeFilter, HourCount, LocationCount, ReliefSummary } from './episode-breakdowns';

/**
 * `summarizeComparison(result): string` — one plain sentence with the rates and the interval, or
 * "Not enough data yet: …"; it reports, never claims a cause.
 */
export {
	formatInterval,
	formatRate,
	formatRatio,
	itemName,
	OUTCOME_WHEN,
	summarizeComparison
} from './comparison-summary';
export type { SummaryOptions } from './comparison-summary';

/**
 * `trendsReport(logs, { range, today, trackedStart, waterGoalMl, stretchGoalMin })` —
 * everything the Trends screen shows for one range (7, 30, 90, 365 days or 'all'): the daily series,
 * frequency points (days up to 90 days, ISO weeks beyond), `TREND_HABITS` × `LAGS` comparisons and the
 * location, hour and relief breakdowns of the days shown. `logs` may hold only the range when
 * `trackedStart` (the first day ever logged) is given.
 */
export { granularityFor, MAX_DAILY_POINTS, rangeStart, TREND_RANGES } from './ranges';
export type { Granularity, TrendRange } from './ranges';
export { frequencyPoints, OVERLAYS, overlayValue, TREND_HABITS, trendsReport } from './trends-report';
export type { FrequencyPoint, Overlay, TrendsOptions, TrendsReport } from './trends-report';

/**
 * One sentence per chart, from the report's numbers: `summarizeFrequency`, `summarizeComparisons`,
 * `summarizeLocations`, `summarizeHours`, `summarizeReliefs`; `comparisonVerdict` reads a comparison's
 * whole 95% interval ('fewer' only when all of it is below 1).
 */
export {
	claimLabel,
	comparisonClaim,
	comparisonVerdict,
	NEIGHBOURING_LAGS,
	summarizeComparisonCount,
	formatRatioWithInterval,
	habitLabel,
	hourSpan,
	listOf,
	MIN_RATED_FOR_BEST,
	NIGHT_HOURS,
	reliefNoun,
	summarizeComparisons,
	summarizeFrequency,
	summarizeHours,
	summarizeLocations,
	summarizeReliefs
} from './trends-summaries';
export type { Claim, Verdict } from './trends-summaries';
