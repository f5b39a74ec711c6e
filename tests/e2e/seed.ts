import type { Page } from '@playwright/test';
import { createEpisode, noSigns, type NewEpisode } from '../../src/lib/domain/records';
import { RECORD_KINDS, type Logs, type SpasmEpisode } from '../../src/lib/domain/types';
import { validateRecord } from '../../src/lib/domain/validation';
import { LATEST_VERSION } from '../../src/lib/db/migrations';
import { expect, ready } from './fixtures';

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
 * Waits until the app has created its database at the code's latest schema version (Dexie
 * multiplies it by 10 for IndexedDB), so the schema is the app's own. The app does not see raw writes: reload afterwards.
 */
export async function seed(page: Page, records: Partial<Logs>): Promise<void> {
	// Only what the app itself could have written goes in.
	for (const kind of RECORD_KINDS) {
		for (const record of records[kind] ?? []) {
			const result = validateRecord(kind, record);
			if (!result.ok) throw result.error;
		}
	}
	await seedRaw(page, records as Record<string, object[]>);
}

/**
 * Writes rows exactly as given, unvalidated, as corruption or a bug would leave them (specs of how
 * the app copes with unreadable records). Same waiting as `seed`; reload afterwards.
 */
export async function seedRaw(page: Page, rows: Record<string, object[]>): Promise<void> {
	await expect
		.poll(() =>
			page.evaluate(
				async (version) =>
					(await indexedDB.databases()).some((d) => d.name === 'spasm-log' && d.version === version),
				LATEST_VERSION * 10
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
	}, rows);
}

/** Opens Today (so the app creates its database), then writes a whole history of known logs. */
export async function seedLogs(page: Page, logs: Logs): Promise<void> {
	await page.goto('/');
	await ready(page);
	await seed(page, logs);
}

/** Every stored episode, read straight from IndexedDB (what the person would find after a restart). */
export async function storedEpisodes(page: Page): Promise<Record<string, unknown>[]> {
	return page.evaluate(
		() =>
			new Promise<Record<string, unknown>[]>((resolve, reject) => {
				const open = indexedDB.open('spasm-log');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const request = open.result.transaction('episodes').objectStore('episodes').getAll();
					request.onsuccess = () => {
						open.result.close();
						resolve(request.result);
					};
					request.onerror = () => reject(request.error);
				};
			})
	);
}
