import { dayOf, deviceTimeZone, isValidTimeZone, toOffsetIso } from './time';
import type {
	CheckIn,
	Day,
	ExerciseSession,
	FoodServing,
	IsoDateTime,
	MedicationDose,
	MedicationItem,
	MineralMg,
	RecordKind,
	Signs,
	SpasmEpisode,
	StretchSession,
	WaterIntake
} from './types';
import { LIMITS } from './limits';
import { ValidationError } from './validation-error';
import type { BodyLocation } from './vocabulary';

/** Where a new record's id, clock and time zone come from; tests pass fixed ones. */
export interface WriteContext {
	now?: Date;
	timeZone?: string;
	newId?: () => string;
}

// Invalid input fails with the same typed error as validation, never with date-fns' RangeError.
function resolve(ctx: WriteContext = {}, record?: RecordKind) {
	const timeZone = ctx.timeZone ?? deviceTimeZone();
	if (!isValidTimeZone(timeZone)) {
		throw new ValidationError([{ path: '', message: 'Unknown time zone' }], record);
	}
	return {
		now: ctx.now ?? new Date(),
		timeZone,
		newId: ctx.newId ?? (() => crypto.randomUUID()),
		record
	};
}

/** Time and day of an entry: the day is fixed now, in the device's zone, and never recomputed. */
function stamp(
	at: Date | undefined,
	ctx: ReturnType<typeof resolve>,
	field = 'at'
): { at: IsoDateTime; day: string } {
	const when = at ?? ctx.now;
	try {
		return { at: toOffsetIso(when, ctx.timeZone), day: dayOf(when, ctx.timeZone) };
	} catch {
		// An Invalid Date from a form, or one beyond what a zone can represent.
		throw new ValidationError([{ path: field, message: 'Must be a date and time' }], ctx.record);
	}
}

/** When a record is written: the moment merges and backups compare ("newer wins"). */
function written(ctx: ReturnType<typeof resolve>): IsoDateTime {
	return stamp(ctx.now, ctx, 'updatedAt').at;
}

export function noSigns(): Signs {
	return { weakness: false, numbness: false, swelling: false, redness: false, warmth: false };
}

export type NewEpisode = Partial<
	Omit<SpasmEpisode, 'id' | 'startedAt' | 'day' | 'createdAt' | 'updatedAt'>
> & { startedAt?: Date };

export function createEpisode(input: NewEpisode = {}, context?: WriteContext): SpasmEpisode {
	const ctx = resolve(context, 'episodes');
	const { at, day } = stamp(input.startedAt, ctx, 'startedAt');
	const created = stamp(ctx.now, ctx, 'createdAt').at;
	return {
		id: ctx.newId(),
		startedAt: at,
		day,
		durationSec: input.durationSec ?? null,
		kind: input.kind ?? 'spasm',
		location: input.location ?? 'calf',
		side: input.side ?? null,
		intensity: input.intensity === undefined ? null : input.intensity,
		triggers: input.triggers ?? [],
		reliefs: input.reliefs ?? [],
		signs: input.signs ?? noSigns(),
		notes: input.notes ?? '',
		createdAt: created,
		updatedAt: created
	};
}

export function createWaterIntake(input: { ml: number; at?: Date }, context?: WriteContext): WaterIntake {
	const ctx = resolve(context, 'water');
	return { id: ctx.newId(), ...stamp(input.at, ctx), ml: input.ml, updatedAt: written(ctx) };
}

export function createFoodServing(
	input: { foodId: string; name: string; servings: number; mgPerServing: MineralMg; at?: Date },
	context?: WriteContext
): FoodServing {
	const ctx = resolve(context, 'foods');
	const mg: MineralMg = {
		magnesium: round1(input.mgPerServing.magnesium * input.servings),
		potassium: round1(input.mgPerServing.potassium * input.servings),
		calcium: round1(input.mgPerServing.calcium * input.servings),
		sodium: round1(input.mgPerServing.sodium * input.servings)
	};
	return {
		id: ctx.newId(),
		...stamp(input.at, ctx),
		foodId: input.foodId,
		name: input.name,
		servings: input.servings,
		mg,
		updatedAt: written(ctx)
	};
}

export function createStretchSession(
	input: { durationSec: number; routine: string; areas: BodyLocation[]; at?: Date },
	context?: WriteContext
): StretchSession {
	const ctx = resolve(context, 'stretches');
	return {
		id: ctx.newId(),
		...stamp(input.at, ctx),
		durationSec: Math.round(input.durationSec),
		routine: input.routine,
		areas: input.areas,
		updatedAt: written(ctx)
	};
}

export function createExerciseSession(
	input: { minutes: number; at?: Date },
	context?: WriteContext
): ExerciseSession {
	const ctx = resolve(context, 'exercise');
	return { id: ctx.newId(), ...stamp(input.at, ctx), minutes: input.minutes, updatedAt: written(ctx) };
}

/** What a dose or a saved item holds besides its id and times. */
export type DoseFields = Pick<MedicationDose, 'name' | 'kind' | 'amount' | 'unit' | 'mineral' | 'mineralMg'>;

/** Copies only the fields a dose keeps; a mineral is dropped for a medicine and when its mg is missing. */
function doseFields(input: DoseFields): DoseFields {
	const out: DoseFields = { name: input.name, kind: input.kind, amount: input.amount, unit: input.unit };
	if (input.kind === 'supplement' && input.mineral && input.mineralMg !== undefined) {
		out.mineral = input.mineral;
		out.mineralMg = input.mineralMg;
	}
	return out;
}

/** A dose taken now (or at `at`), usually from a saved item: its usual dose is frozen into the record. */
export function createMedicationDose(
	input: DoseFields & { at?: Date },
	context?: WriteContext
): MedicationDose {
	const ctx = resolve(context, 'medications');
	return { id: ctx.newId(), ...stamp(input.at, ctx), ...doseFields(input), updatedAt: written(ctx) };
}

export function createMedicationItem(input: DoseFields, context?: WriteContext): MedicationItem {
	const ctx = resolve(context);
	const now = written(ctx);
	return { id: ctx.newId(), ...doseFields(input), createdAt: now, updatedAt: now };
}

/**
 * Moves an entry to a new time, recomputing its day in the zone of the edit. Only an explicit
 * change of time moves a record; nothing else ever recomputes `day`.
 */
export function retime(at: Date, context?: WriteContext): { at: IsoDateTime; day: string } {
	return stamp(at, resolve(context));
}

function round1(n: number): number {
	return Math.round(n * 10) / 10;
}

/** A daily check-in for `day` (today, or yesterday until noon), answered now. */
export function createCheckIn(input: { day: Day }, context?: WriteContext): CheckIn {
	const ctx = resolve(context);
	const now = written(ctx);
	return { id: ctx.newId(), day: input.day, at: now, updatedAt: now };
}

/** "It stopped" at `nowMs`: whole seconds since the episode started, within the allowed range. */
export function stoppedDurationSec(startedAt: IsoDateTime, nowMs: number): number {
	return Math.min(
		LIMITS.episodeDurationSec.max,
		Math.max(0, Math.round((nowMs - Date.parse(startedAt)) / 1000))
	);
}
