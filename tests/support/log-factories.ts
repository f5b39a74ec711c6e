// Test-only record factories for the domain, state and end-to-end tests: the rules' seeded
// factory (every field a rule ignores is random filler, so a test proves the rule ignores it) and
// the stats' small builders and seeded log generator. A failing case reproduces from its seed.
// Never imported by app code.
import { TZDate } from '@date-fns/tz';
import { noSigns } from '$lib/domain/records';
import { addDays, dayOf, toOffsetIso } from '$lib/domain/time';
import { emptyLogs } from '$lib/domain/types';
import type {
	Day,
	ExerciseSession,
	FoodServing,
	Logs,
	MedicationDose,
	MineralMg,
	Relief,
	SpasmEpisode,
	StretchSession,
	WaterIntake
} from '$lib/domain/types';
import {
	BODY_LOCATIONS,
	EPISODE_KINDS,
	HELPED_VALUES,
	RELIEF_METHODS,
	SIDES,
	type KnownReliefMethod,
	type KnownTrigger
} from '$lib/domain/vocabulary';
import { mulberry32 } from './seeded-random';
export { mulberry32 } from './seeded-random';

export type AnyRecord =
	SpasmEpisode | WaterIntake | FoodServing | StretchSession | ExerciseSession | MedicationDose;

/**
 * The five logs from any mix of records (sorted in by their shape, keeping their order) and
 * partial logs (their lists appended): `logsOf(a, b)`, `logsOf({ water })`, `logsOf()`.
 */
export function logsOf(...items: (AnyRecord | Partial<Logs>)[]): Logs {
	const logs: Logs = emptyLogs();
	for (const item of items) {
		if (!('id' in item)) {
			for (const kind of Object.keys(item) as (keyof Logs)[])
				((logs[kind] ??= []) as unknown[]).push(...((item[kind] ?? []) as unknown[]));
		} else if ('amount' in item) logs.medications.push(item);
		else if ('kind' in item) logs.episodes.push(item);
		else if ('ml' in item) logs.water.push(item);
		else if ('foodId' in item) logs.foods.push(item);
		else if ('routine' in item) logs.stretches.push(item);
		else logs.exercise.push(item);
	}
	return logs;
}

/** Fisher–Yates with a seeded source (a seed or a random function); returns a new array. */
export function shuffled<T>(items: readonly T[], random: (() => number) | number): T[] {
	const rand = typeof random === 'number' ? mulberry32(random) : random;
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(rand() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** The instant a wall-clock time 'YYYY-MM-DDTHH:mm' (or a day, meaning noon) has in a zone. */
export function localInstant(local: string, timeZone: string): Date {
	const m = LOCAL_PATTERN.exec(local);
	if (!m) throw new Error(`Not a local date-time: ${local}`);
	const [y, mo, d, h = '12', min = '00'] = m.slice(1) as [string, string, string, string?, string?];
	return new Date(new TZDate(+y, +mo - 1, +d, +h, +min, timeZone).getTime());
}

// Triggers and reliefs the rules never react to, for random filler.
const NEUTRAL_TRIGGERS: KnownTrigger[] = ['stress', 'night', 'poor-sleep', 'caffeine', 'long-sitting'];
const NEUTRAL_RELIEFS: KnownReliefMethod[] = ['massage', 'water', 'rest', 'cold'];

export class LogFactory {
	readonly #random: () => number;

	constructor(
		seed: number,
		readonly timeZone: string
	) {
		this.#random = mulberry32(seed);
	}

	#pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.#random() * items.length)] as T;
	}

	#some<T>(items: readonly T[]): T[] {
		return items.filter(() => this.#random() < 0.3);
	}

	/** A UUID-shaped id from the seeded source, so evidence order is not creation order. */
	id(): string {
		const hex = Array.from({ length: 32 }, () => Math.floor(this.#random() * 16).toString(16)).join('');
		return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
	}

	#stamp(local: string): { at: string; day: string } {
		const instant = localInstant(local, this.timeZone);
		return { at: toOffsetIso(instant, this.timeZone), day: dayOf(instant, this.timeZone) };
	}

	#written(local: string): { at: string; day: string; updatedAt: string } {
		const s = this.#stamp(local);
		return { ...s, updatedAt: s.at };
	}

	/** A spasm or cramp that trips no rule unless the overrides say so. */
	episode(local: string, overrides: Partial<SpasmEpisode> = {}): SpasmEpisode {
		const { at, day } = this.#stamp(local);
		const reliefs: Relief[] = this.#some(NEUTRAL_RELIEFS).map((method) => ({
			method,
			helped: this.#pick(['no', 'a-little', 'a-lot', null] as const)
		}));
		return {
			id: this.id(),
			startedAt: at,
			day,
			durationSec: this.#pick([null, Math.floor(this.#random() * 300)]),
			kind: this.#pick(['spasm', 'cramp'] as const),
			location: this.#pick(BODY_LOCATIONS),
			side: this.#pick([...SIDES, null]),
			intensity: Math.floor(this.#random() * 8),
			triggers: this.#some(NEUTRAL_TRIGGERS),
			reliefs,
			signs: { weakness: false, numbness: false, swelling: false, redness: false, warmth: false },
			notes: this.#random() < 0.5 ? '' : 'after a long day',
			createdAt: at,
			updatedAt: at,
			...overrides
		};
	}

	water(local: string, ml: number): WaterIntake {
		return { id: this.id(), ...this.#written(local), ml };
	}

	food(local: string): FoodServing {
		const servings = 1 + Math.floor(this.#random() * 3);
		return {
			id: this.id(),
			...this.#written(local),
			foodId: this.#pick(['banana', 'spinach', 'almonds']),
			name: 'Snack',
			servings,
			mg: { magnesium: 30 * servings, potassium: 400 * servings, calcium: 10 * servings, sodium: 1 }
		};
	}

	stretch(local: string, durationSec = 300): StretchSession {
		return { id: this.id(), ...this.#written(local), durationSec, routine: 'calf', areas: ['calf'] };
	}

	exercise(local: string, minutes: number): ExerciseSession {
		return { id: this.id(), ...this.#written(local), minutes };
	}
}

let nextId = 0;
/**
 * A unique id in UUID form, so factory records also pass `validateRecord` and can be written through the
 * data layer (the Trends rune and end-to-end tests do). The prefix's letter ends up in the last group.
 */
const id = (prefix: string) =>
	`00000000-0000-4000-8000-${(prefix.charCodeAt(0) % 16).toString(16)}${(++nextId).toString(16).padStart(11, '0')}`;

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
	const at = `${day}T09:00:00.000+01:00`;
	return { id: id('w'), at, day, ml, updatedAt: at };
}

export function food(day: Day, mg: Partial<MineralMg>): FoodServing {
	return {
		id: id('f'),
		at: `${day}T13:00:00.000+01:00`,
		day,
		foodId: 'test-food',
		name: 'Test food',
		servings: 1,
		mg: { magnesium: 0, potassium: 0, calcium: 0, sodium: 0, ...mg },
		updatedAt: `${day}T13:00:00.000+01:00`
	};
}

export function stretch(day: Day, durationSec: number): StretchSession {
	const at = `${day}T19:00:00.000+01:00`;
	return { id: id('s'), at, day, durationSec, routine: 'calf', areas: ['calf'], updatedAt: at };
}

/** A dose of a supplement or medicine at 08:00 that day (a medicine of 10 mg unless `over` says otherwise). */
export function dose(day: Day, name: string, over: Partial<MedicationDose> = {}): MedicationDose {
	const at = `${day}T08:00:00.000+01:00`;
	return { id: id('m'), at, day, name, kind: 'medicine', amount: 10, unit: 'mg', updatedAt: at, ...over };
}

export function exercise(day: Day, minutes: number): ExerciseSession {
	const at = `${day}T17:00:00.000+01:00`;
	return { id: id('x'), at, day, minutes, updatedAt: at };
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

/**
 * The scenario the Trends end-to-end spec seeds (tests/e2e/trends-data.ts), day i = 0…59 from
 * 2026-01-01 to 2026-03-01:
 * - water: 2,000 ml (goal met) on even i, 1,000 ml on odd i;
 * - a calf cramp at 02:30 on odd i, relieved by stretching, rated "a lot" when i % 4 = 1, else "no";
 * - a hamstring spasm at 14:00 when i % 10 = 0, relieved by heat, rated "a little";
 * - an eyelid twitch at 10:00 on i = 58 and 59;
 * - 10 minutes of stretching when i % 3 = 0.
 */
export const SIXTY_DAYS_FIRST = '2026-01-01';
export const SIXTY_DAYS_TODAY = '2026-03-01';

export function sixtyDays(): Logs {
	const logs = logsOf();
	for (let i = 0; i < 60; i++) {
		const day = addDays(SIXTY_DAYS_FIRST, i);
		logs.water.push(water(day, i % 2 === 0 ? 2000 : 1000));
		if (i % 2 === 1) {
			logs.episodes.push(
				episode(day, {
					kind: 'cramp',
					location: 'calf',
					startedAt: `${day}T02:30:00.000+00:00`,
					reliefs: [{ method: 'stretch', helped: i % 4 === 1 ? 'a-lot' : 'no' }]
				})
			);
		}
		if (i % 10 === 0) {
			logs.episodes.push(
				episode(day, {
					kind: 'spasm',
					location: 'hamstring',
					startedAt: `${day}T14:00:00.000+00:00`,
					reliefs: [{ method: 'heat', helped: 'a-little' }]
				})
			);
		}
		if (i >= 58) {
			logs.episodes.push(
				episode(day, { kind: 'twitch', location: 'eyelid', startedAt: `${day}T10:00:00.000+00:00` })
			);
		}
		if (i % 3 === 0) logs.stretches.push(stretch(day, 600));
	}
	return logs;
}
