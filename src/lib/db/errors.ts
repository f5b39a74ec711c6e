/** Thrown when the browser refuses a write because the origin's storage is full. */
export class StorageFullError extends Error {
	readonly name = 'StorageFullError';
	constructor(cause?: unknown) {
		super(
			'Your device is out of storage space for this app, so nothing was saved. Free up some space or export a backup, then try again.',
			{ cause }
		);
	}
}

/**
 * Thrown for a write after another tab upgraded the database: this tab's connection was closed so
 * the upgrade could go ahead (see version-change.ts), and only a reload gets a new one.
 */
export class UpdatedElsewhereError extends Error {
	readonly name = 'UpdatedElsewhereError';
	constructor(cause?: unknown) {
		super(
			'Spasm Log was updated in another tab, so this tab can no longer save. Copy anything you typed, then reload.',
			{ cause }
		);
	}
}

/** Thrown when updating or restoring a record whose id the store does not hold (or already holds). */
export class RecordNotFoundError extends Error {
	readonly name = 'RecordNotFoundError';
	constructor(readonly id: string) {
		super(`No record with id ${id}`);
	}
}

function isQuotaError(error: unknown): boolean {
	let e: unknown = error;
	// Dexie wraps a failed transaction's cause in AbortError; the quota error sits inside.
	for (let depth = 0; e && depth < 5; depth++) {
		const name = (e as { name?: string }).name;
		if (name === 'QuotaExceededError' || name === 'QuotaExceeded') return true;
		e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
	}
	return false;
}

/**
 * Turns a storage-full failure into one clear error; every other error passes through.
 * Not `async`, so a write nested in a transaction keeps Dexie's promise (see `SpasmLogDatabase.write`).
 */
export function guardWrite<T>(write: () => Promise<T>): Promise<T> {
	try {
		return write().catch(translateWriteError);
	} catch (error) {
		return Promise.reject(translateWriteError(error));
	}
}

function translateWriteError(error: unknown): never {
	// Already translated by a write nested in this one.
	if (error instanceof StorageFullError || error instanceof UpdatedElsewhereError) throw error;
	if (isQuotaError(error)) throw new StorageFullError(error);
	// The app closes its connection only when another tab upgrades the schema.
	if ((error as { name?: string } | null)?.name === 'DatabaseClosedError')
		throw new UpdatedElsewhereError(error);
	throw error;
}
