import type { Page } from '@playwright/test';
import { createEpisode, noSigns, type NewEpisode } from '../../src/lib/domain/records';
import type { Logs, SpasmEpisode } from '../../src/lib/domain/types';
import { expect } from './fixtures';

const DAY_MS = 86_400_000;

/** The page's own time zone, so seeded records get the day the app itself would give them. */
export function pageTimeZone(page: Page): Promise<string> {
	return page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** An episode as the app would store it, started `daysAgo` days before now. */
export function episode(input: NewEpisode & { daysAgo?: number }, timeZone: string): SpasmEpisode {
	const { daysAgo = 0, ...rest } = input;
	const now = new Date();
	return createEpisode(
		{ signs: noSigns(), ...rest, startedAt: new Date(now.getTime() - daysAgo * DAY_MS - 60_000) },
		{ now, timeZone }
	);
}

/**
 * Writes records straight into the app's IndexedDB, as data from an earlier session would be.
 * Waits until the app has created its database (Dexie version 1 is IndexedDB version 10), so the
 * schema is the app's own. The app does not see raw writes: reload afterwards.
 */
export async function seed(page: Page, records: Partial<Logs>): Promise<void> {
	await expect
		.poll(() =>
			page.evaluate(async () =>
				(await indexedDB.databases()).some((d) => d.name === 'spasm-log' && d.version === 10)
			)
		)
		.toBe(true);
	await page.evaluate(async (records) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('spasm-log');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const stores = Object.keys(records);
		await new Promise<void>((resolve, reject) => {
			const tx = db.transaction(stores, 'readwrite');
			for (const [store, rows] of Object.entries(records)) {
				for (const row of rows as object[]) tx.objectStore(store).put(row);
			}
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, records);
}
