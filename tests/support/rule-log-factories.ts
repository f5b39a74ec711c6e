// Test-only factories for the rules' tests. Every field a rule does not look at is filled from a seeded
// random source, so a test proves the rule ignores it, and a failing case reproduces from its seed.
import { TZDate } from '@date-fns/tz';
import { dayOf, toOffsetIso } from '$lib/domain/time';
import { emptyLogs } from '$lib/domain/types';
import type {
	ExerciseSession,
	FoodServing,
	Logs,
	Relief,
	SpasmEpisode,
	StretchSession,
	WaterIntake
} from '$lib/domain/types';
import { BODY_LOCATIONS, SIDES, type KnownReliefMethod, type KnownTrigger } from '$lib/domain/vocabulary';
export { mulberry32 } from './seeded-random';
import { mulberry32 } from './seeded-random';

export type AnyRecord = SpasmEpisode | WaterIntake | FoodServing | StretchSession | ExerciseSession;

/** mulberry32: a tiny 32-bit PRNG, plenty for test data and the same on every machine. */

/** Fisher–Yates with a seeded source; returns a new array. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j] as T, out[i] as T];
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

/** Sorts mixed records into the five logs by their shape, keeping their order. */
export function logsOf(...records: AnyRecord[]): Logs {
	const logs: Logs = emptyLogs();
	for (const r of records) {
		if ('kind' in r) logs.episodes.push(r);
		else if ('ml' in r) logs.water.push(r);
		else if ('foodId' in r) logs.foods.push(r);
		else if ('routine' in r) logs.stretches.push(r);
		else logs.exercise.push(r);
	}
	return logs;
}
