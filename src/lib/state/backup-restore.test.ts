import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDataLayer, SpasmLogDatabase, type DataLayer } from '$lib/db';
import { buildBackupFile } from '$lib/domain/backup';
import { sampleBackupData } from '$test-support/backup-factories';
import { simulateFullDisk } from '$test-support/full-disk-simulator';
import {
	handleRestoreRequest,
	RestoreSession,
	type RestoreMessage,
	type RestoreRequest
} from './backup-restore';

const meta = { appVersion: '0.1.0', schemaVersion: 2, exportedAt: '2026-12-01T10:00:00.000+01:00' };
const disk = { full: false };
let data: DataLayer;

beforeEach(() => {
	disk.full = false;
	const db = new SpasmLogDatabase(`restore-${crypto.randomUUID()}`);
	simulateFullDisk(db, disk);
	data = createDataLayer(db);
});

afterEach(async () => {
	data.db.close();
	await data.db.delete();
});

const backupFile = () => new Blob([JSON.stringify(buildBackupFile(sampleBackupData(), meta))]);

/** What the worker posts for one request, in order. */
async function messages(session: RestoreSession, request: RestoreRequest): Promise<RestoreMessage[]> {
	const out: RestoreMessage[] = [];
	await handleRestoreRequest(session, request, (m) => out.push(m));
	return out;
}

describe('a restore as the worker runs it', () => {
	it('answers open with a preview of counts only, then writes on merge', async () => {
		const session = new RestoreSession(data);
		const opened = await messages(session, { type: 'open', database: data.db.name, file: backupFile() });
		const preview = opened.at(-1);
		if (preview?.type !== 'preview') throw new Error(`expected a preview, got ${preview?.type}`);
		expect(preview.preview.rows.find((r) => r.table === 'episodes')).toMatchObject({ added: 1, inFile: 1 });
		// The records stay with the session: the page is never sent them.
		expect(preview.preview.read).not.toHaveProperty('data');
		expect(preview.preview.localCount).toBe(0);
		expect(await data.episodes.count()).toBe(0);

		const written = await messages(session, { type: 'merge' });
		expect(written.at(-1)).toMatchObject({ type: 'written' });
		expect(written.filter((m) => m.type === 'writing').length).toBeGreaterThan(0);
		expect(await data.episodes.count()).toBe(1);
	});

	it('refuses a hostile file with its reason', async () => {
		const session = new RestoreSession(data);
		const opened = await messages(session, {
			type: 'open',
			database: data.db.name,
			file: new Blob(['{"format":"something-else"}'])
		});
		expect(opened).toEqual([
			{ type: 'error', code: 'not-a-backup', message: 'This file is not a Spasm Log backup.' }
		]);
		expect(await messages(session, { type: 'merge' })).toEqual([
			{ type: 'failed', message: 'The restore could not be written. Nothing was changed.' }
		]);
	});

	it('says the disk is full and writes nothing when the write is refused', async () => {
		const session = new RestoreSession(data);
		await messages(session, { type: 'open', database: data.db.name, file: backupFile() });
		disk.full = true;
		const written = await messages(session, { type: 'merge' });
		const last = written.at(-1);
		expect(last?.type).toBe('failed');
		expect(last?.type === 'failed' && last.message).toMatch(/Nothing was changed\.$/);
		expect(last?.type === 'failed' && last.message).not.toBe(
			'The restore could not be written. Nothing was changed.'
		);
		disk.full = false;
		expect(await data.episodes.count()).toBe(0);
		expect(await data.water.count()).toBe(0);
	});
});
