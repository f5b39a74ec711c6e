import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWaterIntake } from '$lib/domain';
import { SpasmLogDatabase } from './database';
import { UpdatedElsewhereError } from './errors';
import { createDataLayer } from './index';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

const opened: SpasmLogDatabase[] = [];
afterEach(async () => {
	for (const db of opened.splice(0)) {
		db.close();
		await db.delete();
	}
});

/** The schema a future app version might ship: everything as now, plus one table. */
const NEXT: readonly Migration[] = [
	...MIGRATIONS,
	{
		version: LATEST_VERSION + 1,
		description: 'test only',
		stores: { ...MIGRATIONS[MIGRATIONS.length - 1]!.stores, notes: 'id' }
	}
];

const water = () =>
	createWaterIntake({ ml: 250 }, { now: new Date('2026-11-24T08:00:00Z'), timeZone: 'UTC' });

async function openTabs() {
	const name = `versionchange-${crypto.randomUUID()}`;
	const thisTab = createDataLayer(new SpasmLogDatabase(name));
	await thisTab.db.open();
	const listener = vi.fn();
	const stop = thisTab.onUpgradedElsewhere(listener);
	const otherTab = new SpasmLogDatabase(name, NEXT);
	opened.push(otherTab);
	return { thisTab, otherTab, listener, stop };
}

describe('another tab upgrading the database', () => {
	it('closes this connection so the upgrade goes ahead, and tells the app once', async () => {
		const { thisTab, otherTab, listener } = await openTabs();
		await otherTab.open();
		expect(otherTab.verno).toBe(LATEST_VERSION + 1);
		expect(thisTab.db.isOpen()).toBe(false);
		expect(listener).toHaveBeenCalledTimes(1);
	});

	it('does not reopen with the old schema: a later write fails clearly and writes nothing', async () => {
		const { thisTab, otherTab } = await openTabs();
		await otherTab.open();
		await expect(thisTab.water.add(water())).rejects.toBeInstanceOf(UpdatedElsewhereError);
		expect(thisTab.db.isOpen()).toBe(false);
		expect(await otherTab.water.count()).toBe(0);
	});

	it('stops telling a listener that unsubscribed (Dexie then closes as usual)', async () => {
		const { otherTab, listener, stop } = await openTabs();
		stop();
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		await otherTab.open();
		warn.mockRestore();
		expect(listener).not.toHaveBeenCalled();
	});
});
