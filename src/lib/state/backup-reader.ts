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

/** Why a file cannot be opened, as the page shows it. */
export interface ReadError {
	type: 'error';
	code: BackupErrorCode | 'unexpected';
	message: string;
}

/**
 * Reads, decrypts if needed, parses and validates a backup file. Runs in a Web Worker in the app
 * (backup-restore.worker.ts) so a large file never blocks the page; tests call it directly.
 */
export async function readBackupBlob(
	file: Blob,
	passphrase: string | undefined,
	onProgress?: (done: number, total: number) => void,
	timings: Record<string, number> = {}
): Promise<ReadBackup> {
	// Refused before reading a byte: the size is known without loading the file.
	if (file.size > MAX_BACKUP_BYTES) throw tooLarge();
	let t = performance.now();
	const text = await file.text();
	timings.file = performance.now() - t;
	t = performance.now();
	let doc: unknown;
	try {
		doc = JSON.parse(text);
	} catch {
		return readBackupText(text); // throws the right message for empty or damaged text
	}
	timings.parse = performance.now() - t;
	t = performance.now();
	const encrypted =
		typeof doc === 'object' &&
		doc !== null &&
		(doc as { format?: unknown }).format === 'spasm-log-backup-encrypted';
	if (encrypted) {
		if (!passphrase) throw new BackupError('needs-passphrase', 'This backup is protected with a passphrase.');
		const read = readBackupText(await decryptBackup(doc, passphrase), { onProgress });
		timings.validate = performance.now() - t;
		return read;
	}
	const read = readBackupObject(doc, { onProgress });
	timings.validate = performance.now() - t;
	return read;
}

export function toErrorMessage(error: unknown): ReadError {
	if (error instanceof BackupError) return { type: 'error', code: error.code, message: error.message };
	return {
		type: 'error',
		code: 'unexpected',
		message: 'This file could not be read. Nothing was changed.'
	};
}
