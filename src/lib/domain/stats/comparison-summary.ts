import type { HabitComparison, HabitId, Lag } from './habit-comparison';

// Each phrase completes "the days …" and "when …"; they describe what was logged, never what it did.
const HABIT_PHRASES: Record<HabitId, string> = {
	'water-goal': 'you met your water goal',
	magnesium: 'you reached the magnesium reference intake',
	potassium: 'you reached the potassium reference intake',
	calcium: 'you reached the calcium reference intake',
	sodium: 'you reached the sodium reference intake',
	'stretch-goal': 'you met your stretching goal',
	'any-stretch': 'you stretched'
};

const OUTCOME_WHEN: Record<Lag, string> = {
	0: 'the same day',
	1: 'the next day',
	2: 'two days later'
};

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

const LEADS: Record<Lag, (n: number, habit: string) => string> = {
	0: (n, habit) => `On the ${days(n)} ${habit}`,
	1: (n, habit) => `On the days after the ${days(n)} ${habit}`,
	2: (n, habit) => `Two days after the ${days(n)} ${habit}`
};

const OTHERS: Record<Lag, (n: number) => string> = {
	0: (n) => `on the other ${days(n)}`,
	1: (n) => `after the other ${days(n)}`,
	2: (n) => `two days after the other ${days(n)}`
};

/** Episodes a day: one decimal, two for small non-zero rates so they don't read as "0.0". */
export function formatRate(rate: number): string {
	if (rate === 0) return '0';
	return rate < 0.05 ? rate.toFixed(2) : rate.toFixed(1);
}

/** A ratio bound: one decimal from 0.1 to 10, whole numbers above, one significant digit below. */
export function formatRatio(x: number): string {
	if (x >= 10) return String(Math.round(x));
	if (x >= 0.1) return x.toFixed(1);
	return String(Number(x.toPrecision(1)));
}

/**
 * One plain sentence for a comparison, from the same numbers the result holds. It reports rates and
 * the interval only: the days were not assigned at random, so it never says the habit caused anything.
 *
 * e.g. "On the 14 days you met your water goal you had 0.4 spasms or cramps a day; on the other 9 days,
 * 1.1 — 95% interval for the ratio 0.2–0.7."
 */
export function summarizeComparison(result: HabitComparison): string {
	const habit = HABIT_PHRASES[result.habit];
	const { met, notMet, lag } = result;
	switch (result.status) {
		case 'not-enough-data':
			return (
				`Not enough data yet to compare spasms or cramps ${OUTCOME_WHEN[lag]}: this needs at least ` +
				`${days(result.minDaysPerGroup)} when ${habit} and ${result.minDaysPerGroup} when you didn't; ` +
				`so far there are ${met.days} and ${notMet.days}.`
			);
		case 'no-episodes':
			return (
				`${LEADS[lag](met.days, habit)}, and ${OTHERS[lag](notMet.days)}, you had no spasms or cramps, ` +
				`so there is nothing to compare yet.`
			);
		case 'compared': {
			const { lower, upper } = result.rateRatio;
			return (
				`${LEADS[lag](met.days, habit)} you had ${formatRate(met.rate ?? 0)} spasms or cramps a day; ` +
				`${OTHERS[lag](notMet.days)}, ${formatRate(notMet.rate ?? 0)} — ` +
				`95% interval for the ratio ${formatRatio(lower)}–${formatRatio(upper)}.`
			);
		}
	}
}
