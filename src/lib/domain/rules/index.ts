/**
 * Red-flag rules: patterns in the logs that Mayo Clinic and MedlinePlus say are
 * worth mentioning to a doctor. Pure: no Svelte, Dexie or DOM, and the same input gives the same output.
 *
 * Judgement calls where the issue is silent:
 * - Windows are the person's local calendar days ending with the day of `now` in `timeZone`, compared
 *   with each record's stored `day` (never recomputed). Records dated after today are ignored.
 * - An invalid or missing `timeZone` means the device's zone, so any valid input returns without
 *   throwing. An invalid `now` is a programming error and throws a RangeError.
 * - Twitches count only in nerve-signs and visible-changes, as the issue lists; severe and long-lasting
 *   look at spasms and cramps only (a twitch is painless and brief by definition).
 * - An episode whose `durationSec` is null (still going, or length unknown) is never long-lasting.
 * - no-clear-cause: only the exact trigger id 'exercise' explains an episode ('new-exercise' does not,
 *   per the issue). An exercise session explains it when its `at` lies in [startedAt − 24 h, startedAt],
 *   both ends included, compared as instants so a DST change does not move the boundary. Sessions
 *   outside the 14-day window still count. An episode whose `startedAt` cannot be parsed is unexplained.
 * - rising: "weekly average" is the baseline count × 7 / 21; the comparison is cross-multiplied so it
 *   is exact. The earliest record of any kind (water and food included) decides whether a baseline
 *   exists, so adding an old water entry can let `rising` match. A baseline with no episodes counts
 *   as an average of 0, so 3 recent episodes after quiet weeks are "rising".
 * - self-care-not-working: "not fewer than in the 5 days before" compares days with a spasm or cramp,
 *   the same measure as "on ≥ 3 of those days". Home relief means a relief method of exactly 'stretch'
 *   or 'heat', whatever its "helped" answer; relief on a twitch does not count. Any stretch entry makes
 *   a stretching day. A non-finite `waterGoalMl` means the water goal is never met.
 * - Thresholds: a missing, undefined or non-finite override keeps the default; window lengths are
 *   rounded down to whole days, from 1 to 3650.
 * - A rule never matches without at least one episode as evidence (a count threshold of 0 would
 *   otherwise flag empty logs).
 * - Evidence is the episode ids, deduplicated and sorted by code unit (not locale), so it is stable.
 */
export { evaluateRedFlags, hasSignsNeedingDoctor, signsNeedingDoctor } from './red-flags';
export type { RedFlag, RedFlagOptions } from './red-flags';
export { DEFAULT_THRESHOLDS, MAX_WINDOW_DAYS, resolveThresholds } from './thresholds';
export type { Thresholds } from './thresholds';
export { describeRules, RULE_IDS, RULES, RULES_DISCLAIMER } from './rule-descriptions';
export type { RuleDescription, RuleId, RuleSource } from './rule-descriptions';
