// Test support for the stats tests: small record builders and a seeded random log generator, so a
// failing case reproduces from its seed. Not imported by app code.
import { noSigns } from '../records';
import { addDays } from '../time';
import type {
	Day,
	ExerciseSession,
	FoodServing,
	Logs,
	MineralMg,
	Relief,
	SpasmEpisode,
	StretchSession,
	WaterIntake
} from '../types';
import { BODY_LOCATIONS, EPISODE_KINDS, HELPED_VALUES, RELIEF_METHODS } from '../vocabulary';

/** mulberry32 (Tommy Ettinger's 32-bit generator): tiny, fast and good enough for fixtures. */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

let nextId = 0;
const id = (prefix: string) => `${prefix}-${++nextId}`;

export function episode(day: Day, over: Partial<SpasmEpisode> = {}): SpasmEpisode {
	const startedAt = over.startedAt ?? `${day}T12:00:00.000+01:00`;
	return {
		id: id('e'),
		startedAt,
		day,
		durationSec: 60,
		kind: 'cramp',
		location: 'calf',
		side: 'left',
		intensity: 5,
		triggers: [],
		reliefs: [],
		signs: noSigns(),
		notes: '',
		createdAt: startedAt,
		updatedAt: startedAt,
		...over
	};
}

export function water(day: Day, ml: number): WaterIntake {
	return { id: id('w'), at: `${day}T09:00:00.000+01:00`, day, ml };
}

export function food(day: Day, mg: Partial<MineralMg>): FoodServing {
	return {
		id: id('f'),
		at: `${day}T13:00:00.000+01:00`,
		day,
		foodId: 'test-food',
		name: 'Test food',
		servings: 1,
		mg: { magnesium: 0, potassium: 0, calcium: 0, sodium: 0, ...mg }
	};
}

export function stretch(day: Day, durationSec: number): StretchSession {
	return { id: id('s'), at: `${day}T19:00:00.000+01:00`, day, durationSec, routine: 'calf', areas: ['calf'] };
}

export function exercise(day: Day, minutes: number): ExerciseSession {
	return { id: id('x'), at: `${day}T17:00:00.000+01:00`, day, minutes };
}

export function logsOf(partial: Partial<Logs> = {}): Logs {
	return { episodes: [], water: [], foods: [], stretches: [], exercise: [], ...partial };
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const int = (rand: () => number, max: number) => Math.floor(rand() * (max + 1));

/** Random but reproducible logs over `days` days from `from`, some days left empty on purpose. */
export function randomLogs(seed: number, from: Day, days: number): Logs {
	const rand = mulberry32(seed);
	const logs = logsOf();
	for (let i = 0; i < days; i++) {
		const day = addDays(from, i);
		if (rand() < 0.2) continue;
		for (let k = int(rand, 3); k > 0; k--) {
			const reliefs: Relief[] = [];
			if (rand() < 0.5) reliefs.push({ method: pick(rand, RELIEF_METHODS), helped: pickHelped(rand) });
			const hour = String(int(rand, 23)).padStart(2, '0');
			logs.episodes.push(
				episode(day, {
					kind: pick(rand, EPISODE_KINDS),
					location: pick(rand, BODY_LOCATIONS),
					intensity: int(rand, 10),
					durationSec: rand() < 0.1 ? null : int(rand, 600),
					startedAt: `${day}T${hour}:15:00.000+02:00`,
					reliefs
				})
			);
		}
		for (let k = int(rand, 6); k > 0; k--) logs.water.push(water(day, 250));
		if (rand() < 0.7) logs.foods.push(food(day, { magnesium: int(rand, 500), potassium: int(rand, 3000) }));
		if (rand() < 0.5) logs.stretches.push(stretch(day, int(rand, 20) * 60));
		if (rand() < 0.3) logs.exercise.push(exercise(day, int(rand, 60)));
	}
	return logs;
}

function pickHelped(rand: () => number): Relief['helped'] {
	return rand() < 0.2 ? null : pick(rand, HELPED_VALUES);
}

/** Fisher–Yates with a seeded source, so a shuffle-sensitive failure reproduces. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
	const rand = mulberry32(seed);
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(rand() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}
