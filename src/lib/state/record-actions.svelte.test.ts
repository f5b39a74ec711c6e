import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWaterIntake } from '$lib/domain';
import { createDataLayer, SpasmLogDatabase, StorageFullError, type DataLayer } from '$lib/db';
import { simulateFullDisk } from '$test-support/full-disk-simulator';
import { RecordActions } from './record-actions';
import { Snackbar } from './snackbar.svelte';

const water = () =>
	createWaterIntake({ ml: 250 }, { now: new Date('2026-11-24T08:00:00Z'), timeZone: 'UTC' });

let data: DataLayer;
let snackbar: Snackbar;
let afterAdd: ReturnType<typeof vi.fn<() => Promise<void>>>;
let actions: RecordActions;
const disk = { full: false };

beforeEach(async () => {
	disk.full = false;
	const db = new SpasmLogDatabase(`actions-${crypto.randomUUID()}`);
	simulateFullDisk(db, disk);
	data = createDataLayer(db);
	await db.open();
	snackbar = new Snackbar();
	afterAdd = vi.fn<() => Promise<void>>();
	actions = new RecordActions(data, snackbar, afterAdd);
});

afterEach(async () => {
	snackbar.dismiss();
	data.db.close();
	await data.db.delete();
});

describe('RecordActions on a full disk', () => {
	it('tells the person nothing was saved, saves nothing and rethrows for the form', async () => {
		disk.full = true;
		await expect(actions.add('water', water())).rejects.toBeInstanceOf(StorageFullError);
		expect(snackbar.message?.text).toBe(new StorageFullError().message);
		expect(await data.water.count()).toBe(0);
		expect(afterAdd).not.toHaveBeenCalled();
	});
});

describe('RecordActions after a save', () => {
	it('runs the after-add hook once per successful add', async () => {
		await actions.add('water', water());
		await vi.waitFor(() => expect(afterAdd).toHaveBeenCalledTimes(1));
	});

	it('still resolves with the saved record when the hook fails', async () => {
		afterAdd.mockRejectedValue(new Error('persist() blew up'));
		const entry = water();
		await expect(actions.add('water', entry)).resolves.toEqual(entry);
		await vi.waitFor(() => expect(afterAdd).toHaveBeenCalled());
	});
});

describe('RecordActions undo', () => {
	it('undoes each of three quick deletes, not only the last', async () => {
		const entries = [water(), water(), water()];
		for (const entry of entries) await actions.add('water', entry);
		for (const entry of entries) await actions.remove('water', entry.id);
		expect(await data.water.count()).toBe(0);
		const undos = snackbar.messages.filter((m) => m.action);
		expect(undos).toHaveLength(3);
		for (const message of undos) await snackbar.act(message.id);
		expect((await data.water.all()).map((w) => w.id).sort()).toEqual(entries.map((e) => e.id).sort());
	});

	it('keeps the Undo and says why when the restore fails, and restores on a later try', async () => {
		const entry = water();
		await actions.add('water', entry);
		await actions.remove('water', entry.id);
		const undo = snackbar.messages.find((m) => m.action)!;
		disk.full = true;
		await expect(snackbar.act(undo.id)).rejects.toBeInstanceOf(StorageFullError);
		expect(snackbar.messages.map((m) => m.text)).toEqual(['Drink deleted', new StorageFullError().message]);
		disk.full = false;
		await snackbar.act(undo.id);
		expect(await data.water.all()).toEqual([entry]);
	});
});

describe('RecordActions recently deleted', () => {
	it('keeps every quick delete restorable, beyond the three Undo messages on screen', async () => {
		const entries = [water(), water(), water(), water(), water()];
		for (const entry of entries) await actions.add('water', entry);
		for (const entry of entries) await actions.remove('water', entry.id);
		expect(snackbar.messages.filter((m) => m.action)).toHaveLength(3);
		expect(actions.deleted.entries.map((e) => e.record.id)).toEqual(entries.map((e) => e.id).reverse());
		for (const entry of [...actions.deleted.entries]) await actions.restore(entry.key);
		expect((await data.water.all()).map((w) => w.id).sort()).toEqual(entries.map((e) => e.id).sort());
		expect(actions.deleted.count).toBe(0);
		expect(await data.db.deletions.count()).toBe(0);
		expect(snackbar.message?.text).toBe('Drink restored');
	});

	it('drops an entry from the list when its Undo restores it, and its Undo when the list does', async () => {
		const [a, b] = [water(), water()];
		for (const entry of [a, b]) await actions.add('water', entry);
		await actions.remove('water', a.id);
		await actions.remove('water', b.id);
		const undoA = snackbar.messages.find((m) => m.action && actions.deleted.get(1)?.messageId === m.id)!;
		await snackbar.act(undoA.id);
		expect(actions.deleted.entries.map((e) => e.record.id)).toEqual([b.id]);
		await actions.restore(actions.deleted.entries[0]!.key);
		expect(snackbar.messages.some((m) => m.action)).toBe(false);
		expect(await data.water.count()).toBe(2);
	});

	it('writes once when Undo and Restore are tapped together', async () => {
		const entry = water();
		await actions.add('water', entry);
		await actions.remove('water', entry.id);
		const key = actions.deleted.entries[0]!.key;
		const results = await Promise.all([actions.restore(key), actions.restore(key)]);
		expect(results.sort()).toEqual([false, true]);
		expect(await data.water.all()).toEqual([entry]);
	});

	it('keeps the entry and says why when the restore fails, and restores on a later try', async () => {
		const entry = water();
		await actions.add('water', entry);
		await actions.remove('water', entry.id);
		const key = actions.deleted.entries[0]!.key;
		disk.full = true;
		await expect(actions.restore(key)).rejects.toBeInstanceOf(StorageFullError);
		expect(actions.deleted.get(key)?.busy).toBe(false);
		expect(await data.water.count()).toBe(0);
		disk.full = false;
		await expect(actions.restore(key)).resolves.toBe(true);
		expect(await data.water.all()).toEqual([entry]);
		expect(actions.deleted.count).toBe(0);
	});
});
