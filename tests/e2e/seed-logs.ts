import type { Page } from '@playwright/test';
import { RECORD_KINDS, type Logs } from '../../src/lib/domain/types';
import { validateRecord } from '../../src/lib/domain/validation';
import { expect, ready } from './fixtures';

/**
 * Writes records straight into the app's IndexedDB database, as the data layer stores them, so a
 * spec can start from weeks of known history without a test-only door in the production build.
 * Opens Today first so Dexie creates the database with the current schema; raw writes are not seen
 * by open live queries, so navigate (or reload) afterwards. Every record is validated first, so the
 * database holds only what the app itself could have written.
 */
export async function seedLogs(page: Page, logs: Logs): Promise<void> {
	for (const kind of RECORD_KINDS) {
		for (const record of logs[kind]) {
			const result = validateRecord(kind, record);
			if (!result.ok) throw result.error;
		}
	}
	await page.goto('/');
	await ready(page);
	await expect
		.poll(() => page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'spasm-log')))
		.toBe(true);
	await page.evaluate(async (records) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('spasm-log');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const stores = Object.keys(records) as (keyof typeof records)[];
		const tx = db.transaction(stores, 'readwrite');
		for (const store of stores) for (const record of records[store]) tx.objectStore(store).put(record);
		await new Promise<void>((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, logs);
}
