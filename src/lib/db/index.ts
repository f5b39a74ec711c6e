import { liveQuery } from 'dexie';
import type { Logs, RecordKind } from '$lib/domain';
import { BackupRepository } from './backup-repository';
import { CustomFoodRepository } from './custom-food-repository';
import { DATABASE_NAME, SpasmLogDatabase } from './database';
import { RecordRepository } from './record-repository';
import { PreferenceRepository, SettingsRepository } from './settings-repository';
import { onUpgradedElsewhere } from './version-change';

export { SpasmLogDatabase, DATABASE_NAME, type CustomFood } from './database';
export { RecordRepository, recordTime } from './record-repository';
export { SettingsRepository, PreferenceRepository } from './settings-repository';
export { CustomFoodRepository } from './custom-food-repository';
export {
	BackupRepository,
	type LastBackup,
	type ImportProgress,
	type ImportResult
} from './backup-repository';
export { StorageFullError, RecordNotFoundError, UpdatedElsewhereError } from './errors';

/**
 * Dexie's observable query: re-runs when any table it read changes, in this tab or another.
 * Re-exported so the state layer never imports Dexie itself.
 */
export { liveQuery };

export interface DataLayer {
	db: SpasmLogDatabase;
	episodes: RecordRepository<'episodes'>;
	water: RecordRepository<'water'>;
	foods: RecordRepository<'foods'>;
	stretches: RecordRepository<'stretches'>;
	exercise: RecordRepository<'exercise'>;
	settings: SettingsRepository;
	prefs: PreferenceRepository;
	customFoods: CustomFoodRepository;
	/** Whole-database export and one-transaction restore (Settings → Your data). */
	backup: BackupRepository;
	/** One repository per record kind, for code that loops over kinds. */
	records: { [K in RecordKind]: RecordRepository<K> };
	/** Every record of every kind (statistics and rules read the whole history). */
	allLogs(): Promise<Logs>;
	/** All records of every kind whose day is in [from, to]. */
	logsInRange(from: string, to: string): Promise<Logs>;
	/** The first local day with any record: where the person's tracked period starts. */
	firstDay(): Promise<string | undefined>;
	/** The latest day before `day` with any record. */
	lastDayBefore(day: string): Promise<string | undefined>;
	/**
	 * Calls `listener` when another tab upgrades the schema; this connection is then closed for
	 * good and writes fail with UpdatedElsewhereError until a reload. Returns an unsubscribe.
	 */
	onUpgradedElsewhere(listener: () => void): () => void;
}

export function createDataLayer(db: SpasmLogDatabase): DataLayer {
	const records = {
		episodes: new RecordRepository(db, 'episodes'),
		water: new RecordRepository(db, 'water'),
		foods: new RecordRepository(db, 'foods'),
		stretches: new RecordRepository(db, 'stretches'),
		exercise: new RecordRepository(db, 'exercise')
	};
	const kinds = Object.keys(records) as RecordKind[];
	return {
		db,
		...records,
		records,
		settings: new SettingsRepository(db),
		prefs: new PreferenceRepository(db),
		customFoods: new CustomFoodRepository(db),
		backup: new BackupRepository(db),
		async allLogs() {
			const [episodes, water, foods, stretches, exercise] = await Promise.all([
				records.episodes.all(),
				records.water.all(),
				records.foods.all(),
				records.stretches.all(),
				records.exercise.all()
			]);
			return { episodes, water, foods, stretches, exercise };
		},
		async logsInRange(from, to) {
			const [episodes, water, foods, stretches, exercise] = await Promise.all([
				records.episodes.listByDayRange(from, to),
				records.water.listByDayRange(from, to),
				records.foods.listByDayRange(from, to),
				records.stretches.listByDayRange(from, to),
				records.exercise.listByDayRange(from, to)
			]);
			return { episodes, water, foods, stretches, exercise };
		},
		async lastDayBefore(day) {
			const days = await Promise.all(kinds.map((k) => records[k].lastDayBefore(day)));
			return days
				.filter((d): d is string => !!d)
				.sort()
				.at(-1);
		},
		async firstDay() {
			const days = await Promise.all(kinds.map((k) => records[k].firstDay()));
			return days.filter((d): d is string => !!d).sort()[0];
		},
		onUpgradedElsewhere: (listener) => onUpgradedElsewhere(db, listener)
	};
}

let shared: DataLayer | undefined;

/** The app's one data layer, opened lazily in the browser. */
export function getDataLayer(): DataLayer {
	shared ??= createDataLayer(new SpasmLogDatabase(DATABASE_NAME));
	return shared;
}
