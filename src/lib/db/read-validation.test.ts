import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discardDataLayer, openFreshDataLayer } from '$test-support/fresh-data-layer';
import { createMedicationDose, type RecordKind } from '$lib/domain';
import { episode, exercise, food, water } from '$test-support/log-factories';
import type { DataLayer } from './index';

const DAY = '2026-11-24';

let data: DataLayer;

beforeEach(async () => {
	data = await openFreshDataLayer();
});

afterEach(() => discardDataLayer(data));

/** Writes straight into the table, past the repository's validation, as corruption or a bug would. */
async function store(kind: RecordKind | 'checkins', row: object): Promise<void> {
	await data.db.table(kind).put(row);
}

function without<T extends object>(record: T, key: keyof T): object {
	const copy: Partial<T> = { ...record };
	delete copy[key];
	return copy;
}

const dose = () =>
	createMedicationDose(
		{ name: 'Magnesium', kind: 'supplement', amount: 300, unit: 'mg', at: new Date('2026-11-24T08:00:00Z') },
		{ now: new Date('2026-11-24T08:00:00Z'), timeZone: 'Europe/Berlin' }
	);

// Each shape the reliability finding reproduced, plus the neighbours a sum would trip on.
const BAD: [string, RecordKind, () => object, string][] = [
	['triggers: null', 'episodes', () => ({ ...episode(DAY), triggers: null }), 'Triggers: must be a list'],
	['signs missing', 'episodes', () => without(episode(DAY), 'signs'), 'Warning signs: missing'],
	['mg: null', 'foods', () => ({ ...food(DAY, {}), mg: null }), 'Minerals: not readable'],
	['ml as text', 'water', () => ({ ...water(DAY, 250), ml: '250' }), 'Amount must be a number'],
	['ml NaN', 'water', () => ({ ...water(DAY, 250), ml: Number.NaN }), 'Amount must be a number'],
	[
		'minutes NaN',
		'exercise',
		() => ({ ...exercise(DAY, 30), minutes: Number.NaN }),
		'Minutes must be a number'
	],
	['amount as text', 'medications', () => ({ ...dose(), amount: '300' }), 'Amount must be a number']
];

describe('reading validates', () => {
	it.each(BAD)('%s: left out of every read, listed as unreadable', async (_name, kind, make, problem) => {
		const good = kind === 'medications' ? dose() : kind === 'episodes' ? episode(DAY) : water(DAY, 500);
		const goodKind: RecordKind = kind === 'medications' || kind === 'episodes' ? kind : 'water';
		await data.records[goodKind].add(good as never);
		const bad = make() as { id: string; day: string };
		await store(kind, bad);

		const repo = data.records[kind];
		expect((await repo.all()).map((r) => r.id)).not.toContain(bad.id);
		expect((await repo.listByDayRange(bad.day, bad.day)).map((r) => r.id)).not.toContain(bad.id);
		expect((await repo.latest(10)).map((r) => r.id)).not.toContain(bad.id);
		expect(await repo.get(bad.id)).toBeUndefined();
		const logs = await data.logsInRange(bad.day, bad.day);
		expect(logs[goodKind].map((r) => r.id)).toContain(good.id);
		expect(logs[kind].map((r) => r.id)).not.toContain(bad.id);
		expect((await data.allLogs())[kind].map((r) => r.id)).not.toContain(bad.id);

		const unreadable = await data.unreadable();
		expect(unreadable).toEqual([
			{ kind, id: bad.id, day: DAY, time: expect.any(String), problems: [problem] }
		]);
	});

	it('keeps an unreadable record in the backup', async () => {
		const bad = { ...water(DAY, 250), ml: '250' };
		await store('water', bad);
		const backup = await data.backup.readAll();
		expect(backup.tables.water).toEqual([bad]);
	});

	it('reads a record whose day and time are broken too, without either', async () => {
		await store('water', { id: 'not-a-uuid', day: 42, at: 'yesterday', ml: 250 });
		expect(await data.unreadable()).toEqual([
			{
				kind: 'water',
				id: 'not-a-uuid',
				day: null,
				time: null,
				problems: ['Id: must be a UUID', 'Time: not a date and time', 'Day: must be a day', 'and 1 more']
			}
		]);
	});

	it('skips unreadable rows when finding the first and previous days', async () => {
		await data.water.add(water('2026-11-20', 250));
		await store('water', { ...water('2026-11-10', 250), ml: null });
		expect(await data.water.firstDay()).toBe('2026-11-20');
		expect(await data.firstDay()).toBe('2026-11-20');
		expect(await data.lastDayBefore('2026-11-19')).toBeUndefined();
	});

	it('deletes an unreadable record with a tombstone, and Undo puts it back as stored', async () => {
		const bad = { ...episode(DAY), triggers: null };
		await store('episodes', bad);
		const deleted = await data.episodes.delete(bad.id);
		expect(deleted).toEqual(bad);
		expect(await data.unreadable()).toEqual([]);
		expect((await data.db.deletions.toArray()).map((d) => d.id)).toEqual([bad.id]);

		await data.episodes.restoreAsStored(deleted);
		expect(await data.db.episodes.get(bad.id)).toEqual(bad);
		expect(await data.db.deletions.count()).toBe(0);
		expect((await data.unreadable()).map((r) => r.id)).toEqual([bad.id]);
	});

	it('leaves out an unreadable check-in', async () => {
		await store('checkins', { id: crypto.randomUUID(), day: DAY, at: null, updatedAt: null });
		expect(await data.checkins.listByDayRange(DAY, DAY)).toEqual([]);
		expect(await data.checkins.all()).toEqual([]);
		expect(await data.checkins.firstDay()).toBeUndefined();
	});
});
