import { formatNumber } from '$lib/domain/number-format';
import { version } from '$app/environment';
import { LATEST_VERSION } from '$lib/db/migrations';
import type { DataLayer, LastBackup } from '$lib/db';
// The errors module, not the data layer's index: that would put Dexie on the first render's path.
import { StorageFullError } from '$lib/db/errors';
import { deviceTimeZone, toOffsetIso, todayIn } from '$lib/domain';
import {
	BACKUP_TABLE_NAMES,
	BACKUP_TABLES,
	BackupError,
	backupFileName,
	buildBackupFile,
	encryptBackup,
	planMerge,
	sameSyncState,
	syncStateOf,
	type SyncState,
	type BackupTableName,
	type MergePlan,
	type ReadBackup
} from '$lib/domain/backup';
import type { Clock } from './clock.svelte';
import { LiveQuery } from './live-query.svelte';
import { PartsCollector, readBackupBlob, toErrorMessage, type ReaderMessage } from './backup-reader';
import { measureSince } from './timing';

const DAY_MS = 24 * 3600 * 1000;
/** The Today banner appears when the last backup is older than this and logs changed since. */
export const BACKUP_REMINDER_DAYS = 14;
export const SNOOZE_DAYS = 7;
/** Backup files kept in a chosen folder; older ones are removed. */
export const FOLDER_KEEP = 5;

export interface PreviewRow {
	table: BackupTableName;
	label: string;
	added: number;
	changed: number;
	kept: number;
	deleted: number;
	inFile: number;
	from: string | null;
	to: string | null;
}

export type RestoreStep =
	| { step: 'idle' }
	| { step: 'reading'; fileName: string; done: number; total: number }
	| { step: 'passphrase'; fileName: string; wrong: boolean }
	| { step: 'refused'; fileName: string; message: string }
	| {
			step: 'preview';
			fileName: string;
			read: ReadBackup;
			plan: MergePlan;
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
	/** This device's records the previewed plan was made against, to reuse the plan if they did not change. */
	#planned: { local: SyncState; plan: MergePlan } | null = null;
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

	/** Reads a chosen or dropped file off the main thread, then shows the preview (or why it was refused). */
	async open(file: File, passphrase?: string): Promise<void> {
		this.#file = file;
		this.#restore = { step: 'reading', fileName: file.name, done: 0, total: 0 };
		const start = performance.now();
		const message = await this.read(file, passphrase);
		measureSince('backup:validate:worker', start);
		if (this.#file !== file) return;
		if (message.type === 'error') {
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
		if (message.type !== 'done') return;
		const read = message.result;
		const planStart = performance.now();
		const local = await this.data.backup.readAll();
		const plan = planMerge(syncStateOf(local), syncStateOf(read.data));
		this.#planned = { local: syncStateOf(local), plan };
		const rows = BACKUP_TABLE_NAMES.map((table) => ({
			table,
			label: BACKUP_TABLES[table].label,
			...plan.changes[table]
		}));
		const localCount = BACKUP_TABLE_NAMES.reduce((n, t) => n + local.tables[t].length, 0);
		this.#restore = { step: 'preview', fileName: file.name, read, plan, rows, localCount };
		measureSince('backup:validate:plan', planStart);
		measureSince('backup:validate', start, { bytes: file.size });
	}

	/** Tries the passphrase on the file being restored. */
	unlock(passphrase: string): Promise<void> {
		if (!this.#file) return Promise.resolve();
		return this.open(this.#file, passphrase);
	}

	private read(file: File, passphrase?: string): Promise<ReaderMessage> {
		const progress = (done: number, total: number) => {
			if (this.#restore.step === 'reading')
				this.#restore = { step: 'reading', fileName: file.name, done, total };
		};
		if (typeof Worker === 'undefined') {
			return readBackupBlob(file, passphrase, progress).then(
				(result): ReaderMessage => ({ type: 'done', result }),
				toErrorMessage
			);
		}
		return import('./backup-reader.worker?worker').then(
			({ default: ReaderWorker }) =>
				new Promise<ReaderMessage>((resolve) => {
					const worker = new ReaderWorker();
					const parts = new PartsCollector();
					worker.onmessage = (event: MessageEvent<ReaderMessage>) => {
						if (event.data.type === 'progress') return progress(event.data.done, event.data.total);
						const message = parts.add(event.data);
						if (message === null) return;
						worker.terminate();
						resolve(message);
					};
					worker.onerror = () => {
						worker.terminate();
						resolve({
							type: 'error',
							code: 'unexpected',
							message: 'This file could not be read. Nothing was changed.'
						});
					};
					worker.postMessage({ file, passphrase });
				})
		);
	}

	cancel(): void {
		this.#file = null;
		this.#planned = null;
		this.#restore = { step: 'idle' };
	}

	private async write(work: (onProgress: (p: { done: number; total: number }) => void) => Promise<string>) {
		const onProgress = ({ done, total }: { done: number; total: number }) =>
			(this.#restore = { step: 'writing', done, total });
		this.#restore = { step: 'writing', done: 0, total: 0 };
		const start = performance.now();
		try {
			const message = await work(onProgress);
			measureSince('backup:import', start);
			this.#file = null;
			this.#planned = null;
			this.#restore = { step: 'done', message };
		} catch (error) {
			const reason = error instanceof StorageFullError ? error.message : 'The restore could not be written.';
			this.#restore = { step: 'failed', message: `${reason} Nothing was changed.` };
		}
	}

	/** Merges the previewed file: newer versions win, the file's deletions apply, nothing is duplicated. */
	async merge(): Promise<void> {
		const current = this.#restore;
		if (current.step !== 'preview') return;
		await this.write(async (onProgress) => {
			// Re-plan against the database as it is now if another tab wrote since the preview.
			const planStart = performance.now();
			const local = syncStateOf(await this.data.backup.readAll());
			const planned = this.#planned?.plan === current.plan ? this.#planned : null;
			const plan =
				planned && sameSyncState(planned.local, local)
					? planned.plan
					: planMerge(local, syncStateOf(current.read.data));
			measureSince('backup:import:plan', planStart);
			const writeStart = performance.now();
			const result = await this.data.backup.applyMerge(plan, current.read.data, onProgress);
			measureSince('backup:import:write', writeStart);
			return result.written || result.removed
				? `Restored: ${formatNumber(result.written)} records added or updated, ${formatNumber(result.removed)} removed.`
				: 'Nothing to restore: this device already has everything in the file.';
		});
	}

	/** Downloads a backup of this device first; only then does "Replace everything" become possible. */
	downloadSafetyBackup(): Promise<string> {
		return this.backUpNow();
	}

	/** Replaces everything with the file; the caller must have had a safety backup downloaded. */
	async replace(): Promise<void> {
		const current = this.#restore;
		if (current.step !== 'preview') return;
		await this.write(async (onProgress) => {
			const result = await this.data.backup.replaceAll(current.read.data, onProgress);
			return `Replaced: ${formatNumber(result.written)} records from the backup, ${formatNumber(result.removed)} earlier records removed.`;
		});
	}
}

export { BackupError };
