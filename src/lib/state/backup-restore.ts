import type { DataLayer } from '$lib/db';
// The errors module, not the data layer's index: that would put Dexie on the first render's path.
import { StorageFullError } from '$lib/db/errors';
import {
	BACKUP_TABLE_NAMES,
	BACKUP_TABLES,
	planMerge,
	sameSyncState,
	syncStateOf,
	type BackupErrorCode,
	type BackupTableName,
	type MergePlan,
	type ReadBackup,
	type SyncState,
	type TableChanges
} from '$lib/domain/backup';
import { formatNumber } from '$lib/domain/number-format';
import { readBackupBlob, toErrorMessage } from './backup-reader';

/** One kind of record in the preview: what the merge would change, with its label. */
export type PreviewRow = { table: BackupTableName; label: string } & TableChanges;

/** What the preview shows of a read file: everything but its records, which stay where they were read. */
export type ReadSummary = Omit<ReadBackup, 'data'>;

export interface RestorePreview {
	read: ReadSummary;
	rows: PreviewRow[];
	/** Records on this device now (what "Replace everything" removes). */
	localCount: number;
	/** Milliseconds per step (file, parse, validate, local, plan), for `npm run bench`. */
	timings: Record<string, number>;
}

export type RestoreRequest =
	| { type: 'open'; database: string; file: Blob; passphrase?: string }
	| { type: 'merge' }
	| { type: 'replace' };

export type RestoreMessage =
	| { type: 'progress'; done: number; total: number }
	| { type: 'preview'; preview: RestorePreview }
	| { type: 'error'; code: BackupErrorCode | 'unexpected'; message: string }
	| { type: 'writing'; done: number; total: number }
	| { type: 'written'; message: string; timings: Record<string, number> }
	| { type: 'failed'; message: string };

/** Messages that end a request: `open` ends with a preview or an error, a write with written or failed. */
export function isFinal(message: RestoreMessage): boolean {
	return message.type !== 'progress' && message.type !== 'writing';
}

function lap(timings: Record<string, number>, name: string, start: number): number {
	const now = performance.now();
	timings[name] = now - start;
	return now;
}

/**
 * One restore, from reading the file to writing it: runs in a Web Worker in the app
 * (backup-restore.worker.ts), so neither ten years of records nor comparing them with this device's
 * ever occupies the page; tests run it in place. The records stay here between the preview and the
 * write: the page only ever receives counts.
 */
export class RestoreSession {
	#read: ReadBackup | null = null;
	/** This device's records the previewed plan was made against, to reuse the plan if they did not change. */
	#planned: { local: SyncState; plan: MergePlan } | null = null;

	constructor(private readonly data: DataLayer) {}

	/** Reads, decrypts, parses and validates the file, then plans the merge against this device. */
	async open(
		file: Blob,
		passphrase: string | undefined,
		onProgress?: (done: number, total: number) => void
	): Promise<RestorePreview> {
		this.#read = null;
		this.#planned = null;
		const timings: Record<string, number> = {};
		// This device's records are read while the file is: the database opens and answers meanwhile.
		const reading = this.data.backup.readAll();
		reading.catch(() => undefined); // a refused file never waits for it
		const read = await readBackupBlob(file, passphrase, onProgress, timings);
		let t = performance.now();
		const local = syncStateOf(await reading);
		t = lap(timings, 'local', t);
		const plan = planMerge(local, syncStateOf(read.data));
		lap(timings, 'plan', t);
		this.#read = read;
		this.#planned = { local, plan };
		const rows = BACKUP_TABLE_NAMES.map((table) => ({
			table,
			label: BACKUP_TABLES[table].label,
			...plan.changes[table]
		}));
		const localCount = BACKUP_TABLE_NAMES.reduce((n, name) => n + local.tables[name].length, 0);
		const { meta, invalid, invalidCount, unknownTables } = read;
		return { read: { meta, invalid, invalidCount, unknownTables }, rows, localCount, timings };
	}

	/** Merges the opened file: newer versions win, the file's deletions apply, nothing is duplicated. */
	async merge(onProgress?: (p: { done: number; total: number }) => void) {
		const read = this.#opened();
		const timings: Record<string, number> = {};
		// Plans again against the database as it is now if another tab wrote since the preview.
		let t = performance.now();
		const local = syncStateOf(await this.data.backup.readAll());
		const planned = this.#planned;
		const plan =
			planned && sameSyncState(planned.local, local)
				? planned.plan
				: planMerge(local, syncStateOf(read.data));
		t = lap(timings, 'plan', t);
		const result = await this.data.backup.applyMerge(plan, read.data, onProgress);
		lap(timings, 'write', t);
		this.#done();
		const message =
			result.written || result.removed
				? `Restored: ${formatNumber(result.written)} records added or updated, ${formatNumber(result.removed)} removed.`
				: 'Nothing to restore: this device already has everything in the file.';
		return { message, timings };
	}

	/** Replaces everything with the file; the page must have had a safety backup downloaded. */
	async replace(onProgress?: (p: { done: number; total: number }) => void) {
		const read = this.#opened();
		const timings: Record<string, number> = {};
		const t = performance.now();
		const result = await this.data.backup.replaceAll(read.data, onProgress);
		lap(timings, 'write', t);
		this.#done();
		return {
			message: `Replaced: ${formatNumber(result.written)} records from the backup, ${formatNumber(result.removed)} earlier records removed.`,
			timings
		};
	}

	#opened(): ReadBackup {
		if (!this.#read) throw new Error('No backup was opened');
		return this.#read;
	}

	#done(): void {
		this.#read = null;
		this.#planned = null;
	}
}

/** Why a restore was not written, for the person; the database is unchanged either way. */
export function failureMessage(error: unknown): string {
	const reason = error instanceof StorageFullError ? error.message : 'The restore could not be written.';
	return `${reason} Nothing was changed.`;
}

/** Runs one request and posts what happens: the worker's message handler, and the page's own without workers. */
export async function handleRestoreRequest(
	session: RestoreSession,
	request: RestoreRequest,
	post: (message: RestoreMessage) => void
): Promise<void> {
	if (request.type === 'open') {
		try {
			const preview = await session.open(request.file, request.passphrase, (done, total) =>
				post({ type: 'progress', done, total })
			);
			post({ type: 'preview', preview });
		} catch (error) {
			post(toErrorMessage(error));
		}
		return;
	}
	try {
		const onProgress = ({ done, total }: { done: number; total: number }) =>
			post({ type: 'writing', done, total });
		const result =
			request.type === 'merge' ? await session.merge(onProgress) : await session.replace(onProgress);
		post({ type: 'written', ...result });
	} catch (error) {
		post({ type: 'failed', message: failureMessage(error) });
	}
}
