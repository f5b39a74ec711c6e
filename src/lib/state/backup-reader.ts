import {
	BACKUP_TABLE_NAMES,
	BackupError,
	MAX_BACKUP_BYTES,
	decryptBackup,
	readBackupObject,
	readBackupText,
	tooLarge,
	type BackupErrorCode,
	type BackupRecord,
	type BackupTableName,
	type ReadBackup
} from '$lib/domain/backup';
import type { Deletion } from '$lib/domain';

export interface ReaderRequest {
	file: Blob;
	passphrase?: string;
}

export type ReaderMessage =
	| { type: 'progress'; done: number; total: number }
	| { type: 'records'; table: BackupTableName; records: BackupRecord[] }
	| { type: 'deletions'; records: Deletion[] }
	| { type: 'done'; result: ReadBackup }
	| { type: 'error'; code: BackupErrorCode | 'unexpected'; message: string };

/**
 * Reads, decrypts if needed, parses and validates a backup file. Runs in a Web Worker in the app
 * (backup-reader.worker.ts) so a large file never blocks the page; tests call it directly.
 */
export async function readBackupBlob(
	file: Blob,
	passphrase: string | undefined,
	onProgress?: (done: number, total: number) => void
): Promise<ReadBackup> {
	// Refused before reading a byte: the size is known without loading the file.
	if (file.size > MAX_BACKUP_BYTES) throw tooLarge();
	const text = await file.text();
	let doc: unknown;
	try {
		doc = JSON.parse(text);
	} catch {
		return readBackupText(text); // throws the right message for empty or damaged text
	}
	const encrypted =
		typeof doc === 'object' &&
		doc !== null &&
		(doc as { format?: unknown }).format === 'spasm-log-backup-encrypted';
	if (encrypted) {
		if (!passphrase) throw new BackupError('needs-passphrase', 'This backup is protected with a passphrase.');
		return readBackupText(await decryptBackup(doc, passphrase), { onProgress });
	}
	return readBackupObject(doc, { onProgress });
}

/** Records per message from the worker: the page copies each message in, one at a time. */
const PART = 4000;

/**
 * Posts a read backup as several messages: its records in parts, then the rest. The page copies in
 * each message as one task, and ten years of records in one message blocked it for about 200 ms.
 */
export function sendInParts(result: ReadBackup, post: (message: ReaderMessage) => void): void {
	for (const table of BACKUP_TABLE_NAMES) {
		const records = result.data.tables[table];
		for (let i = 0; i < records.length; i += PART)
			post({ type: 'records', table, records: records.slice(i, i + PART) });
	}
	for (let i = 0; i < result.data.deletions.length; i += PART)
		post({ type: 'deletions', records: result.data.deletions.slice(i, i + PART) });
	const tables = {} as ReadBackup['data']['tables'];
	for (const table of BACKUP_TABLE_NAMES) tables[table] = [];
	post({ type: 'done', result: { ...result, data: { ...result.data, tables, deletions: [] } } });
}

/** Puts the parts `sendInParts` posted back together; call `add` for each message, in order. */
export class PartsCollector {
	readonly #tables = new Map<BackupTableName, BackupRecord[][]>();
	readonly #deletions: Deletion[][] = [];

	add(message: ReaderMessage): ReaderMessage | null {
		if (message.type === 'records') {
			const parts = this.#tables.get(message.table) ?? [];
			parts.push(message.records);
			this.#tables.set(message.table, parts);
			return null;
		}
		if (message.type === 'deletions') {
			this.#deletions.push(message.records);
			return null;
		}
		if (message.type !== 'done') return message;
		const data = message.result.data;
		for (const [table, parts] of this.#tables) data.tables[table] = parts.flat();
		data.deletions = this.#deletions.flat();
		return message;
	}
}

export function toErrorMessage(error: unknown): ReaderMessage {
	if (error instanceof BackupError) return { type: 'error', code: error.code, message: error.message };
	return {
		type: 'error',
		code: 'unexpected',
		message: 'This file could not be read. Nothing was changed.'
	};
}
