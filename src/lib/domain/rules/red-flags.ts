import { waterGoalForDay } from '../goals';
import { addDays, dayOf, dayRange, deviceTimeZone, isValidTimeZone, parseInstant } from '../time';
import type { Day, Logs, SpasmEpisode } from '../types';
import { medicationKey } from '../stats/daily-series';
import { SIGN_KEYS, type MedicationKind, type SignKey } from '../vocabulary';
import { describeRules, RULE_IDS, type RuleId } from './rule-descriptions';
import { resolveThresholds, type Thresholds } from './thresholds';
import { count, cramps, formatDuration, formatNumber, times } from './wording';

export interface RedFlag {
	id: RuleId;
	title: string;
	/** Plain language, naming the numbers that matched and the threshold. */
	reason: string;
	/** What the person might do; calm, never a diagnosis. */
	advice: string;
	/** Ids of the episodes that made the rule match, sorted. */
	evidence: string[];
	/**
	 * Supplements and medicines logged from the first evidence day to today, most days first: what a
	 * doctor asks about next to the episodes. Empty when none were logged.
	 */
	medications: { name: string; kind: MedicationKind; days: number }[];
}

export interface RedFlagOptions {
	now: Date;
	/** IANA zone that decides which day "today" is; the device's when missing or not a valid zone. */
	timeZone?: string;
	/** The person's base daily water goal; exercise adds to it day by day. */
	waterGoalMl: number;
	thresholds?: Partial<Thresholds>;
}

/** Relief methods that count as the home self-care Mayo Clinic recommends when a cramp hits (stretching, massage, heat). */
const HOME_RELIEF: ReadonlySet<string> = new Set(['stretch', 'heat']);
const EXERCISE_TRIGGER = 'exercise';

const SIGN_WORDS: Record<SignKey, string> = {
	weakness: 'weakness',
	numbness: 'numbness or tingling',
	swelling: 'swelling',
	redness: 'redness',
	warmth: 'warmth to the touch'
};
const NERVE_SIGNS: readonly SignKey[] = ['weakness', 'numbness'];
const VISIBLE_SIGNS: readonly SignKey[] = ['swelling', 'redness', 'warmth'];

/** The signs noted on an episode that are reason enough to see a doctor, in vocabulary order. */
export function signsNeedingDoctor(episode: Pick<SpasmEpisode, 'signs'>): SignKey[] {
	return SIGN_KEYS.filter((key) => episode.signs[key] === true);
}

/** Whether the "worth mentioning to a doctor" note belongs next to this episode. */
export function hasSignsNeedingDoctor(episode: Pick<SpasmEpisode, 'signs'>): boolean {
	return signsNeedingDoctor(episode).length > 0;
}

interface DayWindow {
	from: Day;
	to: Day;
	/** How the window reads in a sentence: "the last 7 days". */
	label: string;
}

interface Context {
	logs: Logs;
	t: Thresholds;
	today: Day;
	waterGoalMl: number;
}

interface Match {
	reason: string;
	evidence: SpasmEpisode[];
}

function lastDays(today: Day, n: number): DayWindow {
	return { from: addDays(today, -(n - 1)), to: today, label: n === 1 ? 'today' : `the last ${n} days` };
}

/** The `n` days just before `window`. */
function daysBefore(window: DayWindow, n: number): DayWindow {
	return {
		from: addDays(window.from, -n),
		to: addDays(window.from, -1),
		label: `the ${count(n, 'day')} before`
	};
}

function inWindow(day: Day, window: DayWindow): boolean {
	return day >= window.from && day <= window.to;
}

function isCrampOrSpasm(episode: SpasmEpisode): boolean {
	return episode.kind === 'spasm' || episode.kind === 'cramp';
}

function crampsIn(logs: Logs, window: DayWindow): SpasmEpisode[] {
	return logs.episodes.filter((e) => isCrampOrSpasm(e) && inWindow(e.day, window));
}

function distinctDays(records: readonly { day: Day }[]): number {
	return new Set(records.map((r) => r.day)).size;
}

function joinWords(parts: string[]): string {
	if (parts.length <= 1) return parts.join('');
	return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function severe({ logs, t, today }: Context): Match | null {
	const window = lastDays(today, t.episodeWindowDays);
	// An unrated episode (null) is unknown: it neither raises nor lowers this flag.
	const hits = crampsIn(logs, window).filter((e) => e.intensity !== null && e.intensity >= t.severeIntensity);
	if (hits.length === 0) return null;
	const highest = hits.reduce((max, e) => Math.max(max, e.intensity ?? -Infinity), -Infinity);
	const threshold = `(threshold: ${formatNumber(t.severeIntensity)})`;
	const reason =
		hits.length === 1
			? `1 cramp or spasm in ${window.label} was rated ${formatNumber(highest)} out of 10 ${threshold}.`
			: `${cramps(hits.length)} in ${window.label} were rated ${formatNumber(t.severeIntensity)} or more ` +
				`out of 10, the highest ${formatNumber(highest)} ${threshold}.`;
	return { reason, evidence: hits };
}

function longLasting({ logs, t, today }: Context): Match | null {
	const window = lastDays(today, t.episodeWindowDays);
	const hits = crampsIn(logs, window).filter(
		(e) => e.durationSec !== null && e.durationSec >= t.longDurationSec
	);
	if (hits.length === 0) return null;
	const longest = hits.reduce((max, e) => Math.max(max, e.durationSec ?? 0), 0);
	const threshold = `(threshold: ${formatDuration(t.longDurationSec)})`;
	const reason =
		hits.length === 1
			? `1 cramp or spasm in ${window.label} lasted ${formatDuration(longest)} ${threshold}.`
			: `${cramps(hits.length)} in ${window.label} lasted ${formatDuration(t.longDurationSec)} or longer, ` +
				`the longest ${formatDuration(longest)} ${threshold}.`;
	return { reason, evidence: hits };
}

/** Any episode kind, twitches included: a sign next to a twitch matters as much as next to a cramp. */
function withSigns(signs: readonly SignKey[]) {
	return ({ logs, t, today }: Context): Match | null => {
		const window = lastDays(today, t.episodeWindowDays);
		const recent = logs.episodes.filter((e) => inWindow(e.day, window));
		const hits = recent.filter((e) => signs.some((key) => e.signs[key] === true));
		if (hits.length === 0) return null;
		const parts = signs
			.map((key) => ({ key, n: hits.filter((e) => e.signs[key] === true).length }))
			.filter(({ n }) => n > 0)
			.map(({ key, n }) => `${SIGN_WORDS[key]} on ${count(n, 'episode')}`);
		return {
			reason: `In ${window.label} you noted ${joinWords(parts)} (threshold: 1 episode).`,
			evidence: hits
		};
	};
}

function frequent({ logs, t, today }: Context): Match | null {
	const window = lastDays(today, t.frequentWindowDays);
	const hits = crampsIn(logs, window);
	if (hits.length < t.frequentCount) return null;
	return {
		reason: `${cramps(hits.length)} in ${window.label} (threshold: ${formatNumber(t.frequentCount)}).`,
		evidence: hits
	};
}

function earliestDay(logs: Logs): Day | null {
	let earliest: Day | null = null;
	for (const records of [logs.episodes, logs.water, logs.foods, logs.stretches, logs.exercise]) {
		for (const { day } of records) if (earliest === null || day < earliest) earliest = day;
	}
	return earliest;
}

function rising({ logs, t, today }: Context): Match | null {
	const recentWindow = lastDays(today, t.risingRecentDays);
	const baselineWindow = daysBefore(recentWindow, t.risingBaselineDays);
	const earliest = earliestDay(logs);
	// Without logs covering the whole baseline, a quiet baseline would only mean "not using the app yet".
	if (earliest === null || earliest > baselineWindow.from) return null;
	const recent = crampsIn(logs, recentWindow);
	if (recent.length < t.risingMinCount) return null;
	const baseline = crampsIn(logs, baselineWindow).length;
	// Cross-multiplied so the comparison is exact for whole-number factors.
	if (recent.length * t.risingBaselineDays < t.risingFactor * baseline * t.risingRecentDays) return null;
	const average = (baseline * t.risingRecentDays) / t.risingBaselineDays;
	const per = t.risingRecentDays === 7 ? 'weekly average' : `average per ${t.risingRecentDays} days`;
	return {
		reason:
			`${cramps(recent.length)} in ${recentWindow.label}, against a ${per} of ${formatNumber(average)} ` +
			`in ${baselineWindow.label} (threshold: at least ${formatNumber(t.risingMinCount)}, and at least ` +
			`${times(t.risingFactor)} the average).`,
		evidence: recent
	};
}

function noClearCause({ logs, t, today }: Context): Match | null {
	const window = lastDays(today, t.noCauseWindowDays);
	const lookbackMs = t.noCauseExerciseHours * 3_600_000;
	const exerciseMs = logs.exercise
		.map((x) => parseInstant(x.at)?.getTime())
		.filter((ms): ms is number => ms !== undefined);
	const explained = (e: SpasmEpisode): boolean => {
		if (e.triggers.includes(EXERCISE_TRIGGER)) return true;
		const start = parseInstant(e.startedAt)?.getTime();
		if (start === undefined) return false;
		return exerciseMs.some((ms) => ms >= start - lookbackMs && ms <= start);
	};
	const hits = crampsIn(logs, window).filter((e) => !explained(e));
	if (hits.length < t.noCauseCount) return null;
	return {
		reason:
			`${cramps(hits.length)} in ${window.label} had no exercise marked as a trigger or logged in the ` +
			`${count(t.noCauseExerciseHours, 'hour')} before (threshold: ${formatNumber(t.noCauseCount)}).`,
		evidence: hits
	};
}

function selfCareNotWorking({ logs, t, today, waterGoalMl }: Context): Match | null {
	const window = lastDays(today, t.selfCareWindowDays);
	const before = daysBefore(window, t.selfCareWindowDays);

	const waterMl = new Map<Day, number>();
	for (const w of logs.water) {
		if (inWindow(w.day, window)) waterMl.set(w.day, (waterMl.get(w.day) ?? 0) + w.ml);
	}
	const exerciseMin = new Map<Day, number>();
	for (const x of logs.exercise) {
		if (inWindow(x.day, window)) exerciseMin.set(x.day, (exerciseMin.get(x.day) ?? 0) + x.minutes);
	}
	const waterDays = dayRange(window.from, window.to).filter(
		(d) => (waterMl.get(d) ?? 0) >= waterGoalForDay(waterGoalMl, exerciseMin.get(d) ?? 0)
	).length;
	const stretchDays = distinctDays(logs.stretches.filter((s) => inWindow(s.day, window)));
	const episodes = crampsIn(logs, window);
	const reliefEpisodes = episodes.filter((e) => e.reliefs.some((r) => HOME_RELIEF.has(r.method))).length;
	const episodeDays = distinctDays(episodes);
	const episodeDaysBefore = distinctDays(crampsIn(logs, before));

	const keptUp =
		waterDays >= t.selfCareWaterDays &&
		stretchDays >= t.selfCareStretchDays &&
		reliefEpisodes >= t.selfCareReliefEpisodes;
	const notEasing = episodeDays >= t.selfCareEpisodeDays && episodeDays >= episodeDaysBefore;
	if (!keptUp || !notEasing) return null;
	return {
		reason:
			`In ${window.label} the water goal was met on ${count(waterDays, 'day')} ` +
			`(threshold: ${formatNumber(t.selfCareWaterDays)}), stretching was logged on ` +
			`${count(stretchDays, 'day')} (threshold: ${formatNumber(t.selfCareStretchDays)}) and stretching ` +
			`or heat was used for ${count(reliefEpisodes, 'episode')} (threshold: ` +
			`${formatNumber(t.selfCareReliefEpisodes)}), yet cramps or spasms happened on ` +
			`${count(episodeDays, 'day')} (threshold: ${formatNumber(t.selfCareEpisodeDays)}), against ` +
			`${count(episodeDaysBefore, 'day')} in ${before.label}.`,
		evidence: episodes
	};
}

/** Items with a dose logged from `from` to `to`, both included, most days first, then by name. */
export function medicationsBetween(logs: Logs, from: Day, to: Day): RedFlag['medications'] {
	const byItem = new Map<string, { name: string; kind: MedicationKind; days: Set<Day> }>();
	for (const d of logs.medications ?? []) {
		if (d.day < from || d.day > to) continue;
		const key = medicationKey(d.name);
		const item = byItem.get(key) ?? { name: d.name.trim(), kind: d.kind, days: new Set<Day>() };
		item.days.add(d.day);
		byItem.set(key, item);
	}
	return [...byItem.values()]
		.map(({ name, kind, days }) => ({ name, kind, days: days.size }))
		.sort((a, b) => b.days - a.days || a.name.localeCompare(b.name, 'en-US'));
}

const EVALUATORS: Record<RuleId, (ctx: Context) => Match | null> = {
	severe,
	'long-lasting': longLasting,
	'nerve-signs': withSigns(NERVE_SIGNS),
	'visible-changes': withSigns(VISIBLE_SIGNS),
	frequent,
	rising,
	'no-clear-cause': noClearCause,
	'self-care-not-working': selfCareNotWorking
};

/**
 * The red flags the logs match as of `now`, in the fixed rule order. Pure: the same logs and options
 * give the same flags; records may come in any order. See index.ts for how unclear cases are handled.
 */
export function evaluateRedFlags(logs: Logs, options: RedFlagOptions): RedFlag[] {
	if (!(options.now instanceof Date) || Number.isNaN(options.now.getTime())) {
		throw new RangeError('evaluateRedFlags: `now` must be a valid Date');
	}
	const timeZone = isValidTimeZone(options.timeZone) ? options.timeZone : deviceTimeZone();
	const t = resolveThresholds(options.thresholds);
	const ctx: Context = { logs, t, today: dayOf(options.now, timeZone), waterGoalMl: options.waterGoalMl };
	const descriptions = new Map(describeRules(t).map((d) => [d.id, d]));

	const flags: RedFlag[] = [];
	for (const id of RULE_IDS) {
		const match = EVALUATORS[id](ctx);
		// A count threshold of 0 would otherwise flag empty logs; a flag always points at what it saw.
		if (!match || match.evidence.length === 0) continue;
		const description = descriptions.get(id);
		const firstDay = match.evidence.reduce<Day>((min, e) => (e.day < min ? e.day : min), ctx.today);
		flags.push({
			id,
			title: description?.title ?? id,
			reason: match.reason,
			advice: description?.advice ?? '',
			evidence: [...new Set(match.evidence.map((e) => e.id))].sort(),
			medications: medicationsBetween(logs, firstDay, ctx.today)
		});
	}
	return flags;
}
