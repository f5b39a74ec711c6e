import { ValidationError, type LogRecords, type RecordKind } from '$lib/domain';
import { StorageFullError, UpdatedElsewhereError, type DataLayer } from '$lib/db';
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

	/**
	 * Deletes, then offers to put back exactly what was deleted. A failed undo (a full disk) changes
	 * nothing and offers Undo again, so the last copy of the record is never used up.
	 */
	async remove<K extends RecordKind>(kind: K, id: string, what = RECORD_NOUNS[kind]): Promise<void> {
		const repo = this.data.records[kind];
		const deleted = await this.guard(() => repo.delete(id));
		if (!deleted) return;
		const undo = {
			label: 'Undo',
			run: async () => {
				try {
					await repo.restore(deleted);
				} catch (error) {
					const reason =
						error instanceof StorageFullError || error instanceof UpdatedElsewhereError
							? error.message
							: 'Something went wrong.';
					this.snackbar.show(`${what} not restored yet. ${reason}`, undo);
					// Reported on screen; the snackbar button has no one to rethrow to.
					return;
				}
				this.snackbar.show(`${what} restored`);
			}
		};
		this.snackbar.show(`${what} deleted`, undo);
	}
}

export { ValidationError, StorageFullError, UpdatedElsewhereError };
