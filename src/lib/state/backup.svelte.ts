import { version } from '$app/environment';
import { LATEST_VERSION } from '$lib/db/migrations';
import type { DataLayer, LastBackup } from '$lib/db';
import { deviceTimeZone, toOffsetIso, todayIn } from '$lib/domain';
import { BackupError, backupFileName, buildBackupFile, encryptBackup } from '$lib/domain/backup';
import type { Clock } from './clock.svelte';
import { LiveQuery } from './live-query.svelte';
import {
	handleRestoreRequest,
	isFinal,
	RestoreSession,
	type PreviewRow,
	type ReadSummary,
	type RestoreMessage,
	type RestoreRequest
} from './backup-restore';
import { measureSince } from './timing';

export type { PreviewRow };

const DAY_MS = 24 * 3600 * 1000;
/** The Today banner appears when the last backup is older than this and logs changed since. */
export const BACKUP_REMINDER_DAYS = 14;
export const SNOOZE_DAYS = 7;
/** Backup files kept in a chosen folder; older ones are removed. */
export const FOLDER_KEEP = 5;

export type RestoreStep =
	| { step: 'idle' }
	| { step: 'reading'; fileName: string; done: number; total: number }
	| { step: 'passphrase'; fileName: string; wrong: boolean }
	| { step: 'refused'; fileName: string; message: string }
	| {
			step: 'preview';
			fileName: string;
			read: ReadSummary;
			rows: PreviewRow[];
			localCount: number;
	  }
	| { step: 'writing'; done: number; total: number }
	| { step: 'done'; message: string }
	| { step: 'failed'; message: string };

interface ReminderFacts {
	last: LastBackup | null;
	snoozedUntil: string | null;
	changed: boolean;
	firstDay: string | null;
}

interface FileSystemDirectoryHandleLike {
	name: string;
	queryPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
	requestPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
	getFileHandle(
		name: string,
		options: { create: true }
	): Promise<{ createWritable(): Promise<WritableStreamLike> }>;
	removeEntry(name: string): Promise<void>;
	keys(): AsyncIterable<string>;
}
interface WritableStreamLike {
	write(data: Blob): Promise<void>;
	close(): Promise<void>;
}

function saveBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// The download has its own copy once started; free the blob after the click is handled.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Settings → "Your data": back up (download, share, a folder), restore with a preview, and the Today
 * reminder. Parsing and validation run in a Web Worker; the write is one transaction.
 */
export class BackupState {
	#restore = $state.raw<RestoreStep>({ step: 'idle' });
	#busy = $state(false);
	#file: File | null = null;
	/** Where the opened file's records are kept until the write: a worker, or this page without workers. */
	#restorer: Restorer | null = null;
	#facts: LiveQuery<ReminderFacts>;
	#folderName = $state<string | null>(null);
	/** Set once "Later" is saved, so the banner goes at once even before the live query re-runs. */
	#snoozedNow = $state<string | null>(null);

	constructor(
		private readonly data: DataLayer,
		private readonly clock: Clock
	) {
		this.#facts = new LiveQuery(
			async () => {
				const last = await data.backup.lastBackup();
				return {
					last,
					snoozedUntil: await data.backup.snoozedUntil(),
					changed: await data.backup.changedSince(last?.at ?? null),
					firstDay: last ? null : await data.backup.firstDay()
				};
			},
			{ last: null, snoozedUntil: null, changed: false, firstDay: null }
		);
		void data.backup
			.folder()
			.then((h) => (this.#folderName = (h as FileSystemDirectoryHandleLike | null)?.name ?? null))
			.catch(() => undefined);
	}

	get last(): LastBackup | null {
		return this.#facts.current.last;
	}

	/** True once the last backup and the reminder's facts were read. */
	get loaded(): boolean {
		return this.#facts.loaded;
	}

	get busy(): boolean {
		return this.#busy;
	}

	get restore(): RestoreStep {
		return this.#restore;
	}

	get folderName(): string | null {
		return this.#folderName;
	}

	get canUseFolder(): boolean {
		return typeof window !== 'undefined' && 'showDirectoryPicker' in window;
	}

	/** Whether Today should suggest a backup: old (or none with logs over two weeks old), changes since, not snoozed. */
	get reminderDue(): boolean {
		const facts = this.#facts.current;
		if (!this.#facts.loaded || !facts.changed) return false;
		const now = this.clock.now.getTime();
		const snoozed = [facts.snoozedUntil, this.#snoozedNow].filter((s): s is string => !!s);
		if (snoozed.some((until) => Date.parse(until) > now)) return false;
		if (facts.last) return now - Date.parse(facts.last.at) > BACKUP_REMINDER_DAYS * DAY_MS;
		const today = todayIn(deviceTimeZone(), this.clock.now);
		return !!facts.firstDay && Date.parse(today) - Date.parse(facts.firstDay) > BACKUP_REMINDER_DAYS * DAY_MS;
	}

	async snooze(): Promise<void> {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a throwaway Date, never mutated
		const until = new Date(this.clock.now.getTime() + SNOOZE_DAYS * DAY_MS);
		await this.data.backup.snooze(until);
		this.#snoozedNow = until.toISOString();
	}

	/** Builds the backup file of everything on this device; encrypted when a passphrase is given. */
	async createFile(passphrase?: string): Promise<File> {
		const start = performance.now();
		const now = this.clock.now;
		const backup = buildBackupFile(await this.data.backup.readAll(), {
			appVersion: version,
			schemaVersion: LATEST_VERSION,
			exportedAt: toOffsetIso(now, deviceTimeZone())
		});
		let json = JSON.stringify(backup);
		if (passphrase) json = JSON.stringify(await encryptBackup(json, passphrase));
		const file = new File([json], backupFileName(todayIn(deviceTimeZone(), now)), {
			type: 'application/json'
		});
		measureSince('backup:export', start, { bytes: file.size });
		return file;
	}

	private async remember(file: File): Promise<void> {
		await this.data.backup.recordBackup({
			at: toOffsetIso(this.clock.now, deviceTimeZone()),
			bytes: file.size,
			fileName: file.name
		});
	}

	private async run<T>(work: () => Promise<T>): Promise<T> {
		this.#busy = true;
		try {
			return await work();
		} finally {
			this.#busy = false;
		}
	}

	/** Downloads a backup file and remembers when. Returns the file name. */
	backUpNow(passphrase?: string): Promise<string> {
		return this.run(async () => {
			const file = await this.createFile(passphrase);
			saveBlob(file, file.name);
			await this.remember(file);
			if (this.#folderName) await this.writeToFolder(file).catch(() => undefined);
			return file.name;
		});
	}

	/** Whether this browser can share a file through the system share sheet (phones). */
	canShareFiles(): boolean {
		if (typeof navigator === 'undefined' || !navigator.canShare) return false;
		try {
			return navigator.canShare({ files: [new File(['{}'], 'test.json', { type: 'application/json' })] });
		} catch {
			return false;
		}
	}

	/** Opens the share sheet with a backup file; false when the person closed it. */
	share(passphrase?: string): Promise<boolean> {
		return this.run(async () => {
			const file = await this.createFile(passphrase);
			try {
				await navigator.share({ files: [file], title: file.name });
			} catch (error) {
				if ((error as { name?: string }).name === 'AbortError') return false;
				throw error;
			}
			await this.remember(file);
			return true;
		});
	}

	/** Chromium desktop: pick a folder that receives a dated file on each backup. */
	async chooseFolder(): Promise<void> {
		const picker = (
			window as unknown as { showDirectoryPicker(o: object): Promise<FileSystemDirectoryHandleLike> }
		).showDirectoryPicker;
		const handle = await picker.call(window, { id: 'spasm-log-backups', mode: 'readwrite' });
		await this.data.backup.setFolder(handle);
		this.#folderName = handle.name;
		await this.run(async () => {
			const file = await this.createFile();
			await this.writeToFolder(file);
			await this.remember(file);
		});
	}

	private async writeToFolder(file: File): Promise<void> {
		const handle = (await this.data.backup.folder()) as FileSystemDirectoryHandleLike | null;
		if (!handle) return;
		if (handle.queryPermission && (await handle.queryPermission({ mode: 'readwrite' })) !== 'granted') {
			if (!handle.requestPermission || (await handle.requestPermission({ mode: 'readwrite' })) !== 'granted')
				return;
		}
		const target = await handle.getFileHandle(file.name, { create: true });
		const stream = await target.createWritable();
		await stream.write(file);
		await stream.close();
		const names: string[] = [];
		for await (const name of handle.keys()) {
			if (/^spasm-log-backup-\d{4}-\d{2}-\d{2}\.json$/.test(name)) names.push(name);
		}
		names.sort();
		for (const old of names.slice(0, Math.max(0, names.length - FOLDER_KEEP))) await handle.removeEntry(old);
	}

	/**
	 * Reads a chosen or dropped file, validates it and plans the merge against this device, all in a
	 * worker, then shows the preview (or why it was refused). The page only receives counts.
	 */
	async open(file: File, passphrase?: string): Promise<void> {
		this.#restorer?.close();
		const restorer = createRestorer(this.data);
		this.#restorer = restorer;
		this.#file = file;
		this.#restore = { step: 'reading', fileName: file.name, done: 0, total: 0 };
		const start = performance.now();
		const message = await restorer.request(
			{ type: 'open', database: this.data.db.name, file, passphrase },
			(progress) => {
				if (progress.type === 'progress' && this.#restore.step === 'reading' && this.#file === file)
					this.#restore = {
						step: 'reading',
						fileName: file.name,
						done: progress.done,
						total: progress.total
					};
			}
		);
		if (this.#file !== file) return;
		if (message.type === 'error') {
			this.#closeRestorer();
			if (message.code === 'needs-passphrase' || message.code === 'wrong-passphrase') {
				this.#restore = {
					step: 'passphrase',
					fileName: file.name,
					wrong: message.code === 'wrong-passphrase'
				};
			} else {
				this.#restore = { step: 'refused', fileName: file.name, message: message.message };
			}
			return;
		}
		if (message.type !== 'preview') {
			this.#closeRestorer();
			this.#restore = {
				step: 'refused',
				fileName: file.name,
				message: 'This file could not be read. Nothing was changed.'
			};
			return;
		}
		const { read, rows, localCount, timings } = message.preview;
		this.#restore = { step: 'preview', fileName: file.name, read, rows, localCount };
		measureSince('backup:validate', start, { bytes: file.size });
		measurePhases('backup:validate', timings);
	}

	/** Tries the passphrase on the file being restored. */
	unlock(passphrase: string): Promise<void> {
		if (!this.#file) return Promise.resolve();
		return this.open(this.#file, passphrase);
	}

	cancel(): void {
		this.#file = null;
		this.#closeRestorer();
		this.#restore = { step: 'idle' };
	}

	#closeRestorer(): void {
		this.#restorer?.close();
		this.#restorer = null;
	}

	private async write(type: 'merge' | 'replace'): Promise<void> {
		const restorer = this.#restorer;
		if (this.#restore.step !== 'preview' || !restorer) return;
		this.#restore = { step: 'writing', done: 0, total: 0 };
		const start = performance.now();
		const message = await restorer.request({ type }, (progress) => {
			if (progress.type === 'writing')
				this.#restore = { step: 'writing', done: progress.done, total: progress.total };
		});
		if (this.#restorer === restorer) this.#closeRestorer();
		if (message.type === 'written') {
			measureSince('backup:import', start);
			measurePhases('backup:import', message.timings);
			this.#file = null;
			this.#restore = { step: 'done', message: message.message };
		} else {
			this.#restore = {
				step: 'failed',
				message:
					message.type === 'failed'
						? message.message
						: 'The restore could not be written. Nothing was changed.'
			};
		}
	}

	/** Merges the previewed file: newer versions win, the file's deletions apply, nothing is duplicated. */
	merge(): Promise<void> {
		return this.write('merge');
	}

	/** Downloads a backup of this device first; only then does "Replace everything" become possible. */
	downloadSafetyBackup(): Promise<string> {
		return this.backUpNow();
	}

	/** Replaces everything with the file; the caller must have had a safety backup downloaded. */
	replace(): Promise<void> {
		return this.write('replace');
	}
}

/** Durations measured in the worker, as User Timing entries ending now (read by `npm run bench`). */
function measurePhases(prefix: string, timings: Record<string, number>): void {
	const end = performance.now();
	for (const [name, ms] of Object.entries(timings)) {
		try {
			performance.measure(`${prefix}:${name}`, { start: Math.max(0, end - ms), end });
		} catch {
			// Timing is a diagnostic; it must never break a screen.
		}
	}
}

/** Sends restore requests and resolves with the message that ends each (see `isFinal`). */
interface Restorer {
	request(request: RestoreRequest, onProgress: (message: RestoreMessage) => void): Promise<RestoreMessage>;
	close(): void;
}

const UNREADABLE: RestoreMessage = {
	type: 'error',
	code: 'unexpected',
	message: 'This file could not be read. Nothing was changed.'
};

function createRestorer(data: DataLayer): Restorer {
	if (typeof Worker === 'undefined') {
		const session = new RestoreSession(data);
		return {
			request(request, onProgress) {
				let final: RestoreMessage = UNREADABLE;
				return handleRestoreRequest(session, request, (message) => {
					if (isFinal(message)) final = message;
					else onProgress(message);
				}).then(() => final);
			},
			close() {}
		};
	}
	let worker: Promise<Worker> | null = null;
	let closed = false;
	/** Ends the request in flight when the restorer is closed (cancel, another file): never left waiting. */
	let abandon: (() => void) | null = null;
	return {
		request(request, onProgress) {
			const failed: RestoreMessage =
				request.type === 'open'
					? UNREADABLE
					: { type: 'failed', message: 'The restore could not be written. Nothing was changed.' };
			worker ??= import('./backup-restore.worker?worker').then(
				({ default: RestoreWorker }) => new RestoreWorker()
			);
			return new Promise<RestoreMessage>((resolve) => {
				abandon = () => resolve(failed);
				worker!.then(
					(w) => {
						if (closed) return resolve(failed);
						w.onmessage = (event: MessageEvent<RestoreMessage>) => {
							if (isFinal(event.data)) resolve(event.data);
							else onProgress(event.data);
						};
						w.onerror = () => resolve(failed);
						w.postMessage(request);
					},
					() => resolve(failed)
				);
			});
		},
		close() {
			closed = true;
			abandon?.();
			// A moment's grace: the write's change notice to the page's live queries leaves from the worker.
			void worker?.then((w) => setTimeout(() => w.terminate(), 2000));
		}
	};
}

export { BackupError };
