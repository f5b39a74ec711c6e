import { formatNumber } from '../number-format';
import { LOCATION_LABELS, RELIEF_METHODS, type KnownReliefMethod } from '../vocabulary';
import { formatInterval, formatRate, formatRatio, itemName, OUTCOME_WHEN } from './comparison-summary';
import type { DailyPoint } from './daily-series';
import type { HourCount, LocationCount, ReliefSummary } from './episode-breakdowns';
import {
	isMedicationHabit,
	type BuiltInHabitId,
	type HabitComparison,
	type HabitId,
	type Lag
} from './habit-comparison';
import { overlayValue, type Overlay } from './trends-report';

// Every sentence here reports what was logged; none says a habit caused or prevented anything.

const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;
const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;

/** "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Short names for chart axes, table rows and legends. Mineral habits name the median they split at. */
export function habitLabel(
	result: Pick<HabitComparison, 'habit' | 'thresholdMg' | 'item'>,
	stretchGoalMin: number
): string {
	if (isMedicationHabit(result.habit)) return `Took ${itemName(result)}`;
	const median =
		result.thresholdMg === undefined
			? 'no food logged yet'
			: `${formatNumber(Math.round(result.thresholdMg))} mg`;
	switch (result.habit) {
		case 'water-goal':
			return 'Water goal met';
		case 'water-exercise-extra':
			return 'Drank the extra for exercise';
		case 'magnesium':
			return `Magnesium at or above your median (${median})`;
		case 'potassium':
			return `Potassium at or above your median (${median})`;
		case 'calcium':
			return `Calcium at or above your median (${median})`;
		case 'stretch-goal':
			return `Stretched ≥ ${stretchGoalMin} min`;
		case 'any-stretch':
			return 'Stretched at all';
	}
}

// Noun phrases that complete "went with …" / "for …".
const HABIT_NOUNS: Record<BuiltInHabitId, string> = {
	'water-goal': 'meeting your water goal',
	'water-exercise-extra': 'drinking the extra for exercise',
	magnesium: 'your higher-magnesium days',
	potassium: 'your higher-potassium days',
	calcium: 'your higher-calcium days',
	'stretch-goal': 'meeting your stretching goal',
	'any-stretch': 'stretching at all'
};

const MINERAL_HABITS: readonly HabitId[] = ['magnesium', 'potassium', 'calcium'];

/** Noun phrases for habits, with two or more minerals folded into one ("your higher-magnesium and -calcium days"). */
function habitNouns(results: readonly Pick<HabitComparison, 'habit' | 'item'>[]): string[] {
	const noun = (r: Pick<HabitComparison, 'habit' | 'item'>) =>
		isMedicationHabit(r.habit) ? `taking ${itemName(r)}` : HABIT_NOUNS[r.habit];
	const ids = results.map((r) => r.habit);
	const minerals = ids.filter((id) => MINERAL_HABITS.includes(id));
	if (minerals.length < 2) return results.map(noun);
	const folded = `your higher-${listOf(minerals.map((m, i) => (i === 0 ? m : `-${m}`)))} days`;
	const out: string[] = [];
	for (const r of results) {
		if (!MINERAL_HABITS.includes(r.habit)) out.push(noun(r));
		else if (r.habit === minerals[0]) out.push(folded);
	}
	return out;
}

/**
 * What a comparison's interval lets one say, read off the whole interval rather than the point
 * estimate: 'fewer' when all of it is below 1, 'more' when all of it is above 1, 'unclear' otherwise.
 */
export type Verdict = 'fewer' | 'more' | 'unclear' | 'not-enough-data' | 'no-episodes';

export function comparisonVerdict(result: HabitComparison): Verdict {
	if (result.status !== 'compared') return result.status;
	const { lower, upper } = result.rateRatio;
	if (upper < 1) return 'fewer';
	if (lower > 1) return 'more';
	return 'unclear';
}

/**
 * What the screen says, once the many comparisons are taken into account: with 7 habits × 3 lags,
 * about one comparison in twenty can show a difference by chance alone. A 'fewer' or 'more' that also
 * holds for the same habit at a neighbouring lag (0↔1, 1↔2) is stated plainly; one that stands alone
 * becomes 'possibly-fewer' / 'possibly-more' ("could be chance").
 */
export type Claim = Verdict | 'possibly-fewer' | 'possibly-more';

export const NEIGHBOURING_LAGS: Record<Lag, readonly Lag[]> = { 0: [1], 1: [0, 2], 2: [1] };

export function comparisonClaim(result: HabitComparison, all: readonly HabitComparison[]): Claim {
	const verdict = comparisonVerdict(result);
	if (verdict !== 'fewer' && verdict !== 'more') return verdict;
	const held = all.some(
		(r) =>
			r.habit === result.habit &&
			NEIGHBOURING_LAGS[result.lag].includes(r.lag) &&
			comparisonVerdict(r) === verdict
	);
	if (held) return verdict;
	return verdict === 'fewer' ? 'possibly-fewer' : 'possibly-more';
}

/** The table's "What the logs show", naming spasms and cramps and when they were counted. */
export function claimLabel(claim: Claim, lag: Lag): string {
	const when = OUTCOME_WHEN[lag];
	switch (claim) {
		case 'fewer':
			return `Fewer spasms or cramps ${when}`;
		case 'more':
			return `More spasms or cramps ${when}`;
		case 'possibly-fewer':
			return `Possibly fewer ${when} — could be chance`;
		case 'possibly-more':
			return `Possibly more ${when} — could be chance`;
		case 'unclear':
			return 'Unclear: the interval includes 1';
		case 'not-enough-data':
			return 'Not enough data';
		case 'no-episodes':
			return 'No spasms or cramps either way';
	}
}

/** "0.21 (0.06 to 0.68)", or an em dash when there is no estimate; "½ added" marks a corrected one. */
export function formatRatioWithInterval(result: HabitComparison): string {
	if (result.status !== 'compared') return '—';
	const { estimate, lower, upper, continuityCorrected } = result.rateRatio;
	return `${formatRatio(estimate)} (${formatInterval(lower, upper)})${continuityCorrected ? ', ½ added' : ''}`;
}

/** How many comparisons a screen made, for the "could be chance" sentence. */
export function summarizeComparisonCount(all: readonly HabitComparison[]): string {
	const made = all.filter((r) => r.status === 'compared').length;
	const habits = new Set(all.map((r) => r.habit)).size;
	const lags = new Set(all.map((r) => r.lag)).size;
	return (
		`Trends made ${plural(made, 'comparison', 'comparisons')} here (of ${habits} habits × ${lags} timings). ` +
		`About one comparison in twenty can look like a difference by chance alone, so a difference seen ` +
		`at only one timing is marked "could be chance".`
	);
}

/**
 * One sentence over the comparisons of one lag, grouped by what can be said. e.g. "Fewer spasms or
 * cramps the same day went with meeting your water goal, and also at a neighbouring timing; possibly fewer
 * — could be chance — with stretching at all; unclear for …; not enough data yet for …."
 * `all` holds every lag, for the neighbouring-lag rule.
 */
export function summarizeComparisons(
	results: readonly HabitComparison[],
	minDaysPerGroup: number,
	all: readonly HabitComparison[] = results
): string {
	const lag = results[0]?.lag ?? 0;
	const when = OUTCOME_WHEN[lag];
	const by = (c: Claim) => habitNouns(results.filter((r) => comparisonClaim(r, all) === c));
	if (results.length > 0 && results.every((r) => r.status === 'not-enough-data')) {
		return (
			`Not enough data for any habit yet: each needs at least ${plural(minDaysPerGroup, 'day', 'days')} ` +
			`when it was met, ${minDaysPerGroup} when it wasn't, and four weeks of tracked days in all; ` +
			`each habit below says what is missing.`
		);
	}
	const parts: string[] = [];
	const fewer = by('fewer');
	const more = by('more');
	const possiblyFewer = by('possibly-fewer');
	const possiblyMore = by('possibly-more');
	const unclear = by('unclear');
	const none = by('no-episodes');
	const notEnough = by('not-enough-data');
	if (fewer.length)
		parts.push(`fewer spasms or cramps ${when} went with ${listOf(fewer)}, also at a neighbouring timing`);
	if (more.length)
		parts.push(`more spasms or cramps ${when} went with ${listOf(more)}, also at a neighbouring timing`);
	if (possiblyFewer.length)
		parts.push(`possibly fewer ${when} with ${listOf(possiblyFewer)} (could be chance)`);
	if (possiblyMore.length) parts.push(`possibly more ${when} with ${listOf(possiblyMore)} (could be chance)`);
	if (unclear.length) parts.push(`unclear for ${listOf(unclear)}`);
	if (none.length) parts.push(`no spasms or cramps either way for ${listOf(none)}`);
	if (notEnough.length) parts.push(`not enough data for ${listOf(notEnough)}`);
	const sentence = parts.join('; ');
	return sentence ? `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.` : '';
}

const OVERLAY_PHRASES: Record<Overlay, (mean: number) => string> = {
	water: (m) => `water averaged ${Math.round(m)}% of your goal`,
	magnesium: (m) => `magnesium from logged foods averaged ${formatNumber(Math.round(m))} mg a day`,
	potassium: (m) => `potassium from logged foods averaged ${formatNumber(Math.round(m))} mg a day`,
	calcium: (m) => `calcium from logged foods averaged ${formatNumber(Math.round(m))} mg a day`,
	stretch: (m) => `stretching averaged ${m.toFixed(1)} minutes a day`
};

/**
 * The frequency chart's sentence: totals and means over the days shown, e.g. "Over the 30 days shown
 * you had 18 spasms or cramps, 0.6 a day on average (2 twitches not counted); water averaged 75% of
 * your goal."
 */
export function summarizeFrequency(daily: readonly DailyPoint[], overlay: Overlay): string {
	const n = daily.length;
	if (n === 0) return 'Nothing logged in this period yet.';
	let episodes = 0;
	let twitches = 0;
	let overlaySum = 0;
	for (const p of daily) {
		episodes += p.episodes;
		twitches += p.episodesAllKinds - p.episodes;
		overlaySum += overlayValue(p, overlay);
	}
	const twitchNote = twitches > 0 ? ` (${plural(twitches, 'twitch', 'twitches')} not counted)` : '';
	return (
		`Over the ${plural(n, 'day', 'days')} shown you had ${plural(episodes, 'spasm or cramp', 'spasms or cramps')}, ` +
		`${formatRate(episodes / n)} a day on average${twitchNote}; ${OVERLAY_PHRASES[overlay](overlaySum / n)}.`
	);
}

const NO_EPISODES = 'No episodes logged in the days shown.';

/** Lower-case location name for a sentence ("the calf", "other areas"). */
function locationPhrase(location: LocationCount['location']): string {
	if (location === 'other') return 'other areas';
	const label = LOCATION_LABELS[location];
	return `the ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

/** e.g. "The calf had the most episodes: 15 of 20 (75%); next was the hamstring (back of thigh), with 3." */
export function summarizeLocations(counts: readonly LocationCount[]): string {
	const total = counts.reduce((n, c) => n + c.count, 0);
	if (total === 0) return NO_EPISODES;
	// A stable sort keeps vocabulary order among equal counts.
	const ranked = counts.filter((c) => c.count > 0).sort((a, b) => b.count - a.count);
	const top = ranked[0]!;
	const tied = ranked.filter((c) => c.count === top.count);
	const lead = `${listOf(tied.map((c) => locationPhrase(c.location)))}`;
	const Lead = `${lead.charAt(0).toUpperCase()}${lead.slice(1)}`;
	if (tied.length > 1) {
		return `${Lead} had the most episodes: ${top.count} each, of ${total}.`;
	}
	const next = ranked[1];
	const tail = next ? `; next was ${locationPhrase(next.location)}, with ${next.count}` : '';
	return `${Lead} had the most episodes: ${top.count} of ${total} (${percent(top.count, total)})${tail}.`;
}

/**
 * Nocturnal leg cramps strike in bed, at night; 22:00–06:00 is the window this app calls night.
 * Hours are the wall-clock hour where the episode was logged.
 */
export const NIGHT_HOURS: ReadonlySet<number> = new Set([22, 23, 0, 1, 2, 3, 4, 5]);

const hh = (h: number) => `${String(h % 24).padStart(2, '0')}:00`;
export const hourSpan = (h: number) => `${hh(h)}–${hh(h + 1)}`;

/**
 * e.g. "15 of 20 episodes (75%) started at night, between 22:00 and 06:00; the most common starting
 * hour was 02:00–03:00, with 15."
 */
export function summarizeHours(hours: readonly HourCount[]): string {
	const total = hours.reduce((n, h) => n + h.count, 0);
	if (total === 0) return NO_EPISODES;
	const night = hours.filter((h) => NIGHT_HOURS.has(h.hour)).reduce((n, h) => n + h.count, 0);
	const max = Math.max(...hours.map((h) => h.count));
	const busiest = hours.filter((h) => h.count === max).map((h) => hourSpan(h.hour));
	const peak =
		busiest.length === 1
			? `the most common starting hour was ${busiest[0]}, with ${max}`
			: busiest.length <= 3
				? `the most common starting hours were ${listOf(busiest)}, with ${max} each`
				: `no hour stands out`;
	return (
		`${night} of ${plural(total, 'episode', 'episodes')} (${percent(night, total)}) started at night, ` +
		`between 22:00 and 06:00; ${peak}.`
	);
}

// Names that read inside a sentence; the person's own methods are used as they wrote them.
const RELIEF_NOUNS: Record<KnownReliefMethod, string> = {
	stretch: 'stretching',
	heat: 'heat',
	cold: 'cold',
	massage: 'massage',
	water: 'drinking water',
	magnesium: 'magnesium',
	rest: 'stopping to rest',
	medication: 'medication'
};

export function reliefNoun(method: string): string {
	return (RELIEF_METHODS as readonly string[]).includes(method)
		? RELIEF_NOUNS[method as KnownReliefMethod]
		: method;
}

/** A method needs this many rated uses before the sentence names it as the one that helped most often. */
export const MIN_RATED_FOR_BEST = 3;

const rated = (s: ReliefSummary) => s.aLot + s.aLittle + s.no;

/**
 * e.g. "You tried stretching most often, 15 times; you said it helped 7 of the 15 times you rated it
 * (47%). Heat helped in the largest share of rated times: 3 of 3 (100%); stretching helped most times: 7."
 * A high share of few ratings is shown with its count beside the method that helped most times, so
 * "3 of 3" never reads as better evidence than "10 of 15".
 */
export function summarizeReliefs(summaries: readonly ReliefSummary[]): string {
	const top = summaries[0];
	if (!top) {
		return 'No reliefs logged in the days shown. When you log an episode, note what you tried and whether it helped.';
	}
	const name = reliefNoun(top.method);
	const n = rated(top);
	const helpedOf = (s: ReliefSummary) => s.aLot + s.aLittle;
	const first =
		n === 0
			? `You tried ${name} most often, ${plural(top.uses, 'time', 'times')}, and haven't rated it yet.`
			: `You tried ${name} most often, ${plural(top.uses, 'time', 'times')}; you said it helped ` +
				`${helpedOf(top)} of the ${plural(n, 'time', 'times')} you rated it (${percent(helpedOf(top), n)}).`;
	const best = summaries
		.filter((s) => rated(s) >= MIN_RATED_FOR_BEST && s.helpedShare !== null)
		.reduce<ReliefSummary | null>((a, s) => (a === null || s.helpedShare! > a.helpedShare! ? s : a), null);
	const most = summaries.reduce<ReliefSummary | null>(
		(a, s) => (helpedOf(s) > 0 && (a === null || helpedOf(s) > helpedOf(a)) ? s : a),
		null
	);
	const parts: string[] = [];
	if (best && best !== top && best.helpedShare !== top.helpedShare) {
		const helped = helpedOf(best);
		parts.push(
			`${capital(reliefNoun(best.method))} helped in the largest share of rated times: ${helped} of ${rated(best)} (${percent(helped, rated(best))})`
		);
	}
	if (parts.length > 0 && most && most !== best) {
		parts.push(`${reliefNoun(most.method)} helped most times: ${helpedOf(most)}`);
	}
	return parts.length ? `${first} ${parts.join('; ')}.` : first;
}

const capital = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
