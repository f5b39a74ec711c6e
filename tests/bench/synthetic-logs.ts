// Ten years of plausible logs for `npm run bench`: seeded, so two runs load the same data, and written
// with the app's own record builders, so every record passes validation like a real one.
import {
	addDays,
	createEpisode,
	createExerciseSession,
	createFoodServing,
	createStretchSession,
	createWaterIntake,
	BODY_LOCATIONS,
	RELIEF_METHODS,
	HELPED_VALUES,
	type Day,
	emptyLogs,
	type Logs,
	type Relief
} from '$lib/domain';
import { CATALOG } from '$lib/domain/foods';
import { mulberry32 } from '$test-support/log-factories';

export interface SyntheticOptions {
	seed: number;
	/** Days of history, ending on `today` (3,650 ≈ ten years). */
	days: number;
	today: Day;
	timeZone: string;
}

const SIPS_ML = [150, 200, 250, 330, 500];
// Calves and feet cramp most; the rest share what is left (shared/DOMAIN.md).
const LOCATION_WEIGHTS: Partial<Record<(typeof BODY_LOCATIONS)[number], number>> = {
	calf: 6,
	foot: 3,
	hamstring: 2,
	'lower-back': 2,
	neck: 1,
	shoulder: 1,
	eyelid: 1
};
const WEIGHTED_LOCATIONS = Object.entries(LOCATION_WEIGHTS).flatMap(([location, w]) =>
	Array<string>(w).fill(location)
) as (typeof BODY_LOCATIONS)[number][];

/**
 * Per day: 4–8 drinks (~6), 1–3 foods from the catalog (~2), 0–2 stretches (~1), exercise on ~30% of
 * days and 0–3 episodes, fewer after a day with the water goal, magnesium or stretching met, so the
 * comparisons have something to find.
 */
export function syntheticLogs({ seed, days, today, timeZone }: SyntheticOptions): Logs {
	const rand = mulberry32(seed);
	const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
	const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
	// Ids need not be seeded: no statistic reads them.
	const ctx = (now: Date) => ({ now, timeZone });
	const at = (day: Day, hour: number, minute = int(0, 59)) =>
		new Date(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00`);
	const logs: Logs = emptyLogs();
	let yesterdayWaterMl = 0;
	let yesterdayMagnesium = 0;
	let yesterdayStretchSec = 0;

	for (let i = 0; i < days; i++) {
		const day = addDays(today, i - days + 1);
		let waterMl = 0;
		for (let k = int(4, 8); k > 0; k--) {
			const ml = pick(SIPS_ML);
			waterMl += ml;
			const when = at(day, int(7, 22));
			logs.water.push(createWaterIntake({ ml, at: when }, ctx(when)));
		}
		let magnesium = 0;
		for (let k = int(1, 3); k > 0; k--) {
			const food = pick(CATALOG);
			const servings = pick([0.5, 1, 1, 2]);
			magnesium += food.mg.magnesium * servings;
			const when = at(day, int(7, 21));
			logs.foods.push(
				createFoodServing(
					{ foodId: food.id, name: food.name, servings, mgPerServing: food.mg, at: when },
					ctx(when)
				)
			);
		}
		let stretchSec = 0;
		for (let k = int(0, 2); k > 0; k--) {
			const durationSec = int(5, 15) * 60;
			stretchSec += durationSec;
			const when = at(day, int(6, 22));
			logs.stretches.push(
				createStretchSession(
					{ durationSec, routine: 'Calves and hamstrings', areas: ['calf'], at: when },
					ctx(when)
				)
			);
		}
		if (rand() < 0.3) {
			const when = at(day, int(6, 20));
			logs.exercise.push(createExerciseSession({ minutes: int(20, 60), at: when }, ctx(when)));
		}

		let rate = 1.4;
		if (yesterdayWaterMl >= 2000) rate *= 0.6;
		if (yesterdayMagnesium >= 320) rate *= 0.8;
		if (yesterdayStretchSec >= 600) rate *= 0.75;
		const episodes = Math.min(3, poisson(rand, rate));
		for (let k = 0; k < episodes; k++) {
			const night = rand() < 0.4;
			const hour = night ? pick([22, 23, 0, 1, 2, 3, 4, 5]) : int(6, 21);
			const when = at(day, hour);
			const reliefs: Relief[] =
				rand() < 0.7
					? [{ method: pick(RELIEF_METHODS), helped: rand() < 0.2 ? null : pick(HELPED_VALUES) }]
					: [];
			const location = rand() < 0.1 ? 'eyelid' : pick(WEIGHTED_LOCATIONS);
			logs.episodes.push(
				createEpisode(
					{
						startedAt: when,
						kind: location === 'eyelid' ? 'twitch' : rand() < 0.6 ? 'cramp' : 'spasm',
						location,
						side: location === 'lower-back' || location === 'neck' ? null : pick(['left', 'right'] as const),
						intensity: int(2, 8),
						durationSec: int(10, 300),
						reliefs
					},
					ctx(when)
				)
			);
		}
		yesterdayWaterMl = waterMl;
		yesterdayMagnesium = magnesium;
		yesterdayStretchSec = stretchSec;
	}
	return logs;
}

/** Knuth's method: fine for the small rates here. */
function poisson(rand: () => number, rate: number): number {
	const limit = Math.exp(-rate);
	let k = 0;
	let p = rand();
	while (p > limit) {
		k++;
		p *= rand();
	}
	return k;
}
