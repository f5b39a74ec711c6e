import type { LogRecords, RecordKind } from '$lib/domain/types';

export type DeletedEntry = {
	[K in RecordKind]: {
		/** Unique in this session, even when the same record is deleted, restored and deleted again. */
		key: number;
		kind: K;
		/** The record exactly as it was stored before the delete: what Restore puts back. */
		record: LogRecords[K];
		/** What the messages call it ("Drink", "Banana"). */
		what: string;
		/** The Undo message offered for this delete, if it is still on screen. */
		messageId?: number;
		/** True while its restore is being written, so a second tap cannot write it twice. */
		busy: boolean;
	};
}[RecordKind];

/**
 * Every record deleted since the app was opened, newest first, until it is restored. The snackbar's
 * Undo times out and at most three stand at once; this list keeps an undo for every other delete,
 * for the session (memory only: the tombstone store knows an id was deleted, not what it held).
 */
export class RecentlyDeleted {
	#entries = $state.raw<DeletedEntry[]>([]);
	#next = 1;

	get entries(): readonly DeletedEntry[] {
		return this.#entries;
	}

	get count(): number {
		return this.#entries.length;
	}

	add<K extends RecordKind>(kind: K, record: LogRecords[K], what: string): DeletedEntry {
		const entry = { key: this.#next++, kind, record, what, busy: false } as DeletedEntry;
		this.#entries = [entry, ...this.#entries];
		return entry;
	}

	get(key: number): DeletedEntry | undefined {
		return this.#entries.find((e) => e.key === key);
	}

	/** Marks an entry as being restored; false when it is gone or already being restored. */
	claim(key: number): boolean {
		const entry = this.get(key);
		if (!entry || entry.busy) return false;
		this.#update(key, { busy: true });
		return true;
	}

	/** Its restore failed: it stays in the list, ready for another try. */
	release(key: number): void {
		this.#update(key, { busy: false });
	}

	setMessage(key: number, messageId: number): void {
		this.#update(key, { messageId });
	}

	/** Its restore committed: it leaves the list. */
	remove(key: number): void {
		this.#entries = this.#entries.filter((e) => e.key !== key);
	}

	#update(key: number, changes: Partial<Pick<DeletedEntry, 'busy' | 'messageId'>>): void {
		this.#entries = this.#entries.map((e) => (e.key === key ? ({ ...e, ...changes } as DeletedEntry) : e));
	}
}
