/**
 * Test support: simulated daily histories for checking how often Trends claims a difference, with a
 * known truth. Each history is a `DailyPoint[]` whose habit is the water goal; the other fields are
 * zeros. Not imported by app code.
 */
import type { DailyPoint } from '$lib/domain/stats';
import { addDays } from '$lib/domain/time';
import { mulberry32 } from './seeded-random';

export interface SimulationModel {
	days: number;
	/** Spasms a day outside flares. */
	baseRate: number;
	/** Spasms a day during a flare; no flares when omitted. */
	flareRate?: number;
	/** Mean length of a flare in days. */
	meanFlareDays?: number;
	/** Share of days in a flare, in the long run. */
	flareShare?: number;
	/** Mean length of a run of met (or unmet) habit days; independent days when omitted. */
	habitStreakDays?: number;
	/** Share of days not logged at all (not tracked: no spasms recorded, habit unmet). */
	untrackedShare?: number;
	/** True rate ratio on habit days (same day); 1, no effect, when omitted. */
	effect?: number;
}

/** Poisson draw by inversion (Knuth); rates here are small. */
function poisson(rate: number, rand: () => number): number {
	const limit = Math.exp(-rate);
	let k = 0;
	let p = rand();
	while (p > limit) {
		k += 1;
		p *= rand();
	}
	return k;
}

function point(day: string, tracked: boolean, habit: boolean, episodes: number): DailyPoint {
	return {
		day,
		tracked,
		foodLogged: false,
		episodes,
		episodesAllKinds: episodes,
		episodeMinutes: 0,
		meanIntensity: null,
		ratedEpisodes: 0,
		maxIntensity: null,
		waterMl: habit ? 2000 : 0,
		waterGoalMl: 2000,
		waterGoalPct: habit ? 100 : 0,
		waterGoalMet: habit,
		waterSetGoalMet: habit,
		exerciseExtraMl: 0,
		mg: { magnesium: 0, potassium: 0, calcium: 0, sodium: 0 },
		stretchMin: 0,
		stretchGoalMet: false,
		exerciseMin: 0,
		taken: []
	};
}

/**
 * One history. Flares are a two-state Markov chain (leave with probability 1/meanFlareDays, enter so
 * that `flareShare` of days are in one); habit streaks likewise, met on half the days in the long run.
 */
export function simulateHistory(model: SimulationModel, rand: () => number): DailyPoint[] {
	const { days, baseRate, flareRate = baseRate, meanFlareDays = 5, flareShare = 0 } = model;
	const leaveFlare = 1 / meanFlareDays;
	const enterFlare = flareShare > 0 ? (flareShare / (1 - flareShare)) * leaveFlare : 0;
	const switchHabit = model.habitStreakDays ? 1 / model.habitStreakDays : 0.5;
	let inFlare = rand() < flareShare;
	let habit = rand() < 0.5;
	const out: DailyPoint[] = [];
	for (let i = 0; i < days; i++) {
		if (i > 0) {
			inFlare = inFlare ? rand() >= leaveFlare : rand() < enterFlare;
			habit = model.habitStreakDays ? (rand() < switchHabit ? !habit : habit) : rand() < 0.5;
		}
		const rate = (inFlare ? flareRate : baseRate) * (habit ? (model.effect ?? 1) : 1);
		const y = poisson(rate, rand);
		const tracked = rand() >= (model.untrackedShare ?? 0);
		out.push(point(addDays('2026-01-01', i), tracked, tracked && habit, tracked ? y : 0));
	}
	return out;
}

/** `count` histories from one seed, each with its own stream so a single case can be re-run. */
export function* histories(model: SimulationModel, count: number, seed: number): Generator<DailyPoint[]> {
	for (let h = 0; h < count; h++) yield simulateHistory(model, mulberry32(seed + h * 7919));
}
