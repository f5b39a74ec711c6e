import { liveQuery, type Table } from 'dexie';
import {
	stoppedDurationSec,
	type LogRecords,
	type Logs,
	type RecordKind,
	type SpasmEpisode,
	type UnreadableRecord,
	type WaterIntake
} from '$lib/domain';
import { CheckInRepository } from './check-in-repository';
import { BackupRepository } from './backup-repository';
import { CustomFoodRepository } from './custom-food-repository';
import { MedicationItemRepository } from './medication-item-repository';
import { DATABASE_NAME, SpasmLogDatabase } from './database';
import { RecordRepository } from './record-repository';
import { PREF_KEYS, PreferenceRepository, SettingsRepository } from './settings-repository';
import { guardWrite } from './errors';
import { onUpgradedElsewhere } from './version-change';

export { SpasmLogDatabase, DATABASE_NAME, type CustomFood } from './database';
export { RecordRepository, recordTime } from './record-repository';
export { SettingsRepository, PreferenceRepository, PREF_KEYS } from './settings-repository';
export { CustomFoodRepository } from './custom-food-repository';
export { MedicationItemRepository } from './medication-item-repository';
export { CheckInRepository } from './check-in-repository';
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
	medications: RecordRepository<'medications'>;
	/** The person's saved supplements and medicines with their usual dose. */
	medicationItems: MedicationItemRepository;
	settings: SettingsRepository;
	prefs: PreferenceRepository;
	customFoods: CustomFoodRepository;
	/** Daily check-ins ("no spasms today"); not a `RecordKind`, so History does not list them. */
	checkins: CheckInRepository;
	/** Whole-database export and one-transaction restore (Settings → Your data). */
	backup: BackupRepository;
	/** One repository per record kind, for code that loops over kinds. */
	records: { [K in RecordKind]: RecordRepository<K> };
	/** Every record of every kind, check-ins included (statistics and rules read the whole history). */
	allLogs(): Promise<Logs>;
	/** All records of every kind whose day is in [from, to]. */
	logsInRange(from: string, to: string): Promise<Logs>;
	/**
	 * Runs `body`'s reads in one read-only transaction (the startup live queries share one). Its reads
	 * must start before it awaits anything that is not a read, or the transaction ends under them.
	 */
	readTogether<T>(body: () => Promise<T>): Promise<T>;
	/**
	 * Resolves once the database is open, opening it if nothing has yet (never, for a newer
	 * database: see `onNewerDatabase`). A connection closed on purpose is not reopened.
	 */
	opened(): Promise<void>;
	/**
	 * Stored records of every kind that fail validation, oldest readable day first. Every read above
	 * leaves them out; the backup keeps them. Delete one with `records[kind].delete(id)`.
	 */
	unreadable(): Promise<UnreadableRecord[]>;
	/** The first local day with any record or check-in: where the person's tracked period starts. */
	firstDay(): Promise<string | undefined>;
	/** The latest day before `day` with any record. */
	lastDayBefore(day: string): Promise<string | undefined>;
	/**
	 * Calls `listener` when another tab upgrades the schema; this connection is then closed for
	 * good and writes fail with UpdatedElsewhereError until a reload. Returns an unsubscribe.
	 */
	onUpgradedElsewhere(listener: () => void): () => void;
	/**
	 * Calls `listener` if the stored database is newer than this code (a newer app version was
	 * used, then an old cached one). The database is then never opened or written. Returns an
	 * unsubscribe.
	 */
	onNewerDatabase(listener: () => void): () => void;

	// Writes that belong together: each is one transaction, so either all of it is stored or none.
	/** Adds a drink; a custom amount is also remembered as the last custom amount. */
	addWater(intake: WaterIntake, options?: { rememberCustomAmount?: boolean }): Promise<WaterIntake>;
	/** Adds an episode whose timer is running and marks it as the running one. */
	startEpisode(episode: SpasmEpisode): Promise<SpasmEpisode>;
	/**
	 * "It stopped": sets the duration since the start (unless one was stored meanwhile, by another
	 * tab or the sheet) and clears the running timer if it points at this episode. Null when the
	 * episode is gone (the running timer is cleared all the same).
	 */
	stopEpisode(id: string, now?: Date): Promise<SpasmEpisode | null>;
	/** Adds an episode made in the sheet and remembers its kind, place and side for the next tap. */
	addEpisode(episode: SpasmEpisode): Promise<SpasmEpisode>;
	/**
	 * Saves sheet edits with `patch` semantics (see RecordRepository.patch), remembers kind, place
	 * and side, and clears the running timer if the edit gave the episode a duration.
	 */
	patchEpisode(
		id: string,
		changes: Partial<SpasmEpisode>,
		base?: SpasmEpisode,
		now?: Date,
		journalToken?: string
	): Promise<{ record: SpasmEpisode; conflicts: string[] }>;
}

/** Patch result type, for callers that name it. */
export type PatchResult<K extends RecordKind> = { record: LogRecords[K]; conflicts: string[] };

export function createDataLayer(db: SpasmLogDatabase): DataLayer {
	const records = {
		episodes: new RecordRepository(db, 'episodes'),
		water: new RecordRepository(db, 'water'),
		foods: new RecordRepository(db, 'foods'),
		stretches: new RecordRepository(db, 'stretches'),
		exercise: new RecordRepository(db, 'exercise'),
		medications: new RecordRepository(db, 'medications')
	};
	const kinds = Object.keys(records) as RecordKind[];
	const checkins = new CheckInRepository(db);
	const prefs = new PreferenceRepository(db);
	/** One explicit read-write transaction over `tables`; the repositories' own writes join it. */
	const together = <T>(tables: Table[], body: () => Promise<T>): Promise<T> =>
		guardWrite(() => db.write(tables, body));
	return {
		db,
		...records,
		records,
		settings: new SettingsRepository(db),
		prefs,
		customFoods: new CustomFoodRepository(db),
		checkins,
		medicationItems: new MedicationItemRepository(db),
		backup: new BackupRepository(db),
		// One transaction per store, all at once: the browser serves them in parallel, where requests
		// inside one transaction queue (measured slower for the whole history, no faster for a week).
		async allLogs() {
			const [found, checkinList] = await Promise.all([
				Promise.all(kinds.map(async (k) => [k, await records[k].all()] as const)),
				checkins.all()
			]);
			return { ...(Object.fromEntries(found) as unknown as Logs), checkins: checkinList };
		},
		async logsInRange(from, to) {
			const [found, checkinList] = await Promise.all([
				Promise.all(kinds.map(async (k) => [k, await records[k].listByDayRange(from, to)] as const)),
				checkins.listByDayRange(from, to)
			]);
			return { ...(Object.fromEntries(found) as unknown as Logs), checkins: checkinList };
		},
		readTogether: (body) => db.read(body),
		async opened() {
			if (!db.isOpen() && !db.hasBeenClosed()) await db.open();
		},
		async unreadable() {
			const found = await Promise.all([...kinds.map((k) => records[k].unreadable()), checkins.unreadable()]);
			return found
				.flat()
				.sort((a, b) => ((a.day ?? '') < (b.day ?? '') ? -1 : (a.day ?? '') > (b.day ?? '') ? 1 : 0));
		},
		async lastDayBefore(day) {
			const days = await Promise.all(kinds.map((k) => records[k].lastDayBefore(day)));
			return days
				.filter((d): d is string => !!d)
				.sort()
				.at(-1);
		},
		async firstDay() {
			const days = await Promise.all([...kinds.map((k) => records[k].firstDay()), checkins.firstDay()]);
			return days.filter((d): d is string => !!d).sort()[0];
		},
		onUpgradedElsewhere: (listener) => onUpgradedElsewhere(db, listener),
		onNewerDatabase: (listener) => db.onNewer(listener),

		addWater(intake, options = {}) {
			return together([db.water, db.kv], async () => {
				const saved = await records.water.add(intake);
				if (options.rememberCustomAmount) await prefs.set(PREF_KEYS.lastCustomWaterMl, saved.ml);
				return saved;
			});
		},
		startEpisode(episode) {
			return together([db.episodes, db.kv], async () => {
				const saved = await records.episodes.add(episode);
				await prefs.set(PREF_KEYS.activeEpisode, saved.id);
				return saved;
			});
		},
		stopEpisode(id, now = new Date()) {
			return together([db.episodes, db.kv], async () => {
				const stored = await records.episodes.get(id);
				let saved: SpasmEpisode | null = stored ?? null;
				if (stored && stored.durationSec === null) {
					const durationSec = stoppedDurationSec(stored.startedAt, now.getTime());
					saved = (await records.episodes.patch(id, { durationSec }, stored, now)).record;
				}
				await clearActiveIf(id);
				return saved;
			});
		},
		addEpisode(episode) {
			return together([db.episodes, db.kv], async () => {
				const saved = await records.episodes.add(episode);
				await rememberEpisode(saved);
				return saved;
			});
		},
		patchEpisode(id, changes, base, now, journalToken) {
			return together([db.episodes, db.kv, db.pendingEdits], async () => {
				const result = await records.episodes.patch(id, changes, base, now, journalToken);
				await rememberEpisode(result.record);
				if (result.record.durationSec !== null) await clearActiveIf(id);
				return result;
			});
		}
	};

	async function rememberEpisode(saved: SpasmEpisode): Promise<void> {
		await prefs.set(PREF_KEYS.lastEpisode, { kind: saved.kind, location: saved.location, side: saved.side });
	}

	async function clearActiveIf(id: string): Promise<void> {
		const isId = (v: unknown): v is string | null => v === null || typeof v === 'string';
		if ((await prefs.get<string | null>(PREF_KEYS.activeEpisode, null, isId)) === id)
			await prefs.set(PREF_KEYS.activeEpisode, null);
	}
}

let shared: DataLayer | undefined;

/** The app's one data layer, opened lazily in the browser. */
export function getDataLayer(): DataLayer {
	shared ??= createDataLayer(new SpasmLogDatabase(DATABASE_NAME));
	return shared;
}
