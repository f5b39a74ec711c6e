import type { LogRecords, RecordKind } from '$lib/domain/types';
import { ValidationError } from '$lib/domain/validation-error';
import type { DataLayer } from '$lib/db';
// The errors module, not the data layer's index: that would put Dexie on the first render's path.
import { StorageFullError, UpdatedElsewhereError } from '$lib/db/errors';
import { isReported, markReported } from './reported-errors';
import { explainWriteErrors } from './write-errors';
import type { Snackbar } from './snackbar.svelte';
import { RecentlyDeleted } from './recently-deleted.svelte';

export const RECORD_NOUNS: Record<RecordKind, string> = {
	episodes: 'Episode',
	water: 'Drink',
	foods: 'Food',
	stretches: 'Stretch session',
	exercise: 'Exercise',
	medications: 'Dose'
};

/**
 * Writes that any screen can make, with the app's shared reactions: undo after delete, and one
 * clear message when storage is full. Validation errors are rethrown for the form to show.
 */
export class RecordActions {
	constructor(
		private readonly data: DataLayer,
		private readonly snackbar: Snackbar,
		/** Runs after each successful add (the app asks for persistent storage there); never fails the add. */
		private readonly afterAdd: () => unknown = () => undefined,
		/** Every delete of this session, each restorable after its Undo message has gone (History). */
		readonly deleted: RecentlyDeleted = new RecentlyDeleted()
	) {}

	/**
	 * Runs any data-layer write with the shared reactions (storage full, updated in another tab:
	 * one snackbar, then rethrown). Resolves only after the transaction committed.
	 */
	async guard<T>(write: () => Promise<T>): Promise<T> {
		return explainWriteErrors(this.snackbar, write);
	}

	async add<K extends RecordKind>(kind: K, record: LogRecords[K]): Promise<LogRecords[K]> {
		return this.guardAdd(() => this.data.records[kind].add(record));
	}

	/** `guard` for a write that adds a record (afterwards the app may ask for persistent storage). */
	async guardAdd<T>(write: () => Promise<T>): Promise<T> {
		const saved = await this.guard(write);
		void Promise.resolve()
			.then(this.afterAdd)
			.catch(() => undefined);
		return saved;
	}

	update<K extends RecordKind>(kind: K, record: LogRecords[K]): Promise<LogRecords[K]> {
		return this.guard(() => this.data.records[kind].update(record));
	}

	/**
	 * Journals a change for a page being left (see RecordRepository.journal): written in this task
	 * with no read before it, folded into the record when the database next opens unless the
	 * field was changed elsewhere since. `record` is the stored copy the changes were made to.
	 */
	journal<K extends RecordKind>(kind: K, record: LogRecords[K], changes: Partial<LogRecords[K]>): void {
		const before = record as unknown as Record<string, unknown>;
		const from = Object.fromEntries(Object.keys(changes).map((key) => [key, [before[key]]]));
		this.data.records[kind].journal(record.id, changes, from as never);
	}

	/** Field-level edit; see RecordRepository.patch for `base` and `conflicts`. */
	patch<K extends RecordKind>(
		kind: K,
		id: string,
		changes: Partial<LogRecords[K]>,
		base?: LogRecords[K]
	): Promise<{ record: LogRecords[K]; conflicts: string[] }> {
		return this.guard(() => this.data.records[kind].patch(id, changes, base));
	}

	/**
	 * Deletes, then offers to put back exactly what was deleted. Each delete gets its own Undo, so
	 * several quick deletes can each be undone, and joins the session's "Recently deleted" list,
	 * so a delete whose Undo was pushed out or timed out can still be restored from History.
	 */
	async remove<K extends RecordKind>(kind: K, id: string, what = RECORD_NOUNS[kind]): Promise<void> {
		const repo = this.data.records[kind];
		const deleted = await this.guard(() => repo.delete(id));
		if (!deleted) return;
		const entry = this.deleted.add(kind, deleted, what);
		const messageId = this.snackbar.show(`${what} deleted`, {
			label: 'Undo',
			run: async () => {
				await this.restore(entry.key);
			}
		});
		this.deleted.setMessage(entry.key, messageId);
	}

	/**
	 * Deletes a stored record that failed validation (see DataLayer.unreadable), with the same
	 * tombstone and Undo; Undo puts it back exactly as it was stored, still set aside.
	 */
	async removeUnreadable<K extends RecordKind>(kind: K | 'checkins', id: string): Promise<void> {
		if (kind === 'checkins') {
			const checkins = this.data.checkins;
			await this.#removeWithUndo(
				() => checkins.deleteAsStored(id),
				'Unreadable entry',
				(deleted) => checkins.restoreAsStored(deleted)
			);
			return;
		}
		const repo = this.data.records[kind as K];
		await this.#removeWithUndo(
			() => repo.delete(id),
			'Unreadable entry',
			(deleted) => repo.restoreAsStored(deleted)
		);
	}

	async #removeWithUndo<T>(
		remove: () => Promise<T | undefined>,
		what: string,
		restore: (deleted: T) => Promise<unknown>
	): Promise<void> {
		const deleted = await this.guard(remove);
		if (deleted === undefined) return;
		this.snackbar.show(`${what} deleted`, {
			label: 'Undo',
			run: async () => {
				try {
					await this.guard(() => restore(deleted));
				} catch (error) {
					if (!isReported(error)) {
						this.snackbar.show(
							`${what} not restored: ${error instanceof Error ? error.message : String(error)}`
						);
						markReported(error);
					}
					throw error;
				}
				this.snackbar.show(`${what} restored`);
			}
		});
	}

	/**
	 * Puts back one record of the "Recently deleted" list through the repository's restore. Says
	 * "restored" and drops it from the list only after the transaction committed; a restore that
	 * fails says why, keeps it in the list (and its Undo) and rethrows. False when it was already
	 * restored or is being restored (an Undo and a Restore tapped together write once).
	 */
	async restore(key: number): Promise<boolean> {
		const entry = this.deleted.get(key);
		if (!entry || !this.deleted.claim(key)) return false;
		const repo = this.data.records[entry.kind] as unknown as { restore(r: unknown): Promise<unknown> };
		try {
			await this.guard(() => repo.restore(entry.record));
		} catch (error) {
			this.deleted.release(key);
			if (!isReported(error)) {
				this.snackbar.show(
					`${entry.what} not restored: ${error instanceof Error ? error.message : String(error)}`
				);
				markReported(error);
			}
			throw error;
		}
		this.deleted.remove(key);
		if (entry.messageId !== undefined) this.snackbar.dismiss(entry.messageId);
		this.snackbar.show(`${entry.what} restored`);
		return true;
	}
}

export { ValidationError, StorageFullError, UpdatedElsewhereError };
