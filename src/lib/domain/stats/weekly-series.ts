import type { Day, MineralMg } from '../types';
import type { DailyPoint } from './daily-series';
import { dayFromNumber, dayNumber, mondayNumber } from './day-numbers';

/**
 * One ISO week (Monday first) of a daily series. Values are totals over the days of the week that are
 * in the series; the first and last weeks may be partial, so divide by `days` for a daily average.
 */
export interface WeeklyPoint {
	/** Monday of the week, even when the series starts later in it. */
	weekStart: Day;
	/** Days of this week present in the series (1–7). */
	days: number;
	episodes: number;
	episodesAllKinds: number;
	/** `episodes` / `days`. */
	episodesPerDay: number;
	episodeMinutes: number;
	/** Mean over the week's rated spasm/cramp episodes (not a mean of daily means); null without any. */
	meanIntensity: number | null;
	maxIntensity: number | null;
	waterMl: number;
	waterGoalMetDays: number;
	mg: MineralMg;
	stretchMin: number;
	stretchGoalMetDays: number;
	exerciseMin: number;
}

/** Groups a daily series into ISO weeks, in the order the weeks first appear (day order for `dailySeries`). */
export function weeklySeries(daily: readonly DailyPoint[]): WeeklyPoint[] {
	const weeks = new Map<number, { w: WeeklyPoint; intensitySum: number; rated: number }>();
	for (const p of daily) {
		const monday = mondayNumber(dayNumber(p.day));
		let entry = weeks.get(monday);
		if (entry === undefined) {
			entry = { w: emptyWeek(dayFromNumber(monday)), intensitySum: 0, rated: 0 };
			weeks.set(monday, entry);
		}
		const { w } = entry;
		w.days += 1;
		w.episodes += p.episodes;
		w.episodesAllKinds += p.episodesAllKinds;
		w.episodeMinutes += p.episodeMinutes;
		if (p.meanIntensity !== null) {
			entry.intensitySum += p.meanIntensity * p.ratedEpisodes;
			entry.rated += p.ratedEpisodes;
		}
		if (p.maxIntensity !== null) w.maxIntensity = Math.max(w.maxIntensity ?? p.maxIntensity, p.maxIntensity);
		w.waterMl += p.waterMl;
		if (p.waterGoalMet) w.waterGoalMetDays += 1;
		w.mg.magnesium += p.mg.magnesium;
		w.mg.potassium += p.mg.potassium;
		w.mg.calcium += p.mg.calcium;
		w.mg.sodium += p.mg.sodium;
		w.stretchMin += p.stretchMin;
		if (p.stretchGoalMet) w.stretchGoalMetDays += 1;
		w.exerciseMin += p.exerciseMin;
	}
	return [...weeks.values()].map(({ w, intensitySum, rated }) => ({
		...w,
		episodesPerDay: w.episodes / w.days,
		meanIntensity: rated === 0 ? null : intensitySum / rated,
		mg: {
			magnesium: round1(w.mg.magnesium),
			potassium: round1(w.mg.potassium),
			calcium: round1(w.mg.calcium),
			sodium: round1(w.mg.sodium)
		}
	}));
}

function emptyWeek(monday: Day): WeeklyPoint {
	return {
		weekStart: monday,
		days: 0,
		episodes: 0,
		episodesAllKinds: 0,
		episodesPerDay: 0,
		episodeMinutes: 0,
		meanIntensity: null,
		maxIntensity: null,
		waterMl: 0,
		waterGoalMetDays: 0,
		mg: { magnesium: 0, potassium: 0, calcium: 0, sodium: 0 },
		stretchMin: 0,
		stretchGoalMetDays: 0,
		exerciseMin: 0
	};
}

function round1(n: number): number {
	return Math.round(n * 10) / 10;
}
