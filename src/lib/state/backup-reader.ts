import {
	BackupError,
	MAX_BACKUP_BYTES,
	decryptBackup,
	readBackupObject,
	readBackupText,
	tooLarge,
	type BackupErrorCode,
	type ReadBackup
} from '$lib/domain/backup';

export interface ReaderRequest {
	file: Blob;
	passphrase?: string;
}

export type ReaderMessage =
	| { type: 'progress'; done: number; total: number }
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

export function toErrorMessage(error: unknown): ReaderMessage {
	if (error instanceof BackupError) return { type: 'error', code: error.code, message: error.message };
	return {
		type: 'error',
		code: 'unexpected',
		message: 'This file could not be read. Nothing was changed.'
	};
}
