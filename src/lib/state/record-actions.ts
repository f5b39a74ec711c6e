import type { LogRecords, RecordKind } from '$lib/domain/types';
import { ValidationError } from '$lib/domain/validation-error';
import type { DataLayer } from '$lib/db';
// The errors module, not the data layer's index: that would put Dexie on the first render's path.
import { StorageFullError, UpdatedElsewhereError } from '$lib/db/errors';
import { markReported } from './reported-errors';
import type { Snackbar } from './snackbar.svelte';

export const RECORD_NOUNS: Record<RecordKind, string> = {
	episodes: 'Episode',
	water: 'Drink',
	foods: 'Food',
	stretches: 'Stretch session',
	exercise: 'Exercise'
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
		private readonly afterAdd: () => unknown = () => undefined
	) {}

	private async guard<T>(write: () => Promise<T>): Promise<T> {
		try {
			return await write();
		} catch (error) {
			if (error instanceof StorageFullError || error instanceof UpdatedElsewhereError) {
				this.snackbar.show(error.message);
				markReported(error);
			}
			throw error;
		}
	}

	async add<K extends RecordKind>(kind: K, record: LogRecords[K]): Promise<LogRecords[K]> {
		const saved = await this.guard(() => this.data.records[kind].add(record));
		void Promise.resolve()
			.then(this.afterAdd)
			.catch(() => undefined);
		return saved;
	}

	update<K extends RecordKind>(kind: K, record: LogRecords[K]): Promise<LogRecords[K]> {
		return this.guard(() => this.data.records[kind].update(record));
	}

	/** Deletes, then offers to put back exactly what was deleted. */
	async remove<K extends RecordKind>(kind: K, id: string, what = RECORD_NOUNS[kind]): Promise<void> {
		const repo = this.data.records[kind];
		const deleted = await this.guard(() => repo.delete(id));
		if (!deleted) return;
		this.snackbar.show(`${what} deleted`, {
			label: 'Undo',
			run: async () => {
				await this.guard(() => repo.restore(deleted));
				this.snackbar.show(`${what} restored`);
			}
		});
	}
}

export { ValidationError, StorageFullError, UpdatedElsewhereError };
