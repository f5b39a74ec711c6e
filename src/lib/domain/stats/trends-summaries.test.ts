import { describe, expect, it } from 'vitest';
import type { HabitComparison, HabitId, Lag } from './habit-comparison';
import type { ReliefSummary } from './episode-breakdowns';
import { episodesByLocation, episodesByHour } from './episode-breakdowns';
import { episode, logsOf, SIXTY_DAYS_TODAY, sixtyDays } from '$test-support/log-factories';
import type { TrendRange } from './ranges';
import { trendsReport } from './trends-report';
import {
	claimLabel,
	comparisonClaim,
	comparisonVerdict,
	summarizeComparisonCount,
	formatRatioWithInterval,
	habitLabel,
	listOf,
	summarizeComparisons,
	summarizeFrequency,
	summarizeHours,
	summarizeLocations,
	summarizeReliefs
} from './trends-summaries';

function cases(rows: ReadonlyArray<readonly [name: string, actual: () => unknown, expected: unknown]>) {
	for (const [name, actual, expected] of rows) it(name, () => expect(actual()).toEqual(expected));
}

const report = (range: TrendRange) =>
	trendsReport(sixtyDays(), {
		range,
		today: SIXTY_DAYS_TODAY,
		trackedStart: '2026-01-01',
		waterGoalMl: 2000,
		stretchGoalMin: 10
	});
const atLag0 = (range: TrendRange) => report(range).comparisons.filter((c) => c.lag === 0);

const group = (days: number, episodes: number) => ({ days, episodes, rate: days ? episodes / days : null });
function compared(habit: HabitId, lower: number, upper: number, estimate = 1, lag: Lag = 0): HabitComparison {
	return {
		habit,
		lag,
		met: group(14, 5),
		notMet: group(14, 5),
		pairs: 28,
		minDaysPerGroup: 7,
		status: 'compared',
		rateRatio: { estimate, lower, upper, continuityCorrected: false, blocks: 2, df: 1 }
	};
}
const notEnough = (habit: HabitId): HabitComparison => ({
	habit,
	lag: 0,
	met: group(3, 1),
	notMet: group(20, 4),
	pairs: 23,
	minDaysPerGroup: 7,
	status: 'not-enough-data',
	missing: { metDays: 4, otherDays: 0, pairedDays: 5 }
});

describe('comparisonVerdict reads the whole interval', () => {
	cases([
		['all below 1', () => comparisonVerdict(compared('water-goal', 0.2, 0.9)), 'fewer'],
		['all above 1', () => comparisonVerdict(compared('water-goal', 1.1, 3)), 'more'],
		['straddling 1', () => comparisonVerdict(compared('water-goal', 0.2, 1.4, 0.5)), 'unclear'],
		['touching 1 is not "below"', () => comparisonVerdict(compared('water-goal', 0.2, 1)), 'unclear'],
		['small samples', () => comparisonVerdict(notEnough('water-goal')), 'not-enough-data']
	]);
});

describe('formatting helpers', () => {
	cases([
		['one item', () => listOf(['a']), 'a'],
		['two items', () => listOf(['a', 'b']), 'a and b'],
		['three items', () => listOf(['a', 'b', 'c']), 'a, b and c'],
		[
			'ratio and interval',
			() => formatRatioWithInterval(compared('calcium', 0.08, 0.48, 0.2)),
			'0.2 (0.08 to 0.48)'
		],
		[
			'an upper bound of 0.996 is not rounded up to 1',
			() => formatRatioWithInterval(compared('calcium', 0.31, 0.996, 0.55)),
			'0.55 (0.31 to 0.996)'
		],
		['no estimate', () => formatRatioWithInterval(notEnough('calcium')), '—'],
		[
			'mineral labels carry the person’s median',
			() => habitLabel({ habit: 'potassium', thresholdMg: 1234.4 }, 10),
			'Potassium at or above your median (1,234 mg)'
		],
		[
			'the exercise extra is its own habit',
			() => habitLabel({ habit: 'water-exercise-extra' }, 10),
			'Drank the extra for exercise'
		],
		[
			'the stretch label carries the goal',
			() => habitLabel({ habit: 'stretch-goal' }, 15),
			'Stretched ≥ 15 min'
		]
	]);
});

describe('comparisonClaim: many comparisons', () => {
	const fewer0 = compared('water-goal', 0.2, 0.9, 0.5, 0);
	const fewer1 = compared('water-goal', 0.3, 0.95, 0.5, 1);
	const unclear1 = compared('water-goal', 0.3, 1.2, 0.6, 1);
	const fewer2 = compared('water-goal', 0.3, 0.95, 0.5, 2);
	const otherHabit1 = compared('any-stretch', 0.3, 0.95, 0.5, 1);
	cases([
		[
			'a difference at a neighbouring lag too is plain',
			() => comparisonClaim(fewer0, [fewer0, fewer1]),
			'fewer'
		],
		['alone, it could be chance', () => comparisonClaim(fewer0, [fewer0, unclear1]), 'possibly-fewer'],
		[
			'lag 2 is not a neighbour of lag 0',
			() => comparisonClaim(fewer0, [fewer0, unclear1, fewer2]),
			'possibly-fewer'
		],
		['another habit does not count', () => comparisonClaim(fewer0, [fewer0, otherHabit1]), 'possibly-fewer'],
		['lag 1 has two neighbours', () => comparisonClaim(fewer1, [unclear1, fewer1, fewer2]), 'fewer'],
		[
			'the opposite direction does not confirm',
			() => comparisonClaim(fewer0, [fewer0, compared('water-goal', 1.1, 3, 2, 1)]),
			'possibly-fewer'
		],
		['unclear stays unclear', () => comparisonClaim(unclear1, [unclear1, fewer0]), 'unclear']
	]);
});

// The table's wording, reviewed by eye: spasms and cramps, and when they were counted.
describe('claimLabel', () => {
	cases([
		['fewer, same day', () => claimLabel('fewer', 0), 'Fewer spasms or cramps the same day'],
		['more, next day', () => claimLabel('more', 1), 'More spasms or cramps the day after'],
		[
			'possibly fewer',
			() => claimLabel('possibly-fewer', 1),
			'Possibly fewer the day after — could be chance'
		],
		['possibly more', () => claimLabel('possibly-more', 2), 'Possibly more two days after — could be chance'],
		['unclear', () => claimLabel('unclear', 0), 'Unclear: the interval includes 1'],
		['not enough data', () => claimLabel('not-enough-data', 0), 'Not enough data'],
		['no episodes', () => claimLabel('no-episodes', 0), 'No spasms or cramps either way']
	]);
});

describe('summarizeComparisons', () => {
	cases([
		[
			'7 days of the scenario',
			() => summarizeComparisons(atLag0(7), 7),
			"Not enough data for any habit yet: each needs at least 7 days when it was met, 7 when it wasn't, and four weeks of tracked days in all; each habit below says what is missing."
		],
		[
			'plain, with the neighbouring lag',
			() =>
				summarizeComparisons([compared('any-stretch', 1.2, 4)], 7, [
					compared('any-stretch', 1.2, 4),
					compared('any-stretch', 1.1, 3, 1.5, 1)
				]),
			'More spasms or cramps the same day went with stretching at all, also at a neighbouring timing.'
		],
		[
			'alone: could be chance',
			() => summarizeComparisons([compared('any-stretch', 0.2, 0.8)], 7),
			'Possibly fewer the same day with stretching at all (could be chance).'
		],
		[
			'minerals fold into one phrase',
			() =>
				summarizeComparisons(
					[notEnough('magnesium'), notEnough('calcium'), compared('water-goal', 0.5, 2)],
					7
				),
			'Unclear for meeting your water goal; not enough data for your higher-magnesium and -calcium days.'
		],
		['nothing to say', () => summarizeComparisons([], 7), '']
	]);

	it('the count of comparisons is said plainly', () => {
		expect(summarizeComparisonCount(report(30).comparisons)).toMatch(
			/^Trends made \d+ comparisons? here \(of 7 habits × 3 timings\)\. About one comparison in twenty can look like a difference by chance alone, so a difference seen at only one timing is marked "could be chance"\.$/
		);
	});
});

describe('summarizeFrequency', () => {
	cases([
		[
			'30 days of the scenario',
			() => summarizeFrequency(report(30).daily, 'water'),
			'Over the 30 days shown you had 18 spasms or cramps, 0.6 a day on average (2 twitches not counted); water averaged 75% of your goal.'
		],
		[
			'90 days clamp to the 60 tracked',
			() => summarizeFrequency(report(90).daily, 'water'),
			'Over the 60 days shown you had 36 spasms or cramps, 0.6 a day on average (2 twitches not counted); water averaged 75% of your goal.'
		],
		[
			'7 days',
			() => summarizeFrequency(report(7).daily, 'water'),
			'Over the 7 days shown you had 4 spasms or cramps, 0.6 a day on average (2 twitches not counted); water averaged 71% of your goal.'
		],
		[
			'stretching overlay: 10 min on 10 of 30 days',
			() => summarizeFrequency(report(30).daily, 'stretch'),
			'Over the 30 days shown you had 18 spasms or cramps, 0.6 a day on average (2 twitches not counted); stretching averaged 3.3 minutes a day.'
		],
		[
			'mineral overlay',
			() => summarizeFrequency(report(30).daily, 'magnesium'),
			'Over the 30 days shown you had 18 spasms or cramps, 0.6 a day on average (2 twitches not counted); magnesium from logged foods averaged 0 mg a day.'
		],
		['no days', () => summarizeFrequency([], 'water'), 'Nothing logged in this period yet.']
	]);
});

describe('summarizeLocations', () => {
	cases([
		[
			'30 days of the scenario',
			() => summarizeLocations(report(30).locations),
			'The calf had the most episodes: 15 of 20 (75%); next was the hamstring (back of thigh), with 3.'
		],
		[
			'all time',
			() => summarizeLocations(report('all').locations),
			'The calf had the most episodes: 30 of 38 (79%); next was the hamstring (back of thigh), with 6.'
		],
		[
			'a tie',
			() =>
				summarizeLocations(
					episodesByLocation([
						episode('2026-01-01', { location: 'neck' }),
						episode('2026-01-01', { location: 'calf' })
					])
				),
			'The calf and the neck had the most episodes: 1 each, of 2.'
		],
		[
			'other areas',
			() => summarizeLocations(episodesByLocation([episode('2026-01-01', { location: 'other' })])),
			'Other areas had the most episodes: 1 of 1 (100%).'
		],
		['none', () => summarizeLocations(episodesByLocation([])), 'No episodes logged in the days shown.']
	]);
});

describe('summarizeHours', () => {
	const at = (hour: string) => episode('2026-01-01', { startedAt: `2026-01-01T${hour}:10:00.000+01:00` });
	cases([
		[
			'30 days of the scenario',
			() => summarizeHours(report(30).hours),
			'15 of 20 episodes (75%) started at night, between 22:00 and 06:00; the most common starting hour was 02:00–03:00, with 15.'
		],
		[
			'22:00 and 05:00 are night, 06:00 is not',
			() => summarizeHours(episodesByHour([at('22'), at('05'), at('06')])),
			'2 of 3 episodes (67%) started at night, between 22:00 and 06:00; the most common starting hours were 05:00–06:00, 06:00–07:00 and 22:00–23:00, with 1 each.'
		],
		[
			'the last hour wraps to midnight',
			() => summarizeHours(episodesByHour([at('23')])),
			'1 of 1 episode (100%) started at night, between 22:00 and 06:00; the most common starting hour was 23:00–00:00, with 1.'
		],
		[
			'many ties',
			() => summarizeHours(episodesByHour([at('07'), at('08'), at('09'), at('10')])),
			'0 of 4 episodes (0%) started at night, between 22:00 and 06:00; no hour stands out.'
		],
		['none', () => summarizeHours(episodesByHour([])), 'No episodes logged in the days shown.']
	]);
});

describe('summarizeReliefs', () => {
	const relief = (method: string, over: Partial<ReliefSummary>): ReliefSummary => ({
		method,
		uses: 0,
		aLot: 0,
		aLittle: 0,
		no: 0,
		unrated: 0,
		helpedShare: null,
		...over
	});
	cases([
		[
			'30 days of the scenario',
			() => summarizeReliefs(report(30).reliefs),
			'You tried stretching most often, 15 times; you said it helped 7 of the 15 times you rated it (47%). ' +
				'Heat helped in the largest share of rated times: 3 of 3 (100%); stretching helped most times: 7.'
		],
		[
			'all time',
			() => summarizeReliefs(report('all').reliefs),
			'You tried stretching most often, 30 times; you said it helped 15 of the 30 times you rated it (50%). ' +
				'Heat helped in the largest share of rated times: 6 of 6 (100%); stretching helped most times: 15.'
		],
		[
			'unrated',
			() => summarizeReliefs([relief('rest', { uses: 2, unrated: 2 })]),
			"You tried stopping to rest most often, 2 times, and haven't rated it yet."
		],
		[
			'a method of the person’s own, and too few ratings to name a best',
			() =>
				summarizeReliefs([
					relief('pickle juice', { uses: 4, aLot: 1, no: 3, helpedShare: 0.25 }),
					relief('heat', { uses: 2, aLot: 2, helpedShare: 1 })
				]),
			'You tried pickle juice most often, 4 times; you said it helped 1 of the 4 times you rated it (25%).'
		],
		[
			'none',
			() => summarizeReliefs([]),
			'No reliefs logged in the days shown. When you log an episode, note what you tried and whether it helped.'
		]
	]);
	it('no reliefs at all when no episodes were logged', () => {
		expect(summarizeReliefs(trendsReport(logsOf(), { ...optionsAll() }).reliefs)).toMatch(/^No reliefs/);
	});
});

function optionsAll() {
	return {
		range: 'all' as const,
		today: SIXTY_DAYS_TODAY,
		trackedStart: null,
		waterGoalMl: 2000,
		stretchGoalMin: 10
	};
}
