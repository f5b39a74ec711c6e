/**
 * The numbers every red-flag rule compares against. The clinical sources name the signs (severe,
 * long-lasting, frequent, ...) but give no cut-offs; the numbers below are this app's defaults,
 * kept in one place so the explanation page and the rules never disagree.
 *
 * Sources used below:
 * - DEFAULT: this app's own cut-off for a sign the sources name without a number.
 * - MAYO: Mayo Clinic, "Muscle cramp — Symptoms and causes", section "When to see a doctor".
 * - MEDLINEPLUS: MedlinePlus Medical Encyclopedia, "Muscle cramps", "When to contact a medical professional".
 */
export interface Thresholds {
	/**
	 * How far back the single-episode rules (severe, long-lasting, nerve-signs, visible-changes) look.
	 * App default: a month keeps a flag in view long enough to book a visit.
	 */
	episodeWindowDays: number;
	/** DEFAULT "severe discomfort: intensity ≥ 8 of 10"; MAYO "cause severe discomfort"; MEDLINEPLUS "severe". */
	severeIntensity: number;
	/** DEFAULT "far longer than the usual seconds-to-minutes (≥ 10 minutes)"; MEDLINEPLUS "last a long time". */
	longDurationSec: number;
	/** DEFAULT "happens often: ≥ 3 in 7 days"; MAYO "happen frequently"; MEDLINEPLUS "keep coming back". */
	frequentCount: number;
	/** DEFAULT "≥ 3 in 7 days". */
	frequentWindowDays: number;
	/** DEFAULT "rising week over week": the recent window compared with the weeks before. */
	risingRecentDays: number;
	/** App default: three weeks of baseline smooths out one unusual week. */
	risingBaselineDays: number;
	/** App default: fewer than this many recent episodes is never called "rising", whatever the baseline. */
	risingMinCount: number;
	/** App default: "rising" means at least this many times the baseline's weekly average. */
	risingFactor: number;
	/** DEFAULT "no clear cause: recurring episodes with no obvious trigger"; MAYO "aren't associated with an obvious cause, such as strenuous exercise". */
	noCauseCount: number;
	/** App default: two weeks, so "recurring" spans more than one week. */
	noCauseWindowDays: number;
	/** App default: exercise this many hours before an episode counts as its likely cause. */
	noCauseExerciseHours: number;
	/** DEFAULT "self-care kept up for several days"; MAYO "don't improve with self-care"; MEDLINEPLUS "don't go away with stretching". */
	selfCareWindowDays: number;
	/** App default: days in the window on which the water goal was met. */
	selfCareWaterDays: number;
	/** App default: days in the window with at least one stretching session. */
	selfCareStretchDays: number;
	/** App default: episodes in the window relieved with stretching or heat (the home relief Mayo Clinic suggests). */
	selfCareReliefEpisodes: number;
	/** App default: days in the window with a spasm or cramp, i.e. episodes "not easing". */
	selfCareEpisodeDays: number;
}

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
	episodeWindowDays: 30,
	severeIntensity: 8,
	longDurationSec: 600,
	frequentCount: 3,
	frequentWindowDays: 7,
	risingRecentDays: 7,
	risingBaselineDays: 21,
	risingMinCount: 3,
	risingFactor: 2,
	noCauseCount: 3,
	noCauseWindowDays: 14,
	noCauseExerciseHours: 24,
	selfCareWindowDays: 5,
	selfCareWaterDays: 4,
	selfCareStretchDays: 3,
	selfCareReliefEpisodes: 2,
	selfCareEpisodeDays: 3
});

const WINDOW_KEYS = [
	'episodeWindowDays',
	'frequentWindowDays',
	'risingRecentDays',
	'risingBaselineDays',
	'noCauseWindowDays',
	'selfCareWindowDays'
] as const satisfies readonly (keyof Thresholds)[];

/** Ten years: longer windows say nothing more about "recent" and would walk millions of days. */
export const MAX_WINDOW_DAYS = 3650;

/**
 * Defaults overlaid with the caller's values. A missing, undefined or non-finite value keeps the
 * default (a settings form may hand over `undefined` or NaN), and windows are whole days from 1 to
 * MAX_WINDOW_DAYS, because a window is a list of calendar days.
 */
export function resolveThresholds(overrides: Partial<Thresholds> = {}): Thresholds {
	const out: Thresholds = { ...DEFAULT_THRESHOLDS };
	for (const key of Object.keys(DEFAULT_THRESHOLDS) as (keyof Thresholds)[]) {
		const value = overrides[key];
		if (typeof value === 'number' && Number.isFinite(value)) out[key] = value;
	}
	for (const key of WINDOW_KEYS) out[key] = Math.min(MAX_WINDOW_DAYS, Math.max(1, Math.floor(out[key])));
	return out;
}
