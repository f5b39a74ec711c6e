import { waterGoalForDay } from '../goals';
import { isDay } from '../time';
import type { Day, Logs, MineralMg } from '../types';
import type { EpisodeKind } from '../vocabulary';
import { dayFromNumber, dayNumber } from './day-numbers';

/**
 * One local calendar day of the person's tracked period. Days without records are zeros, not gaps, in
 * totals and charts; comparisons skip them (`tracked`), since a forgotten day is not a spasm-free day.
 */
export interface DailyPoint {
	day: Day;
	/** True when the day has any record (twitches included) or a daily check-in. */
	tracked: boolean;
	/** True when at least one food was logged that day: mineral comparisons only use such days. */
	foodLogged: boolean;
	/** Spasm and cramp episodes; twitches are left out (see `COUNTED_KINDS`). */
	episodes: number;
	/** Every episode, twitches included. */
	episodesAllKinds: number;
	/** Total minutes of the spasm/cramp episodes; an episode of unknown length adds nothing. */
	episodeMinutes: number;
	/** Mean 0–10 intensity of the rated spasm/cramp episodes; null on a day without any. */
	meanIntensity: number | null;
	/** How many of `episodes` carry a rating (the others are unknown, not 0). */
	ratedEpisodes: number;
	maxIntensity: number | null;
	waterMl: number;
	/** That day's goal: the base goal plus the extra for its exercise (`waterGoalForDay`). */
	waterGoalMl: number;
	/** Water as a percentage of that day's goal, unrounded. */
	waterGoalPct: number;
	waterGoalMet: boolean;
	/** Water at or above the goal the person set, without the extra for exercise. */
	waterSetGoalMet: boolean;
	/** The extra water that day's exercise adds to the goal (`waterGoalMl` − the set goal). */
	exerciseExtraMl: number;
	/** Minerals from logged foods, to 0.1 mg. */
	mg: MineralMg;
	stretchMin: number;
	stretchGoalMet: boolean;
	exerciseMin: number;
	/**
	 * Supplements and medicines with a dose logged that day, one entry per item (names compared by
	 * `medicationKey`), as the person last wrote them that day, in name order.
	 */
	taken: readonly string[];
}

/** Doses of "Magnesium " and "magnesium" are the same item: names compare trimmed, spaces collapsed, case-folded. */
export function medicationKey(name: string): string {
	return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-US');
}

export interface DailySeriesOptions {
	/** First day wanted; moved forward to the tracked start when earlier. Defaults to the tracked start. */
	from?: Day;
	/** Last day wanted, included (usually today). Records after it are ignored. */
	to: Day;
	/** Base daily drinking goal before the exercise extra. */
	waterGoalMl: number;
	stretchGoalMin: number;
	/**
	 * The first day of the person's whole record (`DataLayer.firstDay()`), for when `logs` holds only a
	 * range of it: the start is otherwise read from `logs`, and a range whose first days happen to be
	 * empty would lose those real zero days. Null means nothing has been logged at all.
	 */
	trackedStart?: Day | null;
}

/**
 * Twitches are painless flickers that many people log by the dozen from one eyelid;
 * counting them with spasms and cramps would let them swamp the episode rate, the intensity and the minutes.
 */
export const COUNTED_KINDS: ReadonlySet<EpisodeKind> = new Set<EpisodeKind>(['spasm', 'cramp']);

/** The first day with a record of any kind, or null when there are none. */
export function trackedStart(logs: Logs): Day | null {
	let first: Day | null = null;
	for (const list of [
		logs.episodes,
		logs.water,
		logs.foods,
		logs.stretches,
		logs.exercise,
		logs.medications ?? [],
		logs.checkins ?? []
	]) {
		for (const r of list) if (first === null || r.day < first) first = r.day;
	}
	return first;
}

interface Bucket {
	records: number;
	foods: number;
	episodes: number;
	episodesAllKinds: number;
	episodeSec: number;
	intensitySum: number;
	/** Episodes with a rating: an unrated one (null) is unknown, never 0 or 5. */
	rated: number;
	maxIntensity: number | null;
	waterMl: number;
	mg: MineralMg;
	stretchSec: number;
	exerciseMin: number;
	/** Item key → the name as written, for the day's doses. */
	taken: Map<string, string> | null;
}

function emptyBucket(): Bucket {
	return {
		records: 0,
		foods: 0,
		episodes: 0,
		episodesAllKinds: 0,
		episodeSec: 0,
		intensitySum: 0,
		rated: 0,
		maxIntensity: null,
		waterMl: 0,
		mg: { magnesium: 0, potassium: 0, calcium: 0, sodium: 0 },
		stretchSec: 0,
		exerciseMin: 0,
		taken: null
	};
}

/**
 * Per-day series from `from` (clamped to the tracked start) to `to`, both included. Empty when nothing
 * has been logged yet or the range ends before the tracked start.
 *
 * One pass over the records into a Map keyed by day, then one pass over the days, so ten years
 * (3,650 days, ~30k records) stays linear.
 */
export function dailySeries(logs: Logs, opts: DailySeriesOptions): DailyPoint[] {
	const { to, waterGoalMl, stretchGoalMin } = opts;
	if (!isDay(to)) throw new RangeError(`dailySeries: 'to' is not a day: ${String(to)}`);
	if (opts.from !== undefined && !isDay(opts.from)) {
		throw new RangeError(`dailySeries: 'from' is not a day: ${String(opts.from)}`);
	}
	if (opts.trackedStart != null && !isDay(opts.trackedStart)) {
		throw new RangeError(`dailySeries: 'trackedStart' is not a day: ${String(opts.trackedStart)}`);
	}
	const start = opts.trackedStart === undefined ? trackedStart(logs) : opts.trackedStart;
	if (start === null) return [];
	const from = opts.from === undefined || opts.from < start ? start : opts.from;
	if (to < from) return [];

	const buckets = new Map<Day, Bucket>();
	// Lexical comparison is calendar order for 'YYYY-MM-DD', so no parsing per record.
	const bucketFor = (day: Day): Bucket | undefined => {
		if (day < from || day > to) return undefined;
		let b = buckets.get(day);
		if (b === undefined) {
			b = emptyBucket();
			buckets.set(day, b);
		}
		b.records += 1;
		return b;
	};

	for (const e of logs.episodes) {
		const b = bucketFor(e.day);
		if (!b) continue;
		b.episodesAllKinds += 1;
		if (!COUNTED_KINDS.has(e.kind)) continue;
		b.episodes += 1;
		b.episodeSec += e.durationSec ?? 0;
		if (e.intensity === null) continue;
		b.rated += 1;
		b.intensitySum += e.intensity;
		b.maxIntensity = b.maxIntensity === null ? e.intensity : Math.max(b.maxIntensity, e.intensity);
	}
	for (const w of logs.water) {
		const b = bucketFor(w.day);
		if (b) b.waterMl += w.ml;
	}
	for (const f of logs.foods) {
		const b = bucketFor(f.day);
		if (!b) continue;
		b.foods += 1;
		b.mg.magnesium += f.mg.magnesium;
		b.mg.potassium += f.mg.potassium;
		b.mg.calcium += f.mg.calcium;
		b.mg.sodium += f.mg.sodium;
	}
	for (const s of logs.stretches) {
		const b = bucketFor(s.day);
		if (b) b.stretchSec += s.durationSec;
	}
	for (const x of logs.exercise) {
		const b = bucketFor(x.day);
		if (b) b.exerciseMin += x.minutes;
	}
	for (const m of logs.medications ?? []) {
		const b = bucketFor(m.day);
		if (!b) continue;
		b.taken ??= new Map();
		b.taken.set(medicationKey(m.name), m.name.trim());
	}
	// A check-in ("no spasms today") only marks the day as tracked.
	for (const c of logs.checkins ?? []) bucketFor(c.day);

	const zero = emptyBucket();
	const points: DailyPoint[] = [];
	for (let n = dayNumber(from), last = dayNumber(to); n <= last; n++) {
		const day = dayFromNumber(n);
		points.push(toPoint(day, buckets.get(day) ?? zero, waterGoalMl, stretchGoalMin));
	}
	return points;
}

function toPoint(day: Day, b: Bucket, baseWaterGoalMl: number, stretchGoalMin: number): DailyPoint {
	const goal = waterGoalForDay(baseWaterGoalMl, b.exerciseMin);
	// Minutes are summed as seconds first so ten 60 s sessions make exactly 10, not 9.999….
	const stretchMin = b.stretchSec / 60;
	return {
		day,
		tracked: b.records > 0,
		foodLogged: b.foods > 0,
		episodes: b.episodes,
		episodesAllKinds: b.episodesAllKinds,
		episodeMinutes: b.episodeSec / 60,
		meanIntensity: b.rated === 0 ? null : b.intensitySum / b.rated,
		ratedEpisodes: b.rated,
		maxIntensity: b.maxIntensity,
		waterMl: b.waterMl,
		waterGoalMl: goal,
		// A goal of zero or less is met by anything; report it as fully met rather than divide by zero.
		waterGoalPct: goal > 0 ? (b.waterMl / goal) * 100 : 100,
		waterGoalMet: b.waterMl >= goal,
		waterSetGoalMet: b.waterMl >= baseWaterGoalMl,
		exerciseExtraMl: goal - baseWaterGoalMl,
		// Food entries hold mg to 0.1; rounding the sum keeps 419.9 + 0.1 from landing just under 420
		// and flipping a "reference intake met" day.
		mg: {
			magnesium: round1(b.mg.magnesium),
			potassium: round1(b.mg.potassium),
			calcium: round1(b.mg.calcium),
			sodium: round1(b.mg.sodium)
		},
		stretchMin,
		stretchGoalMet: stretchMin >= stretchGoalMin,
		exerciseMin: b.exerciseMin,
		taken: b.taken === null ? NOTHING_TAKEN : [...b.taken.values()].sort()
	};
}

const NOTHING_TAKEN: readonly string[] = Object.freeze([]);

function round1(n: number): number {
	return Math.round(n * 10) / 10;
}
