import { describe, expect, it } from 'vitest';
import { createDataLayer } from './index';
import { SpasmLogDatabase } from './database';
import { LATEST_VERSION } from './migrations';

/** A database written by a newer app version: native version (×10, as Dexie stores it) and one store. */
function createNative(name: string, nativeVersion: number): Promise<void> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(name, nativeVersion);
		request.onupgradeneeded = () => request.result.createObjectStore('water', { keyPath: 'id' });
		request.onsuccess = () => {
			request.result.close();
			resolve();
		};
		request.onerror = () => reject(request.error);
	});
}

async function nativeState(name: string): Promise<{ version: number; stores: string[] }> {
	const db = await new Promise<IDBDatabase>((resolve, reject) => {
		const request = indexedDB.open(name);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	const state = { version: db.version, stores: [...db.objectStoreNames] };
	db.close();
	return state;
}

describe('a database newer than this code', () => {
	it('is never opened, patched or written, and the app is told', async () => {
		const name = `test-${crypto.randomUUID()}`;
		const native = (LATEST_VERSION + 1) * 10;
		await createNative(name, native);
		const data = createDataLayer(new SpasmLogDatabase(name));
		let told = 0;
		data.db.onNewer(() => told++);
		expect(await data.db.isNewer()).toBe(true);

		const write = data.settings.update({ waterGoalMl: 2500 });
		const outcome = await Promise.race([
			write.then(() => 'written'),
			new Promise((resolve) => setTimeout(() => resolve('waiting'), 200))
		]);
		expect(outcome).toBe('waiting');
		expect(told).toBe(1);
		expect(await nativeState(name)).toEqual({ version: native, stores: ['water'] });
	});

	it('opens the current version normally', async () => {
		const data = createDataLayer(new SpasmLogDatabase(`test-${crypto.randomUUID()}`));
		await data.settings.update({ waterGoalMl: 2500 });
		expect(await data.db.isNewer()).toBe(false);
		data.db.close();
		await data.db.delete();
	});
});
