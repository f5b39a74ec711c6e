import type { Table } from 'dexie';
import { dayOf, type Deletion } from '$lib/domain';
import {
	BACKUP_TABLE_NAMES,
	emptyBackupData,
	travels,
	type BackupData,
	type BackupRecord,
	type BackupTableName,
	type MergePlan
} from '$lib/domain/backup';
import type { SpasmLogDatabase } from './database';
import { guardWrite } from './errors';

/** Backups record themselves under these keys; they describe this device, so they never travel. */
const LAST_BACKUP_KEY = 'backup:last';
const SNOOZE_KEY = 'backup:snoozedUntil';
const FOLDER_KEY = 'backup:folder';
const SETTINGS_KEY = 'settings';
const PREFERENCE_PREFIX = 'pref:';
/** Writes per request batch inside the one import transaction; the page gets a turn between batches. */
const CHUNK = 1000;
/**
 * Batches requested before the oldest is awaited. Awaiting each batch before requesting the next
 * left the database idle while the page prepared the next batch and the page idle while the
 * database wrote; with two in flight both work at once, and the page still gets a turn after each
 * batch it prepares (its longest block stays about one batch).
 */
const IN_FLIGHT = 2;

export interface LastBackup {
	at: string;
	bytes: number;
	fileName: string;
}

export interface ImportProgress {
	done: number;
	total: number;
}

export interface ImportResult {
	written: number;
	removed: number;
}

function isLastBackup(value: unknown): value is LastBackup {
	const v = value as LastBackup | null;
	return !!v && typeof v.at === 'string' && typeof v.bytes === 'number' && typeof v.fileName === 'string';
}

/**
 * Reads everything a backup holds and writes a restore as ONE transaction: a failed or refused
 * import (full disk, closed tab) leaves the database exactly as it was.
 */
export class BackupRepository {
	constructor(private readonly db: SpasmLogDatabase) {}

	private table(name: BackupTableName): Table<BackupRecord, string> {
		return this.db.table(name);
	}

	private get tables(): Table[] {
		return [...BACKUP_TABLE_NAMES.map((n) => this.db.table(n)), this.db.deletions, this.db.kv];
	}

	/** Every table in one read transaction, so the file is a consistent snapshot. */
	async readAll(): Promise<BackupData> {
		return this.db.transaction('r', this.tables, async () => {
			const data = emptyBackupData();
			// Every request at once: the database answers the next while this thread reads the last.
			const [lists, deletions, settings, prefs] = await Promise.all([
				Promise.all(BACKUP_TABLE_NAMES.map((name) => this.table(name).toArray())),
				this.db.deletions.toArray(),
				this.db.kv.get(SETTINGS_KEY),
				this.db.kv.where('key').startsWith(PREFERENCE_PREFIX).toArray()
			]);
			BACKUP_TABLE_NAMES.forEach((name, i) => (data.tables[name] = lists[i]!));
			data.deletions = deletions;
			data.settings = settings ? (settings.value as Record<string, unknown>) : null;
			for (const row of prefs) if (travels(row.key)) data.preferences[row.key] = row.value;
			return data;
		});
	}

	/** Writes a merge plan; settings and preferences only fill in what this device does not have yet. */
	async applyMerge(
		plan: MergePlan,
		incoming: Pick<BackupData, 'settings' | 'preferences'>,
		onProgress?: (p: ImportProgress) => void
	): Promise<ImportResult> {
		const total =
			BACKUP_TABLE_NAMES.reduce((n, t) => n + plan.puts[t].length + plan.removals[t].length, 0) +
			plan.deletions.length;
		let done = 0;
		const step = (n: number) => {
			done += n;
			onProgress?.({ done, total });
		};
		return guardWrite(() =>
			this.db.write(this.tables, async () => {
				let written = 0;
				let removed = 0;
				for (const name of BACKUP_TABLE_NAMES) {
					const ids = plan.removals[name];
					if (ids.length) await this.table(name).bulkDelete(ids);
					removed += ids.length;
					step(ids.length);
					written += await this.putInChunks(this.table(name), plan.puts[name], step);
				}
				await this.putInChunks(this.db.deletions, plan.deletions, step);
				if (incoming.settings && !(await this.db.kv.get(SETTINGS_KEY))) {
					await this.db.kv.put({ key: SETTINGS_KEY, value: incoming.settings });
				}
				for (const [key, value] of Object.entries(incoming.preferences)) {
					if (!travels(key)) continue;
					if (!(await this.db.kv.get(key))) await this.db.kv.put({ key, value });
				}
				return { written, removed };
			})
		);
	}

	/** Replaces every record, tombstone, setting and preference with the file's. */
	async replaceAll(data: BackupData, onProgress?: (p: ImportProgress) => void): Promise<ImportResult> {
		const total = BACKUP_TABLE_NAMES.reduce((n, t) => n + data.tables[t].length, 0) + data.deletions.length;
		let done = 0;
		const step = (n: number) => {
			done += n;
			onProgress?.({ done, total });
		};
		return guardWrite(() =>
			this.db.write(this.tables, async () => {
				let removed = 0;
				let written = 0;
				for (const name of BACKUP_TABLE_NAMES) {
					removed += await this.table(name).count();
					await this.table(name).clear();
					written += await this.putInChunks(this.table(name), data.tables[name], step);
				}
				await this.db.deletions.clear();
				await this.putInChunks(this.db.deletions, data.deletions, step);
				await this.db.kv.delete(SETTINGS_KEY);
				await this.db.kv
					.where('key')
					.startsWith(PREFERENCE_PREFIX)
					.filter((row) => travels(row.key))
					.delete();
				if (data.settings) await this.db.kv.put({ key: SETTINGS_KEY, value: data.settings });
				for (const [key, value] of Object.entries(data.preferences)) {
					if (travels(key)) await this.db.kv.put({ key, value });
				}
				return { written, removed };
			})
		);
	}

	/** Only Dexie promises are awaited here, so the caller's transaction carries through. */
	private async putInChunks<T>(table: Table<T>, rows: T[], step: (n: number) => void): Promise<number> {
		const pending: Promise<number>[] = [];
		for (let i = 0; i < rows.length; i += CHUNK) {
			const chunk = rows.slice(i, i + CHUNK);
			const put = table.bulkPut(chunk).then(() => chunk.length) as Promise<number>;
			// When one batch fails the transaction aborts and the later ones fail too: the first
			// failure is the one thrown, the others must not surface as unhandled rejections.
			put.catch(() => undefined);
			pending.push(put);
			if (pending.length >= IN_FLIGHT) step(await pending.shift()!);
		}
		while (pending.length) step(await pending.shift()!);
		return rows.length;
	}

	async lastBackup(): Promise<LastBackup | null> {
		const row = await this.db.kv.get(LAST_BACKUP_KEY);
		return isLastBackup(row?.value) ? row.value : null;
	}

	async recordBackup(backup: LastBackup): Promise<void> {
		await this.#put(LAST_BACKUP_KEY, backup);
	}

	async snoozedUntil(): Promise<string | null> {
		const row = await this.db.kv.get(SNOOZE_KEY);
		return typeof row?.value === 'string' ? row.value : null;
	}

	async snooze(until: Date): Promise<void> {
		await this.#put(SNOOZE_KEY, until.toISOString());
	}

	/** Whether any record was written on or after `since`'s day, or any deletion after it. */
	async changedSince(since: string | null): Promise<boolean> {
		const day = since ? dayOf(since) : null;
		for (const name of BACKUP_TABLE_NAMES) {
			const table = this.table(name);
			const hasDay = !!table.schema.idxByName.day;
			if (!day) {
				if ((await table.count()) > 0) return true;
			} else if (hasDay && (await table.where('day').aboveOrEqual(day).count()) > 0) {
				return true;
			}
		}
		if (since) {
			const ms = Date.parse(since);
			const later = await this.db.deletions.filter((d: Deletion) => Date.parse(d.deletedAt) > ms).count();
			if (later > 0) return true;
		}
		return false;
	}

	/** The earliest day holding a record, for "never backed up" with logs older than two weeks. */
	async firstDay(): Promise<string | null> {
		let first: string | null = null;
		for (const name of BACKUP_TABLE_NAMES) {
			const table = this.table(name);
			if (!table.schema.idxByName.day) continue;
			const row = await table.orderBy('day').first();
			if (typeof row?.day === 'string' && (first === null || row.day < first)) first = row.day;
		}
		return first;
	}

	/** A folder handle (File System Access API) the person picked for backups; browsers can store it. */
	async folder(): Promise<unknown> {
		return (await this.db.kv.get(FOLDER_KEY))?.value ?? null;
	}

	/** One explicit transaction, like every write: a live query never shows it before it is stored. */
	#put(key: string, value: unknown): Promise<unknown> {
		return guardWrite(() => this.db.write([this.db.kv], () => this.db.kv.put({ key, value })));
	}

	async setFolder(handle: unknown): Promise<void> {
		await this.#put(FOLDER_KEY, handle);
	}
}
