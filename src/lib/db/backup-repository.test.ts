import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildBackupFile, planMerge, readBackupText, syncStateOf } from '$lib/domain/backup';
import { sampleBackupData } from '$test-support/backup-factories';
import { simulateFullDisk } from '$test-support/full-disk-simulator';
import { createDataLayer, SpasmLogDatabase, StorageFullError, type DataLayer } from '.';

const meta = { appVersion: '0.1.0', schemaVersion: 2, exportedAt: '2026-12-01T10:00:00.000+01:00' };
const disk = { full: false };
let data: DataLayer;

function layer(): DataLayer {
	const db = new SpasmLogDatabase(`backup-${crypto.randomUUID()}`);
	simulateFullDisk(db, disk);
	return createDataLayer(db);
}

beforeEach(() => {
	disk.full = false;
	data = layer();
});

afterEach(async () => {
	data.db.close();
	await data.db.delete();
});

async function importFile(target: DataLayer, text: string) {
	const read = readBackupText(text);
	const local = await target.backup.readAll();
	const plan = planMerge(syncStateOf(local), syncStateOf(read.data));
	return target.backup.applyMerge(plan, read.data);
}

describe('backup round trip', () => {
	it('export → empty database → import gives every record, setting, custom food and tombstone back', async () => {
		await data.backup.replaceAll(sampleBackupData());
		const exported = JSON.stringify(buildBackupFile(await data.backup.readAll(), meta));

		const fresh = layer();
		try {
			const result = await importFile(fresh, exported);
			expect(result.written).toBe(6);
			expect(await fresh.backup.readAll()).toEqual(await data.backup.readAll());
			expect(await fresh.backup.readAll()).toEqual(sampleBackupData());
			expect((await fresh.settings.get()).units).toBe('us');
			expect(await fresh.customFoods.list()).toHaveLength(1);
		} finally {
			fresh.db.close();
			await fresh.db.delete();
		}
	});

	it('importing the same file twice changes nothing the second time', async () => {
		const text = JSON.stringify(buildBackupFile(sampleBackupData(), meta));
		await importFile(data, text);
		const before = await data.backup.readAll();
		const read = readBackupText(text);
		expect(planMerge(syncStateOf(before), syncStateOf(read.data)).empty).toBe(true);
	});

	it('a merge keeps this device’s settings and adds the file’s records', async () => {
		await data.settings.update({ units: 'metric', waterGoalMl: 1800 });
		await importFile(data, JSON.stringify(buildBackupFile(sampleBackupData(), meta)));
		expect((await data.settings.get()).waterGoalMl).toBe(1800);
		expect(await data.water.count()).toBe(1);
	});

	it('a deletion travels: the file’s tombstone removes the older record here', async () => {
		const sample = sampleBackupData();
		await data.backup.replaceAll(sample);
		const water = sample.tables.water[0]!;
		const later = { id: water.id, kind: 'water', deletedAt: '2026-11-30T10:00:00.000+01:00' };
		await importFile(
			data,
			JSON.stringify(buildBackupFile({ ...sampleBackupData(), deletions: [later] }, meta))
		);
		expect(await data.water.get(water.id)).toBeUndefined();
		expect(await data.db.deletions.get(water.id)).toEqual(later);
	});

	it('a refused import (full disk) leaves every table as it was', async () => {
		await data.water.add(sampleBackupData().tables.water[0] as never);
		const before = await data.backup.readAll();
		disk.full = true;
		await expect(
			importFile(data, JSON.stringify(buildBackupFile(sampleBackupData(), meta)))
		).rejects.toBeInstanceOf(StorageFullError);
		await expect(data.backup.replaceAll(sampleBackupData())).rejects.toBeInstanceOf(StorageFullError);
		disk.full = false;
		expect(await data.backup.readAll()).toEqual(before);
	});

	it('knows when records changed since the last backup', async () => {
		expect(await data.backup.changedSince(null)).toBe(false);
		await data.backup.replaceAll(sampleBackupData());
		expect(await data.backup.changedSince(null)).toBe(true);
		expect(await data.backup.changedSince('2026-11-25T10:00:00.000+01:00')).toBe(false);
		expect(await data.backup.changedSince('2026-11-24T00:30:00.000+01:00')).toBe(true);
		expect(await data.backup.firstDay()).toBe('2025-01-01');
	});
});
