import { evaluateRedFlags, medicationsBetween } from '../rules/red-flags';
import type { RuleId } from '../rules/rule-descriptions';
import { DEFAULT_THRESHOLDS } from '../rules/thresholds';
import {
	COUNTED_KINDS,
	claimLabel,
	compareAllHabits,
	comparisonClaim,
	comparisonVerdict,
	dailySeries,
	episodesByHour,
	episodesByLocation,
	habitLabel,
	localHour,
	medicationKey,
	NIGHT_HOURS,
	medicinesText,
	reliefEffectiveness,
	weeklySeries,
	withMedicines,
	type HabitId,
	type Lag,
	type ReliefSummary,
	type Verdict
} from '../stats';
import { addDays } from '../time';
import { formatDose } from '../medications/supplement-minerals';
import type { Day, Logs, MedicationDose, MineralMg, SpasmEpisode } from '../types';
import type { MedicationKind } from '../vocabulary';
import {
	HELPED_LABELS,
	KIND_LABELS,
	labelFor,
	LOCATION_LABELS,
	MINERALS,
	RELIEF_LABELS,
	SIGN_KEYS,
	SIGN_LABELS,
	TRIGGER_LABELS,
	type BodyLocation,
	type Mineral,
	type SignKey
} from '../vocabulary';
import { formatSeconds, formatShortDay, wallClock } from './report-format';
import { periodDays, type ReportPeriod } from './report-period';

export interface DoctorReportOptions {
	period: ReportPeriod;
	/** When the report is made; printed on it. */
	generatedAt: Date;
	/** The first day the person logged anything (`DataLayer.firstDay()`), so days before it are not zeros. */
	trackedStart: Day | null;
	waterGoalMl: number;
	stretchGoalMin: number;
	referenceMg: MineralMg;
	includeNotes: boolean;
}

export interface ReportRedFlag {
	id: RuleId;
	title: string;
	reason: string;
	/** Distinct days of the episodes behind the flag, inside the period, in order. */
	evidenceDays: Day[];
	/** For rules that look at a window ending on a day: the days in the period on which they matched. */
	matchedDays: number;
	/** The last day it matched on; the reason is that day's. */
	lastMatched: Day;
	/** Supplements and medicines logged from its first evidence day to the period's end, with days taken. */
	medications: { name: string; kind: MedicationKind; days: number }[];
}

export interface ReportSummary {
	/** Spasms and cramps (twitches are counted apart, as on Trends). */
	episodes: number;
	daysWithEpisodes: number;
	twitches: number;
	/** Of spasms and cramps with a recorded length. */
	medianDurationSec: number | null;
	longestDurationSec: number | null;
	/** Spasms and cramps still going or whose length was never recorded. */
	unknownDuration: number;
	/** Of rated spasms and cramps. */
	meanIntensity: number | null;
	highestIntensity: number | null;
	rated: number;
	unrated: number;
	/** Every kind, most frequent first, only areas with an episode. */
	areas: { location: BodyLocation; label: string; count: number }[];
	sides: { left: number; right: number; both: number; none: number };
	/** Spasms and cramps that started 22:00–06:00 (wall-clock time where they were logged). */
	nightEpisodes: number;
	/** Each warning sign noted on any kind of episode, with the days it was noted. */
	signs: { sign: SignKey; label: string; days: Day[] }[];
}

export interface WeekRow {
	weekStart: Day;
	/** Days of this week inside the period and the tracked time (1–7). */
	days: number;
	episodes: number;
	twitches: number;
}

export interface HabitSummary {
	/** Days of the period from the first logged day on: the days the averages divide by. */
	days: number;
	averageWaterMl: number;
	/** The base goal from Settings; a day's goal adds the exercise extra. */
	waterGoalMl: number;
	waterGoalMetDays: number;
	/** Average per day from logged foods against the reference intake (sodium's is a limit). */
	minerals: { mineral: Mineral; averageMg: number; referenceMg: number; daysReached: number }[];
	stretchMinutes: number;
	stretchDays: number;
	stretchGoalMin: number;
	stretchGoalMetDays: number;
}

export interface ReportComparison {
	habit: HabitId;
	label: string;
	lag: Lag;
	verdict: Verdict;
	/** The verdict as Trends words it, "possibly …, could be chance" unless a neighbouring lag agrees. */
	claimText: string;
	metDays: number;
	metEpisodes: number;
	otherDays: number;
	otherEpisodes: number;
	estimate: number;
	lower: number;
	upper: number;
}

/** One supplement or medicine logged in the period. */
export interface ReportMedication {
	/** As the person last wrote it (names compare as `medicationKey`). */
	name: string;
	kind: MedicationKind;
	/** Distinct days with a dose of it. */
	days: number;
	doses: number;
	/** Each dose size logged, most often first: "10 mg" given 12 times. */
	amounts: { dose: string; times: number }[];
	firstDay: Day;
	lastDay: Day;
}

export interface AppendixRow {
	id: string;
	day: Day;
	time: string;
	kind: string;
	area: string;
	side: string;
	duration: string;
	intensity: string;
	triggers: string;
	reliefs: string;
	signs: string;
	/** Empty when notes were left out. */
	notes: string;
}

export interface DoctorReport {
	period: ReportPeriod;
	days: number;
	generatedAt: Date;
	includeNotes: boolean;
	redFlags: ReportRedFlag[];
	summary: ReportSummary;
	weeks: WeekRow[];
	areas: { location: BodyLocation; label: string; count: number }[];
	hours: { hour: number; count: number }[];
	habits: HabitSummary;
	reliefs: (ReliefSummary & { label: string })[];
	/** Supplements and medicines logged in the period, most days first. */
	medications: ReportMedication[];
	comparisons: ReportComparison[];
	appendix: AppendixRow[];
}

/**
 * Intensity is becoming optional ("not rated"); until the record type says so this reads it either way,
 * so an unrated episode is counted as unrated, never as a 0 or a 5.
 */
export function ratedIntensity(episode: { intensity?: unknown }): number | null {
	const value = episode.intensity;
	return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function inPeriod(day: Day, period: ReportPeriod): boolean {
	return day >= period.from && day <= period.to;
}

function byStart(a: SpasmEpisode, b: SpasmEpisode): number {
	const ta = Date.parse(a.startedAt);
	const tb = Date.parse(b.startedAt);
	return (Number.isNaN(ta) || Number.isNaN(tb) ? 0 : ta - tb) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function median(sorted: readonly number[]): number | null {
	if (sorted.length === 0) return null;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function summarize(all: readonly SpasmEpisode[]): ReportSummary {
	const counted = all.filter((e) => COUNTED_KINDS.has(e.kind));
	const durations = counted
		.map((e) => e.durationSec)
		.filter((d): d is number => typeof d === 'number')
		.sort((a, b) => a - b);
	const ratings = counted.map(ratedIntensity).filter((r): r is number => r !== null);
	const sides = { left: 0, right: 0, both: 0, none: 0 };
	for (const e of all) {
		if (e.side === 'left' || e.side === 'right' || e.side === 'both') sides[e.side] += 1;
		else sides.none += 1;
	}
	const signs = SIGN_KEYS.map((sign) => ({
		sign,
		label: SIGN_LABELS[sign],
		days: [...new Set(all.filter((e) => e.signs?.[sign] === true).map((e) => e.day))].sort()
	})).filter((s) => s.days.length > 0);
	return {
		episodes: counted.length,
		daysWithEpisodes: new Set(counted.map((e) => e.day)).size,
		twitches: all.length - counted.length,
		medianDurationSec: median(durations),
		longestDurationSec: durations.at(-1) ?? null,
		unknownDuration: counted.length - durations.length,
		meanIntensity: ratings.length ? ratings.reduce((s, r) => s + r, 0) / ratings.length : null,
		highestIntensity: ratings.length ? Math.max(...ratings) : null,
		rated: ratings.length,
		unrated: counted.length - ratings.length,
		areas: areaCounts(all),
		sides,
		nightEpisodes: counted.filter((e) => {
			const hour = localHour(e.startedAt);
			return hour !== null && NIGHT_HOURS.has(hour);
		}).length,
		signs
	};
}

function areaCounts(episodes: readonly SpasmEpisode[]) {
	return episodesByLocation(episodes)
		.filter((c) => c.count > 0)
		.map((c) => ({ ...c, label: LOCATION_LABELS[c.location] }))
		.sort((a, b) => b.count - a.count);
}

// --------------------------------------------------------------------------------------- red flags

/** Rules about single episodes: one check over the whole period finds every one of them. */
const WHOLE_PERIOD_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
	'severe',
	'long-lasting',
	'nerve-signs',
	'visible-changes'
]);

/** The longest look-back of a window rule (rising: 7 recent + 21 baseline days), plus slack. */
const LOOKBACK_DAYS = DEFAULT_THRESHOLDS.risingRecentDays + DEFAULT_THRESHOLDS.risingBaselineDays + 7;

/** UTC noon of a day is that day in UTC; the rules read records by their stored day only, never a zone. */
function noonOf(day: Day): Date {
	return new Date(`${day}T12:00:00Z`);
}

/** Records sorted by day, sliced by binary search: each day's check sees only its own window. */
class DaySlicer<T extends { day: Day }> {
	readonly #sorted: T[];
	constructor(records: readonly T[]) {
		this.#sorted = [...records].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
	}
	#lowerBound(day: Day): number {
		let lo = 0;
		let hi = this.#sorted.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.#sorted[mid]!.day < day) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
	slice(from: Day, to: Day): T[] {
		return this.#sorted.slice(this.#lowerBound(from), this.#lowerBound(addDays(to, 1)));
	}
}

/**
 * The red flags that matched at any time in the period. Rules about single episodes are checked once
 * with their window stretched over the whole period. Rules about a run of days (frequent, rising, no
 * clear cause, self-care not working) are checked as Today would have on each day of the period, so "3
 * in 7 days" in March still shows in a yearly report; the reason given is the last day's. Evidence
 * before the period (inside a window's look-back) is left out.
 */
export function periodRedFlags(
	logs: Logs,
	period: ReportPeriod,
	opts: { waterGoalMl: number }
): ReportRedFlag[] {
	const byId = new Map<RuleId, ReportRedFlag>();
	const dayOfEpisode = new Map(logs.episodes.map((e) => [e.id, e.day]));
	const note = (id: RuleId, title: string, reason: string, evidence: string[], day: Day) => {
		const days = evidence.map((x) => dayOfEpisode.get(x)).filter((d): d is Day => !!d && inPeriod(d, period));
		if (days.length === 0) return;
		const flag = byId.get(id) ?? {
			id,
			title,
			reason,
			evidenceDays: [],
			matchedDays: 0,
			lastMatched: day,
			medications: []
		};
		flag.reason = reason;
		flag.lastMatched = day;
		flag.matchedDays += 1;
		flag.evidenceDays = [...new Set([...flag.evidenceDays, ...days])].sort();
		byId.set(id, flag);
	};

	const inside: Logs = {
		episodes: logs.episodes.filter((e) => inPeriod(e.day, period)),
		water: logs.water.filter((r) => inPeriod(r.day, period)),
		medications: logs.medications.filter((r) => inPeriod(r.day, period)),
		foods: logs.foods.filter((r) => inPeriod(r.day, period)),
		stretches: logs.stretches.filter((r) => inPeriod(r.day, period)),
		exercise: logs.exercise.filter((r) => inPeriod(r.day, period))
	};
	const whole = evaluateRedFlags(inside, {
		now: noonOf(period.to),
		timeZone: 'UTC',
		waterGoalMl: opts.waterGoalMl,
		thresholds: { episodeWindowDays: periodDays(period) }
	});
	for (const f of whole) {
		if (WHOLE_PERIOD_RULES.has(f.id)) note(f.id, f.title, f.reason, f.evidence, period.to);
	}

	const slicers = {
		episodes: new DaySlicer(logs.episodes),
		water: new DaySlicer(logs.water),
		foods: new DaySlicer(logs.foods),
		stretches: new DaySlicer(logs.stretches),
		exercise: new DaySlicer(logs.exercise)
	};
	const t = DEFAULT_THRESHOLDS;
	// Every window rule needs at least this many spasms or cramps within its recent window, so a day
	// with fewer in the widest of those windows cannot match and is skipped without a check.
	const minCount = Math.min(t.frequentCount, t.risingMinCount, t.noCauseCount, t.selfCareEpisodeDays);
	const recentDays = Math.max(
		t.frequentWindowDays,
		t.risingRecentDays,
		t.noCauseWindowDays,
		t.selfCareWindowDays
	);
	const countedDays = new DaySlicer(logs.episodes.filter((e) => COUNTED_KINDS.has(e.kind)));
	for (let day = period.from; day <= period.to; day = addDays(day, 1)) {
		if (countedDays.slice(addDays(day, -(recentDays - 1)), day).length < minCount) continue;
		const start = addDays(day, -LOOKBACK_DAYS);
		const windowLogs: Logs = {
			episodes: slicers.episodes.slice(start, day),
			water: slicers.water.slice(start, day),
			// The rules read no doses.
			medications: [],
			foods: slicers.foods.slice(start, day),
			stretches: slicers.stretches.slice(start, day),
			// Exercise only explains an episode a day before it, or raises a recent day's water goal:
			// fewer sessions means fewer timestamps to parse on each of the period's days.
			exercise: slicers.exercise.slice(addDays(day, -(recentDays + 1)), day)
		};
		const flags = evaluateRedFlags(windowLogs, {
			now: noonOf(day),
			timeZone: 'UTC',
			waterGoalMl: opts.waterGoalMl
		});
		for (const f of flags) {
			if (!WHOLE_PERIOD_RULES.has(f.id)) note(f.id, f.title, f.reason, f.evidence, day);
		}
	}
	// As on Today's card: what was being taken from the first episode behind each flag on.
	for (const flag of byId.values())
		flag.medications = medicationsBetween(logs, flag.evidenceDays[0] ?? period.from, period.to);
	// Back into the rules' own order, whichever pass found them.
	const order = [...whole.map((f) => f.id)];
	return [...byId.values()].sort(
		(a, b) => ruleRank(a.id) - ruleRank(b.id) || order.indexOf(a.id) - order.indexOf(b.id)
	);
}

const RULE_ORDER: readonly RuleId[] = [
	'severe',
	'long-lasting',
	'nerve-signs',
	'visible-changes',
	'frequent',
	'rising',
	'no-clear-cause',
	'self-care-not-working'
];
const ruleRank = (id: RuleId) => RULE_ORDER.indexOf(id);

// ------------------------------------------------------------------------------------- medications

/** Supplements and medicines with their doses and days taken, most days first, then by name. */
export function reportMedications(doses: readonly MedicationDose[]): ReportMedication[] {
	const byItem = new Map<string, { row: ReportMedication; days: Set<Day>; amounts: Map<string, number> }>();
	const ordered = [...doses].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
	for (const d of ordered) {
		const key = medicationKey(d.name);
		let item = byItem.get(key);
		if (!item) {
			item = {
				row: { name: d.name, kind: d.kind, days: 0, doses: 0, amounts: [], firstDay: d.day, lastDay: d.day },
				days: new Set(),
				amounts: new Map()
			};
			byItem.set(key, item);
		}
		// Doses come in time order: the last one names the item and gives its kind.
		item.row.name = d.name.trim();
		item.row.kind = d.kind;
		item.row.doses += 1;
		item.days.add(d.day);
		if (d.day < item.row.firstDay) item.row.firstDay = d.day;
		if (d.day > item.row.lastDay) item.row.lastDay = d.day;
		const dose = formatDose(d.amount, d.unit);
		item.amounts.set(dose, (item.amounts.get(dose) ?? 0) + 1);
	}
	return [...byItem.values()]
		.map(({ row, days, amounts }) => ({
			...row,
			days: days.size,
			amounts: [...amounts.entries()]
				.map(([dose, times]) => ({ dose, times }))
				.sort((a, b) => b.times - a.times || (a.dose < b.dose ? -1 : 1))
		}))
		.sort((a, b) => b.days - a.days || a.name.localeCompare(b.name, 'en-US'));
}

// ---------------------------------------------------------------------------------------- appendix

function appendixRow(e: SpasmEpisode, includeNotes: boolean): AppendixRow {
	const intensity = ratedIntensity(e);
	return {
		id: e.id,
		day: e.day,
		time: wallClock(e.startedAt),
		kind: labelFor(KIND_LABELS, e.kind),
		area: labelFor(LOCATION_LABELS, e.location),
		side: e.side ?? '',
		duration: e.durationSec === null ? 'not recorded' : formatSeconds(e.durationSec),
		intensity: intensity === null ? 'not rated' : `${intensity}/10`,
		triggers: e.triggers.map((t) => labelFor(TRIGGER_LABELS, t)).join('; '),
		reliefs: e.reliefs
			.map(
				(r) =>
					`${labelFor(RELIEF_LABELS, r.method)} (${r.helped ? HELPED_LABELS[r.helped].toLowerCase() : 'not rated'})`
			)
			.join('; '),
		signs: SIGN_KEYS.filter((k) => e.signs?.[k] === true)
			.map((k) => SIGN_LABELS[k])
			.join('; '),
		notes: includeNotes ? e.notes : ''
	};
}

// ------------------------------------------------------------------------------------------ report

/**
 * Everything the printed report shows for one period, from the logs (which may hold more than the
 * period: a month before it lets the red-flag windows look back). Pure: same input, same report.
 */
export function doctorReport(logs: Logs, opts: DoctorReportOptions): DoctorReport {
	const { period } = opts;
	const episodes = logs.episodes.filter((e) => inPeriod(e.day, period)).sort(byStart);
	const periodLogs: Logs = {
		episodes,
		water: logs.water.filter((r) => inPeriod(r.day, period)),
		medications: logs.medications.filter((r) => inPeriod(r.day, period)),
		foods: logs.foods.filter((r) => inPeriod(r.day, period)),
		stretches: logs.stretches.filter((r) => inPeriod(r.day, period)),
		exercise: logs.exercise.filter((r) => inPeriod(r.day, period))
	};
	const daily = dailySeries(periodLogs, {
		from: period.from,
		to: period.to,
		waterGoalMl: opts.waterGoalMl,
		stretchGoalMin: opts.stretchGoalMin,
		// Days before the first log are not days without spasms; without any log the period is empty.
		trackedStart:
			opts.trackedStart === null ? null : opts.trackedStart > period.from ? opts.trackedStart : period.from
	});
	const weeks = weeklySeries(daily).map((w) => ({
		weekStart: w.weekStart,
		days: w.days,
		episodes: w.episodes,
		twitches: w.episodesAllKinds - w.episodes
	}));
	const days = daily.length;
	const sum = (f: (p: (typeof daily)[number]) => number) => daily.reduce((t, p) => t + f(p), 0);
	const habits: HabitSummary = {
		days,
		averageWaterMl: days ? sum((p) => p.waterMl) / days : 0,
		waterGoalMl: opts.waterGoalMl,
		waterGoalMetDays: daily.filter((p) => p.waterGoalMet).length,
		minerals: MINERALS.map((mineral) => ({
			mineral,
			averageMg: days ? sum((p) => p.mg[mineral]) / days : 0,
			referenceMg: opts.referenceMg[mineral],
			daysReached: daily.filter((p) => p.mg[mineral] >= opts.referenceMg[mineral]).length
		})),
		stretchMinutes: sum((p) => p.stretchMin),
		stretchDays: daily.filter((p) => p.stretchMin > 0).length,
		stretchGoalMin: opts.stretchGoalMin,
		stretchGoalMetDays: daily.filter((p) => p.stretchGoalMet).length
	};
	const comparisons: ReportComparison[] = [];
	const all = compareAllHabits(daily);
	for (const c of all) {
		// Only what Trends calls "compared": an estimate with its interval.
		if (c.status !== 'compared') continue;
		comparisons.push({
			habit: c.habit,
			label: habitLabel(c, opts.stretchGoalMin),
			lag: c.lag,
			verdict: comparisonVerdict(c),
			claimText: claimLabel(comparisonClaim(c, all), c.lag),
			metDays: c.met.days,
			metEpisodes: c.met.episodes,
			otherDays: c.notMet.days,
			otherEpisodes: c.notMet.episodes,
			estimate: c.rateRatio.estimate,
			lower: c.rateRatio.lower,
			upper: c.rateRatio.upper
		});
	}
	return {
		period,
		days: periodDays(period),
		generatedAt: opts.generatedAt,
		includeNotes: opts.includeNotes,
		redFlags: periodRedFlags(logs, period, { waterGoalMl: opts.waterGoalMl }),
		summary: summarize(episodes),
		weeks,
		areas: areaCounts(episodes),
		hours: episodesByHour(episodes),
		habits,
		reliefs: withMedicines(reliefEffectiveness(episodes), episodes, periodLogs.medications).map((r) => {
			const medicines = medicinesText(r);
			const label = labelFor(RELIEF_LABELS, r.method);
			return { ...r, label: medicines ? `${label} (medicines logged those days: ${medicines})` : label };
		}),
		medications: reportMedications(periodLogs.medications),
		comparisons,
		appendix: episodes.map((e) => appendixRow(e, opts.includeNotes))
	};
}

/** "3 Mar, 5 Mar and 9 Mar", or for many days "14 days, 2 Jan to 28 Mar". */
export function evidenceText(days: readonly Day[], max = 8): string {
	if (days.length === 0) return '';
	if (days.length > max) {
		return `${days.length} days, ${formatShortDay(days[0]!)} to ${formatShortDay(days.at(-1)!)}`;
	}
	const words = days.map(formatShortDay);
	return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
