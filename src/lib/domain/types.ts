import type { ReferenceGroup } from './foods/reference-intakes';
import type {
	BodyLocation,
	EpisodeKind,
	Helped,
	KnownReliefMethod,
	KnownTrigger,
	MedicationKind,
	Mineral,
	DoseUnit,
	Side,
	SignKey
} from './vocabulary';

/** ISO 8601 timestamp with an offset, e.g. 2026-11-24T02:10:00.000+01:00. */
export type IsoDateTime = string;
/** A local calendar day, 'YYYY-MM-DD', fixed once when the record is written. */
export type Day = string;

/** Trigger ids from the vocabulary, or the person's own words. */
export type Trigger = KnownTrigger | (string & {});
export type ReliefMethod = KnownReliefMethod | (string & {});

export interface Relief {
	method: ReliefMethod;
	helped: Helped | null;
}

export type Signs = Record<SignKey, boolean>;

interface Timestamps {
	createdAt: IsoDateTime;
	updatedAt: IsoDateTime;
}

export interface SpasmEpisode extends Timestamps {
	id: string;
	startedAt: IsoDateTime;
	day: Day;
	/** Null while the episode is still going or its length is unknown. */
	durationSec: number | null;
	kind: EpisodeKind;
	location: BodyLocation;
	side: Side | null;
	/** 0–10, or null when the person did not rate it (a one-tap log): unknown, never 0 or 5. */
	intensity: number | null;
	triggers: Trigger[];
	reliefs: Relief[];
	signs: Signs;
	notes: string;
}

export interface WaterIntake {
	id: string;
	at: IsoDateTime;
	day: Day;
	ml: number;
	updatedAt: IsoDateTime;
}

export interface MineralMg {
	magnesium: number;
	potassium: number;
	calcium: number;
	sodium: number;
}

export interface FoodServing {
	id: string;
	at: IsoDateTime;
	day: Day;
	/** Catalog id, or 'custom:<id>' for a food the person defined. */
	foodId: string;
	name: string;
	servings: number;
	/** Minerals for the whole entry, frozen at write so catalog changes never rewrite history. */
	mg: MineralMg;
	updatedAt: IsoDateTime;
}

export interface StretchSession {
	id: string;
	at: IsoDateTime;
	day: Day;
	durationSec: number;
	routine: string;
	areas: BodyLocation[];
	updatedAt: IsoDateTime;
}

export interface ExerciseSession {
	id: string;
	at: IsoDateTime;
	day: Day;
	minutes: number;
	updatedAt: IsoDateTime;
}

/** A supplement or medicine the person took, as they entered it; the app never suggests one. */
export interface MedicationDose {
	id: string;
	at: IsoDateTime;
	day: Day;
	name: string;
	kind: MedicationKind;
	amount: number;
	unit: DoseUnit;
	/** For supplements: the mineral it provides, counted in the day's mineral totals. */
	mineral?: Mineral;
	/** Elemental milligrams of `mineral` in this dose. */
	mineralMg?: number;
	updatedAt: IsoDateTime;
}

/** One of the person's saved supplements or medicines with their usual dose (one-tap logging). */
export interface MedicationItem {
	id: string;
	name: string;
	kind: MedicationKind;
	amount: number;
	unit: DoseUnit;
	mineral?: Mineral;
	mineralMg?: number;
	createdAt: IsoDateTime;
	updatedAt: IsoDateTime;
}

/**
 * "No spasms today": the daily check-in. Its day is the day it answers for (yesterday's can be given
 * until noon), not necessarily the day of `at`. It makes the day count as tracked in Trends.
 */
export interface CheckIn {
	id: string;
	day: Day;
	/** When the answer was given. */
	at: IsoDateTime;
	updatedAt: IsoDateTime;
}

/** A deleted record's tombstone, so a deletion travels in backups and merges. */
export interface Deletion {
	/** The deleted record's id. */
	id: string;
	kind: RecordKind | (string & {});
	deletedAt: IsoDateTime;
}

export const UNIT_SYSTEMS = ['metric', 'us'] as const;
export type UnitSystem = (typeof UNIT_SYSTEMS)[number];
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Settings {
	units: UnitSystem;
	waterGoalMl: number;
	stretchGoalMin: number;
	theme: Theme;
	/** Whose adult reference intakes the mineral bars and Trends compare against (NIH ODS differ by sex). */
	referenceGroup: ReferenceGroup;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
	units: 'metric',
	// A default drinking goal the person can change: reference intakes for total water are about
	// 2.7 L (women) and 3.7 L (men) a day, part of it from food (Mayo Clinic, "Water: How much should
	// you drink every day?").
	waterGoalMl: 2000,
	// 5–10 minutes a day on the muscles that give trouble (Mayo Clinic, "Stretching: Focus on flexibility").
	stretchGoalMin: 10,
	theme: 'system',
	referenceGroup: 'adult-female'
});

/** Every kind of dated record the app keeps, by the name of its store. */
export interface LogRecords {
	episodes: SpasmEpisode;
	water: WaterIntake;
	foods: FoodServing;
	stretches: StretchSession;
	exercise: ExerciseSession;
	medications: MedicationDose;
}
export type RecordKind = keyof LogRecords;
export const RECORD_KINDS: readonly RecordKind[] = [
	'episodes',
	'water',
	'foods',
	'stretches',
	'exercise',
	'medications'
];

/** All of a person's logs, as the rules and statistics take them. */
export interface Logs {
	episodes: SpasmEpisode[];
	water: WaterIntake[];
	foods: FoodServing[];
	stretches: StretchSession[];
	exercise: ExerciseSession[];
	medications: MedicationDose[];
	/** Daily check-ins; optional so code that never reads them need not load them. */
	checkins?: CheckIn[];
}

/** Logs with no records of any kind: the starting value of every query over them. */
export function emptyLogs(): Logs {
	return { episodes: [], water: [], foods: [], stretches: [], exercise: [], medications: [] };
}
