import type { MineralMg } from '../types';
import { LOCATION_LABELS, RELIEF_METHODS, type KnownReliefMethod } from '../vocabulary';
import { formatRate, formatRatio } from './comparison-summary';
import type { DailyPoint } from './daily-series';
import type { HourCount, LocationCount, ReliefSummary } from './episode-breakdowns';
import type { HabitComparison, HabitId } from './habit-comparison';
import { overlayValue, type Overlay } from './trends-report';

// Every sentence here reports what was logged; none says a habit caused or prevented anything.

const plural = (n: number, one: string, many: string) =>
	`${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;

/** "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Short names for chart axes, table rows and legends. */
export function habitLabel(id: HabitId, referenceMg: MineralMg, stretchGoalMin: number): string {
	const mg = (m: keyof MineralMg) => `${referenceMg[m].toLocaleString('en-US')} mg`;
	switch (id) {
		case 'water-goal':
			return 'Water goal met';
		case 'magnesium':
			return `Magnesium ≥ ${mg('magnesium')}`;
		case 'potassium':
			return `Potassium ≥ ${mg('potassium')}`;
		case 'calcium':
			return `Calcium ≥ ${mg('calcium')}`;
		case 'sodium':
			return `Sodium ≥ ${mg('sodium')}`;
		case 'stretch-goal':
			return `Stretched ≥ ${stretchGoalMin} min`;
		case 'any-stretch':
			return 'Stretched at all';
	}
}

// Noun phrases that complete "went with …" / "for …".
const HABIT_NOUNS: Record<HabitId, string> = {
	'water-goal': 'meeting your water goal',
	magnesium: 'reaching the magnesium reference intake',
	potassium: 'reaching the potassium reference intake',
	calcium: 'reaching the calcium reference intake',
	sodium: 'reaching the sodium limit',
	'stretch-goal': 'meeting your stretching goal',
	'any-stretch': 'stretching at all'
};

const MINERAL_HABITS: readonly HabitId[] = ['magnesium', 'potassium', 'calcium'];

/** Noun phrases for habits, with two or more minerals folded into one ("the magnesium and calcium reference intakes"). */
function habitNouns(ids: readonly HabitId[]): string[] {
	const minerals = ids.filter((id) => MINERAL_HABITS.includes(id));
	if (minerals.length < 2) return ids.map((id) => HABIT_NOUNS[id]);
	const folded = `reaching the ${listOf(minerals)} reference intakes`;
	const out: string[] = [];
	for (const id of ids) {
		if (!MINERAL_HABITS.includes(id)) out.push(HABIT_NOUNS[id]);
		else if (id === minerals[0]) out.push(folded);
	}
	return out;
}

/**
 * What a comparison's interval lets one say, read off the whole 95% interval rather than the point
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

export const VERDICT_LABELS: Record<Verdict, string> = {
	fewer: 'Fewer spasms',
	more: 'More spasms',
	unclear: 'No clear difference',
	'not-enough-data': 'Not enough data yet',
	'no-episodes': 'No spasms either way'
};

/** "0.2 (0.08–0.5)", or an em dash when there is no estimate. */
export function formatRatioWithInterval(result: HabitComparison): string {
	if (result.status !== 'compared') return '—';
	const { estimate, lower, upper } = result.rateRatio;
	return `${formatRatio(estimate)} (${formatRatio(lower)}–${formatRatio(upper)})`;
}

/**
 * One sentence over the comparisons of one lag, grouped by verdict. e.g. "Fewer spasms or cramps went
 * with meeting your water goal (the whole 95% interval is below 1); no clear difference for stretching at
 * all; not enough data yet for reaching the magnesium reference intake."
 */
export function summarizeComparisons(results: readonly HabitComparison[], minDaysPerGroup: number): string {
	const by = (v: Verdict) =>
		habitNouns(results.filter((r) => comparisonVerdict(r) === v).map((r) => r.habit));
	const fewer = by('fewer');
	const more = by('more');
	const unclear = by('unclear');
	const none = by('no-episodes');
	const notEnough = by('not-enough-data');
	if (results.length > 0 && results.every((r) => r.status === 'not-enough-data')) {
		return (
			`Not enough data yet for any habit: each needs at least ${plural(minDaysPerGroup, 'day', 'days')} ` +
			`when it was met and ${minDaysPerGroup} when it wasn't.`
		);
	}
	const parts: string[] = [];
	if (fewer.length)
		parts.push(`fewer spasms or cramps went with ${listOf(fewer)} (the whole 95% interval is below 1)`);
	if (more.length)
		parts.push(`more spasms or cramps went with ${listOf(more)} (the whole 95% interval is above 1)`);
	if (unclear.length) parts.push(`no clear difference for ${listOf(unclear)}`);
	if (none.length) parts.push(`no spasms or cramps either way for ${listOf(none)}`);
	if (notEnough.length) parts.push(`not enough data yet for ${listOf(notEnough)}`);
	const sentence = parts.join('; ');
	return sentence ? `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.` : '';
}

const OVERLAY_PHRASES: Record<Overlay, (mean: number) => string> = {
	water: (m) => `water averaged ${Math.round(m)}% of your goal`,
	magnesium: (m) => `magnesium from logged foods averaged ${Math.round(m).toLocaleString('en-US')} mg a day`,
	potassium: (m) => `potassium from logged foods averaged ${Math.round(m).toLocaleString('en-US')} mg a day`,
	calcium: (m) => `calcium from logged foods averaged ${Math.round(m).toLocaleString('en-US')} mg a day`,
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
 * (47%). Heat helped most often: 3 of 3 rated times (100%)."
 */
export function summarizeReliefs(summaries: readonly ReliefSummary[]): string {
	const top = summaries[0];
	if (!top) {
		return 'No reliefs logged in the days shown. When you log an episode, note what you tried and whether it helped.';
	}
	const name = reliefNoun(top.method);
	const n = rated(top);
	const first =
		n === 0
			? `You tried ${name} most often, ${plural(top.uses, 'time', 'times')}, and haven't rated it yet.`
			: `You tried ${name} most often, ${plural(top.uses, 'time', 'times')}; you said it helped ` +
				`${top.aLot + top.aLittle} of the ${plural(n, 'time', 'times')} you rated it (${percent(top.aLot + top.aLittle, n)}).`;
	const best = summaries
		.filter((s) => rated(s) >= MIN_RATED_FOR_BEST && s.helpedShare !== null)
		.reduce<ReliefSummary | null>((a, s) => (a === null || s.helpedShare! > a.helpedShare! ? s : a), null);
	if (!best || best === top || best.helpedShare === top.helpedShare) return first;
	const bestName = reliefNoun(best.method);
	const helped = best.aLot + best.aLittle;
	return (
		`${first} ${bestName.charAt(0).toUpperCase()}${bestName.slice(1)} helped most often: ` +
		`${helped} of ${rated(best)} rated times (${percent(helped, rated(best))}).`
	);
}
