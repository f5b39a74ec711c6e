import { validateCustomFood } from '../custom-food';
import type { Deletion } from '../types';
import {
	validateCheckIn,
	validateEpisode,
	validateExercise,
	validateFood,
	validateMedication,
	validateMedicationItem,
	validateStretch,
	validateWater,
	type Validated
} from '../validation';

export interface BackupTableSpec {
	/** Plural noun for the preview ("Episodes: 3 new"). */
	label: string;
	/** The domain validator the app's own repository uses before writing. */
	validate: (input: unknown) => Validated<unknown>;
}

/**
 * Every table a backup carries, by IndexedDB store name. Export, validation, merge and import loop
 * over this registry, so a new record kind travels in backups by adding one line here (its store must
 * exist in the schema and its records need an `id` and an `updatedAt` or `createdAt`).
 */
export const BACKUP_TABLES = {
	episodes: { label: 'Episodes', validate: validateEpisode },
	water: { label: 'Drinks', validate: validateWater },
	foods: { label: 'Foods', validate: validateFood },
	stretches: { label: 'Stretch sessions', validate: validateStretch },
	exercise: { label: 'Exercise', validate: validateExercise },
	customFoods: { label: 'Your foods', validate: validateCustomFood },
	medications: { label: 'Supplement and medicine doses', validate: validateMedication },
	medicationItems: { label: 'Your supplements and medicines', validate: validateMedicationItem },
	checkins: { label: 'Daily check-ins', validate: validateCheckIn }
} satisfies Record<string, BackupTableSpec>;

export type BackupTableName = keyof typeof BACKUP_TABLES;
export const BACKUP_TABLE_NAMES = Object.keys(BACKUP_TABLES) as BackupTableName[];

export function isBackupTable(name: unknown): name is BackupTableName {
	return typeof name === 'string' && Object.hasOwn(BACKUP_TABLES, name);
}

/** A stored record as the backup code sees it: an id plus fields the table's validator checks. */
export interface BackupRecord {
	id: string;
	updatedAt?: string;
	createdAt?: string;
	day?: string;
	[field: string]: unknown;
}

/** Everything a backup holds, validated: what an export reads and an import writes. */
export interface BackupData {
	tables: Record<BackupTableName, BackupRecord[]>;
	deletions: Deletion[];
	/** Null when the device never saved settings (the defaults apply). */
	settings: Record<string, unknown> | null;
	/** Remembered choices (favourites, last used values, hidden notes), by key. */
	preferences: Record<string, unknown>;
}

export function emptyTables(): Record<BackupTableName, BackupRecord[]> {
	const tables = {} as Record<BackupTableName, BackupRecord[]>;
	for (const name of BACKUP_TABLE_NAMES) tables[name] = [];
	return tables;
}

export function emptyBackupData(): BackupData {
	return { tables: emptyTables(), deletions: [], settings: null, preferences: {} };
}

/** When a record version was written: newer wins a merge. */
export function versionOf(record: BackupRecord): number {
	const stamp = record.updatedAt ?? record.createdAt;
	const ms = typeof stamp === 'string' ? Date.parse(stamp) : NaN;
	return Number.isNaN(ms) ? 0 : ms;
}

/**
 * Preferences that describe this device or this moment, not the person: they never travel. (The
 * running episode timer and whether this browser was asked for persistent storage.)
 */
export const DEVICE_ONLY_PREFERENCES: readonly string[] = [
	'pref:activeEpisode',
	'pref:persistentStorageRequested'
];

export function travels(preferenceKey: string): boolean {
	return preferenceKey.startsWith('pref:') && !DEVICE_ONLY_PREFERENCES.includes(preferenceKey);
}
