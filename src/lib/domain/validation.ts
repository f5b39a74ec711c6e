import { formatNumber } from './number-format';
import * as v from 'valibot';
import { isDay, parseInstant } from './time';
import type {
	CheckIn,
	ExerciseSession,
	FoodServing,
	LogRecords,
	MedicationDose,
	MedicationItem,
	RecordKind,
	Settings,
	SpasmEpisode,
	StretchSession,
	WaterIntake
} from './types';
import { THEMES, UNIT_SYSTEMS } from './types';
import { REFERENCE_GROUPS } from './foods/reference-intakes';
import {
	BODY_LOCATIONS,
	DOSE_UNITS,
	EPISODE_KINDS,
	HELPED_VALUES,
	MEDICATION_KINDS,
	SIDES,
	SUPPLEMENT_MINERALS
} from './vocabulary';
import { LIMITS } from './limits';
import { ValidationError, type FieldIssue, type Validated } from './validation-error';

export { LIMITS } from './limits';
export { ValidationError, type FieldIssue, type Validated } from './validation-error';

const id = v.pipe(v.string('Must be text'), v.uuid('Must be a UUID'));
const customId = v.pipe(
	v.string('Must be text'),
	v.minLength(1, 'Required'),
	v.maxLength(LIMITS.textChars, `At most ${LIMITS.textChars} characters`)
);

/** Years are read as written, the person's local calendar, so `at` and `day` agree at the edges. */
function yearInRange(year: number): boolean {
	return year >= LIMITS.earliestYear && year <= LIMITS.latestYear;
}

const REAL_INSTANT = 'Must be a real date and time';
const IN_RANGE = `Must be between ${LIMITS.earliestYear} and ${LIMITS.latestYear}`;

// Each check parses once: every read validates every record, so a second parse per field shows.
const instant = v.pipe(
	v.string('Must be a date and time'),
	v.maxLength(40, 'Not a date and time'),
	v.isoTimestamp('Must be an ISO 8601 date and time with an offset'),
	// The pattern alone lets through dates that do not exist, such as 2026-02-30.
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const s = dataset.value as string;
		if (parseInstant(s) === null) addIssue({ message: REAL_INSTANT });
		else if (!yearInRange(Number(s.slice(0, 4)))) addIssue({ message: IN_RANGE });
	})
);

const day = v.pipe(
	v.string('Must be a day'),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const s = dataset.value as string;
		if (!isDay(s)) addIssue({ message: 'Must be a calendar day written YYYY-MM-DD' });
		else if (!yearInRange(Number(s.slice(0, 4)))) addIssue({ message: IN_RANGE });
	})
);

function numberIn(min: number, max: number, what: string, integer = false) {
	return v.pipe(
		v.number(`${what} must be a number`),
		v.finite(`${what} must be a finite number`),
		v.check((n: number) => !integer || Number.isInteger(n), `${what} must be a whole number`),
		v.minValue(min, `${what} must be at least ${min}`),
		v.maxValue(max, `${what} must be at most ${max}`)
	);
}

const shortText = v.pipe(
	v.string('Must be text'),
	v.transform((s) => s.trim()),
	v.minLength(1, 'Must not be empty'),
	v.maxLength(LIMITS.textChars, `At most ${LIMITS.textChars} characters`)
);

const relief = v.object({
	method: shortText,
	helped: v.nullable(v.picklist(HELPED_VALUES, 'Must be no, a little or a lot'))
});

const signs = v.object({
	weakness: v.boolean('Must be yes or no'),
	numbness: v.boolean('Must be yes or no'),
	swelling: v.boolean('Must be yes or no'),
	redness: v.boolean('Must be yes or no'),
	warmth: v.boolean('Must be yes or no')
});

const mineralMg = v.object({
	magnesium: numberIn(LIMITS.mineralMg.min, LIMITS.mineralMg.max, 'Magnesium'),
	potassium: numberIn(LIMITS.mineralMg.min, LIMITS.mineralMg.max, 'Potassium'),
	calcium: numberIn(LIMITS.mineralMg.min, LIMITS.mineralMg.max, 'Calcium'),
	sodium: numberIn(LIMITS.mineralMg.min, LIMITS.mineralMg.max, 'Sodium')
});

const timestamps = { createdAt: instant, updatedAt: instant };

export const episodeSchema = v.object({
	id,
	startedAt: instant,
	day,
	durationSec: v.nullable(
		numberIn(LIMITS.episodeDurationSec.min, LIMITS.episodeDurationSec.max, 'Duration', true)
	),
	kind: v.picklist(EPISODE_KINDS, 'Must be spasm, cramp or twitch'),
	location: v.picklist(BODY_LOCATIONS, 'Must be a body area from the list'),
	side: v.nullable(v.picklist(SIDES, 'Must be left, right or both')),
	intensity: v.nullable(numberIn(LIMITS.intensity.min, LIMITS.intensity.max, 'Intensity', true)),
	triggers: v.pipe(
		v.array(shortText, 'Must be a list'),
		v.maxLength(LIMITS.listItems, `At most ${LIMITS.listItems} triggers`)
	),
	reliefs: v.pipe(
		v.array(relief, 'Must be a list'),
		v.maxLength(LIMITS.listItems, `At most ${LIMITS.listItems} reliefs`)
	),
	signs,
	notes: v.pipe(
		v.string('Must be text'),
		v.maxLength(LIMITS.notesChars, `Notes can be at most ${formatNumber(LIMITS.notesChars)} characters`)
	),
	...timestamps
});

export const waterSchema = v.object({
	id,
	at: instant,
	day,
	ml: numberIn(LIMITS.waterMl.min, LIMITS.waterMl.max, 'Amount'),
	updatedAt: instant
});

export const foodSchema = v.object({
	id,
	at: instant,
	day,
	foodId: customId,
	name: shortText,
	servings: v.pipe(
		v.number('Servings must be a number'),
		v.finite('Servings must be a finite number'),
		v.gtValue(LIMITS.servings.minExclusive, 'Servings must be more than 0'),
		v.maxValue(LIMITS.servings.max, `Servings must be at most ${LIMITS.servings.max}`)
	),
	mg: mineralMg,
	updatedAt: instant
});

export const stretchSchema = v.object({
	id,
	at: instant,
	day,
	durationSec: numberIn(LIMITS.stretchDurationSec.min, LIMITS.stretchDurationSec.max, 'Duration', true),
	routine: customId,
	areas: v.pipe(
		v.array(v.picklist(BODY_LOCATIONS, 'Must be a body area from the list'), 'Must be a list'),
		v.maxLength(BODY_LOCATIONS.length, 'Too many areas')
	),
	updatedAt: instant
});

export const exerciseSchema = v.object({
	id,
	at: instant,
	day,
	minutes: numberIn(LIMITS.exerciseMinutes.min, LIMITS.exerciseMinutes.max, 'Minutes', true),
	updatedAt: instant
});

const medicationFields = {
	name: v.pipe(
		v.string('Must be text'),
		v.transform((s) => s.trim()),
		v.minLength(1, 'Enter a name'),
		v.maxLength(LIMITS.medicationNameChars, `At most ${LIMITS.medicationNameChars} characters`)
	),
	kind: v.picklist(MEDICATION_KINDS, 'Must be supplement or medicine'),
	amount: v.pipe(
		v.number('Amount must be a number'),
		v.finite('Amount must be a finite number'),
		v.gtValue(LIMITS.doseAmount.minExclusive, 'Amount must be more than 0'),
		v.maxValue(LIMITS.doseAmount.max, `Amount must be at most ${LIMITS.doseAmount.max}`)
	),
	unit: v.picklist(DOSE_UNITS, 'Must be mg, g, ml, tablet, drop or spray'),
	mineral: v.optional(v.picklist(SUPPLEMENT_MINERALS, 'Must be magnesium, potassium, calcium or sodium')),
	mineralMg: v.optional(numberIn(LIMITS.mineralMg.min, LIMITS.mineralMg.max, 'Mineral amount'))
};

const medicationDoseObject = v.object({ id, at: instant, day, ...medicationFields, updatedAt: instant });
const medicationItemObject = v.object({ id, ...medicationFields, ...timestamps });

// A mineral counts only for a supplement, and only with its milligrams (and the other way round).
const ONLY_SUPPLEMENTS = 'Only a supplement counts towards the mineral totals';
const TOGETHER = 'Give the mineral and its milligrams together';
const onlySupplements = (r: { kind: string; mineral?: string }) =>
	r.mineral === undefined || r.kind === 'supplement';
const together = (r: { mineral?: string; mineralMg?: number }) =>
	(r.mineral === undefined) === (r.mineralMg === undefined);

export const medicationSchema = v.pipe(
	medicationDoseObject,
	v.forward(
		v.check((r) => onlySupplements(r), ONLY_SUPPLEMENTS),
		['mineral']
	),
	v.forward(
		v.check((r) => together(r), TOGETHER),
		['mineralMg']
	)
);

export const medicationItemSchema = v.pipe(
	medicationItemObject,
	v.forward(
		v.check((r) => onlySupplements(r), ONLY_SUPPLEMENTS),
		['mineral']
	),
	v.forward(
		v.check((r) => together(r), TOGETHER),
		['mineralMg']
	)
);
export const checkInSchema = v.object({
	id,
	day,
	at: instant,
	updatedAt: instant
});

export const settingsSchema = v.object({
	units: v.picklist(UNIT_SYSTEMS, 'Must be metric or US'),
	waterGoalMl: numberIn(LIMITS.waterGoalMl.min, LIMITS.waterGoalMl.max, 'Water goal', true),
	stretchGoalMin: numberIn(LIMITS.stretchGoalMin.min, LIMITS.stretchGoalMin.max, 'Stretching goal', true),
	theme: v.picklist(THEMES, 'Must be system, light or dark'),
	referenceGroup: v.picklist(REFERENCE_GROUPS, 'Must be one of the reference groups')
});

export const recordSchemas = {
	episodes: episodeSchema,
	water: waterSchema,
	foods: foodSchema,
	stretches: stretchSchema,
	exercise: exerciseSchema,
	medications: medicationSchema
} as const;

function toIssues(issues: v.BaseIssue<unknown>[]): FieldIssue[] {
	return issues.map((issue) => ({
		path: (issue.path ?? []).map((item) => String(item.key)).join('.'),
		message: issue.message
	}));
}

/**
 * Messages for the issues no schema above names: a missing field, or a group of fields that is not an
 * object. Valibot's defaults read like code and quote the input, so a 1 MB string would come back
 * inside the error.
 */
function fallbackMessage(issue: v.BaseIssue<unknown>): string {
	if (issue.path?.at(-1)?.origin === 'key') return 'Required';
	return issue.type === 'object' ? 'Must be a set of fields' : 'Not valid';
}

function run<T>(
	schema: v.GenericSchema<unknown, unknown>,
	input: unknown,
	record: RecordKind | 'settings' | 'medicationItems' | 'checkins'
): Validated<T> {
	try {
		const result = v.safeParse(schema, input, { message: fallbackMessage });
		if (result.success) return { ok: true, value: result.output as T };
		return { ok: false, error: new ValidationError(toIssues(result.issues), record) };
	} catch {
		// Exotic input (a Proxy that throws, a getter that throws) is invalid, never a crash.
		return { ok: false, error: new ValidationError([{ path: '', message: 'Not a valid record' }], record) };
	}
}

/** How far ahead of the clock a record may be: phones' clocks drift, and a typed time rounds to the minute. */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

export interface ValidateOptions {
	/**
	 * The clock of a write: with it, the record's time (`startedAt` or `at`) may not be more than five
	 * minutes after `now` (a log is of something that happened; a future date is a typing mistake).
	 * Without it only the shape is checked, as when reading what is already stored.
	 */
	now?: Date;
}

/** Validates a record of any kind; see `ValidateOptions.now` for the future check of a write. */
export function validateRecord<K extends RecordKind>(
	kind: K,
	input: unknown,
	options: ValidateOptions = {}
): Validated<LogRecords[K]> {
	const result = run<LogRecords[K]>(recordSchemas[kind] as v.GenericSchema<unknown, unknown>, input, kind);
	if (!result.ok || options.now === undefined) return result;
	const field = kind === 'episodes' ? 'startedAt' : 'at';
	const when = parseInstant((result.value as unknown as Record<string, string>)[field] ?? '');
	const now = options.now.getTime();
	if (when !== null && when.getTime() > now + FUTURE_TOLERANCE_MS) {
		return {
			ok: false,
			error: new ValidationError(
				[{ path: field, message: "Can't be in the future: pick a time that has already happened" }],
				kind
			)
		};
	}
	return result;
}

export const validateEpisode = (input: unknown): Validated<SpasmEpisode> => validateRecord('episodes', input);
export const validateWater = (input: unknown): Validated<WaterIntake> => validateRecord('water', input);
export const validateFood = (input: unknown): Validated<FoodServing> => validateRecord('foods', input);
export const validateStretch = (input: unknown): Validated<StretchSession> =>
	validateRecord('stretches', input);
export const validateExercise = (input: unknown): Validated<ExerciseSession> =>
	validateRecord('exercise', input);
export const validateMedication = (input: unknown): Validated<MedicationDose> =>
	validateRecord('medications', input);
export const validateMedicationItem = (input: unknown): Validated<MedicationItem> =>
	run<MedicationItem>(medicationItemSchema as v.GenericSchema<unknown, unknown>, input, 'medicationItems');
export const validateSettings = (input: unknown): Validated<Settings> =>
	run<Settings>(settingsSchema as v.GenericSchema<unknown, unknown>, input, 'settings');
export const validateCheckIn = (input: unknown): Validated<CheckIn> =>
	run<CheckIn>(checkInSchema as v.GenericSchema<unknown, unknown>, input, 'checkins');
