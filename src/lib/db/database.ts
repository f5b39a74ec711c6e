import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
	CheckIn,
	Deletion,
	ExerciseSession,
	FoodServing,
	MedicationDose,
	MedicationItem,
	CustomFood,
	SpasmEpisode,
	StretchSession,
	WaterIntake
} from '$lib/domain';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';
import { createInSteps, storeShapes } from './create-in-steps';
import { foldPendingEdits, PENDING_EDITS_TABLE, type PendingEdit } from './pending-edits';

export const DATABASE_NAME = 'spasm-log';

export type { CustomFood };

export interface KeyValue {
	key: string;
	value: unknown;
}

export class SpasmLogDatabase extends Dexie {
	episodes!: EntityTable<SpasmEpisode, 'id'>;
	water!: EntityTable<WaterIntake, 'id'>;
	foods!: EntityTable<FoodServing, 'id'>;
	stretches!: EntityTable<StretchSession, 'id'>;
	exercise!: EntityTable<ExerciseSession, 'id'>;
	customFoods!: EntityTable<CustomFood, 'id'>;
	kv!: EntityTable<KeyValue, 'key'>;
	deletions!: EntityTable<Deletion, 'id'>;
	medications!: EntityTable<MedicationDose, 'id'>;
	medicationItems!: EntityTable<MedicationItem, 'id'>;
	checkins!: EntityTable<CheckIn, 'id'>;
	pendingEdits!: EntityTable<PendingEdit, 'key'>;

	readonly #latest: number;
	#checked: Promise<void> | undefined;
	#newer = false;
	readonly #onNewer = new Set<() => void>();

	/** `migrations` is only shortened by tests that build an old-version fixture. */
	constructor(name: string = DATABASE_NAME, migrations: readonly Migration[] = MIGRATIONS) {
		super(name);
		this.#latest = migrations.at(-1)?.version ?? LATEST_VERSION;
		for (const m of migrations) {
			const version = this.version(m.version).stores(m.stores);
			if (m.upgrade) version.upgrade(m.upgrade);
		}
		// Edits whose write never finished (tab closed, browser killed) are folded in before any
		// other query runs; sticky, so a reopen after another tab's upgrade does it too.
		this.on('ready', (vip) => foldPendingEdits(vip), true);
	}

	/**
	 * Journals an edit's fields with one blind `put` each: the requests and the commit go out in
	 * the calling task, with no read before them. A write that reads first (every patch) is torn
	 * down if the tab closes between its read and its put; this journal is what survives that.
	 * Raw IndexedDB on purpose: Dexie may start its transaction a microtask later and has no
	 * `commit()`. Best effort: the edit's real write follows, and a journal that fails changes nothing.
	 */
	journal(rows: readonly PendingEdit[]): void {
		if (!rows.length || !this.isOpen()) return;
		try {
			const idb = this.backendDB();
			if (!idb.objectStoreNames.contains(PENDING_EDITS_TABLE)) return;
			const tx = idb.transaction(PENDING_EDITS_TABLE, 'readwrite', { durability: 'strict' });
			tx.onerror = (event) => event.preventDefault();
			const store = tx.objectStore(PENDING_EDITS_TABLE);
			for (const row of rows) store.put(row);
			tx.commit?.();
		} catch {
			// Closed or closing connection, full disk: the edit's own write reports what went wrong.
		}
	}

	/**
	 * Opens only a database this code understands. Dexie 4 opens a newer database anyway and may
	 * even patch its schema (add stores and indexes it expects, bumping the version): a newer app
	 * version was used here, then an old cached one. So the installed version is compared first,
	 * before Dexie touches it; if it is newer, the database is never opened, every query and
	 * write waits for good (nothing is written), and `onNewer` listeners are told so the app can
	 * ask for a reload.
	 */
	override open(): ReturnType<Dexie['open']> {
		this.#checked ??= installedVersion(this.name).then(async (installed) => {
			if (installed !== undefined && installed > this.#latest) {
				this.#newer = true;
				for (const listener of this.#onNewer) listener();
				return new Promise<void>(() => undefined);
			}
			// A first visit: create the stores a task at a time instead of in Dexie's one long task.
			if (installed === undefined && typeof indexedDB !== 'undefined')
				await createInSteps(indexedDB, this.name, Math.round(this.verno * 10), storeShapes(this.tables));
		});
		return Dexie.Promise.resolve(this.#checked).then(() => super.open()) as ReturnType<Dexie['open']>;
	}

	/**
	 * A read-write transaction that opens the database first, outside it: the version check in
	 * `open` awaits a native promise, and a transaction that auto-opened across it committed too
	 * early (Dexie's PrematureCommitError, seen when the home-screen shortcut logged on page load).
	 *
	 * Deliberately not an `async` function: inside another transaction it must hand back Dexie's
	 * own promise. An async wrapper that only sometimes awaits (here: only when the database is
	 * not open yet) runs Dexie out of the "zone echoes" that carry a transaction across native
	 * awaits (dexie/Dexie.js#1186); on a slow phone the nested write then ran outside the
	 * transaction, which committed early: the first "Log a spasm" after loading failed 20 of 20
	 * times at 8x CPU slowdown.
	 */
	write<T>(tables: Table[], body: () => Promise<T>): Promise<T> {
		// A connection closed on purpose (another tab upgraded the schema) stays closed, so the write
		// fails with DatabaseClosedError and the app says why, instead of waiting forever.
		if (Dexie.currentTransaction || this.isOpen() || this.hasBeenClosed())
			return this.transaction('rw', tables, body);
		return this.open().then(() => this.transaction('rw', tables, body));
	}

	/**
	 * One read-only transaction over every store a screen reads (not the pending-edits journal, which
	 * nothing reads and whose writes must never wait), opening the database first as `write` does.
	 * Each transaction costs the main thread more than a small read inside it: Today's first screen
	 * made about a hundred of them before they were batched.
	 */
	read<T>(body: () => Promise<T>): Promise<T> {
		// Inside another transaction (which may not hold every store) the reads simply join it.
		if (Dexie.currentTransaction) return body();
		const tables = this.tables.filter((table) => table.name !== PENDING_EDITS_TABLE);
		if (this.isOpen() || this.hasBeenClosed()) return this.transaction('r', tables, body);
		return this.open().then(() => this.transaction('r', tables, body));
	}

	/** Calls `listener` (now, or once the check finds out) if the stored database is newer than this code. */
	onNewer(listener: () => void): () => void {
		if (this.#newer) listener();
		this.#onNewer.add(listener);
		return () => this.#onNewer.delete(listener);
	}

	/** Checks the stored version without opening it (the app opens lazily on the first query). */
	async isNewer(): Promise<boolean> {
		const installed = await installedVersion(this.name);
		return installed !== undefined && installed > this.#latest;
	}
}

/** The schema version of the stored database (Dexie stores version × 10 natively), if any. */
async function installedVersion(name: string): Promise<number | undefined> {
	if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return undefined;
	const found = (await indexedDB.databases()).find((d) => d.name === name);
	return found?.version === undefined ? undefined : Math.floor(found.version / 10);
}
