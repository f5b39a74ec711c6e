import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWaterIntake, DEFAULT_SETTINGS } from '$lib/domain';
import { SpasmLogDatabase } from './database';
import { guardWrite, StorageFullError } from './errors';
import { simulateFullDisk } from '$test-support/full-disk-simulator';
import { createDataLayer, type DataLayer } from './index';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

const water = (ml = 250) =>
	createWaterIntake({ ml }, { now: new Date('2026-11-24T08:00:00Z'), timeZone: 'UTC' });

let data: DataLayer;
const disk = { full: false };

beforeEach(async () => {
	disk.full = false;
	const db = new SpasmLogDatabase(`full-${crypto.randomUUID()}`);
	simulateFullDisk(db, disk);
	data = createDataLayer(db);
	await db.open();
});

afterEach(async () => {
	data.db.close();
	await data.db.delete();
});

describe('a full disk', () => {
	it('turns an add into StorageFullError and stores nothing', async () => {
		disk.full = true;
		const error = await data.water.add(water()).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StorageFullError);
		expect((error as Error).message).toMatch(/out of storage space.*nothing was saved/);
		expect(await data.water.count()).toBe(0);
	});

	it('leaves a record exactly as it was when its update fails inside a transaction', async () => {
		const original = await data.water.add(water(250));
		disk.full = true;
		await expect(data.water.update({ ...original, ml: 500 })).rejects.toBeInstanceOf(StorageFullError);
		expect(await data.water.get(original.id)).toEqual(original);
	});

	it('keeps the deleted record when a delete cannot be written', async () => {
		const original = await data.water.add(water());
		disk.full = true;
		await expect(data.water.delete(original.id)).rejects.toBeInstanceOf(StorageFullError);
		expect(await data.water.get(original.id)).toEqual(original);
	});

	it('keeps the stored settings when saving new ones fails', async () => {
		disk.full = true;
		await expect(data.settings.update({ waterGoalMl: 3000 })).rejects.toBeInstanceOf(StorageFullError);
		disk.full = false;
		expect(await data.settings.get()).toEqual(DEFAULT_SETTINGS);
	});

	it('works again once space is freed', async () => {
		disk.full = true;
		await expect(data.water.add(water())).rejects.toBeInstanceOf(StorageFullError);
		disk.full = false;
		await data.water.add(water());
		expect(await data.water.count()).toBe(1);
	});
});

describe('guardWrite', () => {
	const cases: [string, unknown][] = [
		['a QuotaExceededError DOMException', quotaError()],
		['Dexie.QuotaExceededError', new Dexie.QuotaExceededError('full')],
		['an AbortError wrapping one (Dexie `inner`)', new Dexie.AbortError('Transaction aborted', quotaError())],
		['an error whose `cause` is one', new Error('write failed', { cause: quotaError() })]
	];
	for (const [what, error] of cases) {
		it(`maps ${what} to StorageFullError`, async () => {
			await expect(guardWrite(() => Promise.reject(error))).rejects.toBeInstanceOf(StorageFullError);
		});
	}

	it('passes other errors through unchanged', async () => {
		const other = new Dexie.ConstraintError('duplicate key');
		await expect(guardWrite(() => Promise.reject(other))).rejects.toBe(other);
	});
});
