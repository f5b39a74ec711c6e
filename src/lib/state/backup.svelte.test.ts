import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDataLayer, SpasmLogDatabase, type DataLayer } from '$lib/db';
import { createWaterIntake, type SpasmEpisode } from '$lib/domain';
import { buildBackupFile, encryptBackup } from '$lib/domain/backup';
import { sampleBackupData } from '$test-support/backup-factories';
import { BackupState } from './backup.svelte';
import type { Clock } from './clock.svelte';

let data: DataLayer;
const cleanups: (() => void)[] = [];
const clock = { now: new Date('2026-12-01T10:00:00Z') };

beforeEach(() => {
	// The worker is the browser's; here the same reader runs inline.
	vi.stubGlobal('Worker', undefined);
	clock.now = new Date('2026-12-01T10:00:00Z');
	data = createDataLayer(new SpasmLogDatabase(`backup-state-${crypto.randomUUID()}`));
});

afterEach(async () => {
	for (const stop of cleanups.splice(0)) stop();
	vi.unstubAllGlobals();
	data.db.close();
	await data.db.delete();
});

function create(): BackupState {
	let state!: BackupState;
	cleanups.push(
		$effect.root(() => {
			state = new BackupState(data, clock as unknown as Clock);
		})
	);
	flushSync();
	return state;
}

const file = (text: string, name = 'spasm-log-backup-2026-12-01.json') => new File([text], name);
const meta = { appVersion: '0.1.0', schemaVersion: 2, exportedAt: '2026-12-01T10:00:00.000+01:00' };

describe('the Today backup reminder', () => {
	it('stays away with nothing logged, and with logs newer than two weeks and no backup', async () => {
		const state = create();
		await vi.waitFor(() => expect(state.last).toBeNull());
		expect(state.reminderDue).toBe(false);
		await data.water.add(
			createWaterIntake({ ml: 250 }, { now: new Date('2026-11-25T08:00:00Z'), timeZone: 'UTC' })
		);
		await new Promise((r) => setTimeout(r, 50));
		expect(state.reminderDue).toBe(false);
	});

	it('appears when the last backup is over 14 days old and records changed since; Later hides it for a week', async () => {
		await data.backup.recordBackup({ at: '2026-11-10T10:00:00.000Z', bytes: 1000, fileName: 'x.json' });
		await data.water.add(
			createWaterIntake({ ml: 250 }, { now: new Date('2026-11-20T08:00:00Z'), timeZone: 'UTC' })
		);
		const state = create();
		await vi.waitFor(() => expect(state.reminderDue).toBe(true));
		await state.snooze();
		expect(await data.backup.snoozedUntil()).toBe('2026-12-08T10:00:00.000Z');
		await vi.waitFor(() => expect(state.reminderDue).toBe(false));
		clock.now = new Date('2026-12-09T10:00:00Z');
		expect(state.reminderDue).toBe(true);
	});

	it('stays away when nothing changed since an old backup', async () => {
		await data.water.add(
			createWaterIntake({ ml: 250 }, { now: new Date('2026-11-01T08:00:00Z'), timeZone: 'UTC' })
		);
		await data.backup.recordBackup({ at: '2026-11-05T10:00:00.000Z', bytes: 1000, fileName: 'x.json' });
		const state = create();
		await vi.waitFor(() => expect(state.last).not.toBeNull());
		expect(state.reminderDue).toBe(false);
	});
});

describe('restoring', () => {
	it('previews per kind, then merges in one go', async () => {
		const state = create();
		await state.open(file(JSON.stringify(buildBackupFile(sampleBackupData(), meta))));
		const step = state.restore;
		if (step.step !== 'preview') throw new Error(`expected a preview, got ${step.step}`);
		expect(step.rows.find((r) => r.table === 'episodes')).toMatchObject({ added: 1, inFile: 1 });
		await state.merge();
		expect(state.restore).toMatchObject({ step: 'done' });
		expect(await data.episodes.count()).toBe(1);
	});

	it('plans again when this device changed between the preview and the merge', async () => {
		const state = create();
		const backup = sampleBackupData();
		await state.open(file(JSON.stringify(buildBackupFile(backup, meta))));
		expect(state.restore.step).toBe('preview');
		// Another tab edits the same episode after the preview: its newer version must survive.
		const episode = backup.tables.episodes[0] as unknown as SpasmEpisode;
		await data.episodes.add({ ...episode, notes: 'Edited here', updatedAt: '2026-12-01T09:00:00.000Z' });
		await state.merge();
		expect(state.restore).toMatchObject({ step: 'done' });
		expect((await data.episodes.get(episode.id))?.notes).toBe('Edited here');
	});

	it('asks for the passphrase, says when it is wrong, and opens with the right one', async () => {
		const state = create();
		const envelope = await encryptBackup(
			JSON.stringify(buildBackupFile(sampleBackupData(), meta)),
			'right one'
		);
		await state.open(file(JSON.stringify(envelope)));
		expect(state.restore).toMatchObject({ step: 'passphrase', wrong: false });
		await state.unlock('wrong one');
		expect(state.restore).toMatchObject({ step: 'passphrase', wrong: true });
		expect(await data.episodes.count()).toBe(0);
		await state.unlock('right one');
		expect(state.restore).toMatchObject({ step: 'preview' });
	}, 60_000);

	it('refuses a hostile file with its reason and writes nothing', async () => {
		const state = create();
		await state.open(file('{"format":"spasm-log-backup","formatVersion":7,"data":{}}'));
		expect(state.restore).toMatchObject({
			step: 'refused',
			message: expect.stringContaining('newer version')
		});
		expect(await data.backup.readAll()).toEqual(await createDataLayer(data.db).backup.readAll());
		expect(await data.water.count()).toBe(0);
	});
});
