import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discardDataLayer, openFreshDataLayer } from '$test-support/fresh-data-layer';
import { ValidationError, createWaterIntake } from '$lib/domain';
import type { DataLayer } from './index';

const ctx = (iso: string) => ({ now: new Date(iso), timeZone: 'Europe/Berlin' });
let data: DataLayer;

beforeEach(async () => {
	data = await openFreshDataLayer();
});

afterEach(() => discardDataLayer(data));

describe('CheckInRepository', () => {
	it('stores "none" for a day, answered now', async () => {
		const c = await data.checkins.markNone('2026-03-09', ctx('2026-03-10T08:30:00Z'));
		expect(c).toMatchObject({ day: '2026-03-09', at: '2026-03-10T09:30:00.000+01:00' });
		expect(c.updatedAt).toBe(c.at);
		expect(await data.checkins.listByDayRange('2026-03-09', '2026-03-09')).toEqual([c]);
	});

	it('keeps one check-in a day: a second answer returns the first', async () => {
		const first = await data.checkins.markNone('2026-03-10', ctx('2026-03-10T18:00:00Z'));
		const second = await data.checkins.markNone('2026-03-10', ctx('2026-03-10T19:00:00Z'));
		expect(second).toEqual(first);
		expect(await data.checkins.all()).toHaveLength(1);
	});

	it('rejects a day that is not a day, and stores nothing', async () => {
		await expect(data.checkins.markNone('2026-02-30', ctx('2026-03-10T18:00:00Z'))).rejects.toBeInstanceOf(
			ValidationError
		);
		expect(await data.checkins.all()).toEqual([]);
	});

	it('counts for the tracked start and is part of every log read', async () => {
		await data.water.add(createWaterIntake({ ml: 250 }, ctx('2026-03-05T08:00:00Z')));
		const c = await data.checkins.markNone('2026-03-01', ctx('2026-03-01T19:00:00Z'));
		expect(await data.firstDay()).toBe('2026-03-01');
		expect((await data.allLogs()).checkins).toEqual([c]);
		expect((await data.logsInRange('2026-03-01', '2026-03-02')).checkins).toEqual([c]);
		expect((await data.logsInRange('2026-03-02', '2026-03-09')).checkins).toEqual([]);
	});

	it('deletes and restores', async () => {
		const c = await data.checkins.markNone('2026-03-10', ctx('2026-03-10T18:00:00Z'));
		expect(await data.checkins.delete(c.id)).toEqual(c);
		expect(await data.checkins.all()).toEqual([]);
		await data.checkins.restore(c);
		expect(await data.checkins.all()).toEqual([c]);
	});

	it('lists a broken check-in as unreadable, skips it in reads, and deletes it with a tombstone and undo', async () => {
		const good = await data.checkins.markNone('2026-03-09', ctx('2026-03-10T08:30:00Z'));
		const id = crypto.randomUUID();
		const broken = { id, day: '2026-03-08', at: 'yesterday', updatedAt: good.updatedAt };
		await data.db.checkins.put(broken as never);

		expect(await data.checkins.all()).toEqual([good]);
		const [unreadable, ...others] = await data.unreadable();
		expect(others).toEqual([]);
		expect(unreadable).toEqual({
			kind: 'checkins',
			id,
			day: '2026-03-08',
			time: null,
			problems: ['Time: not a date and time']
		});

		const deleted = await data.checkins.deleteAsStored(id, new Date('2026-03-10T09:00:00Z'));
		expect(deleted).toEqual(broken);
		expect(await data.unreadable()).toEqual([]);
		expect(await data.db.deletions.toArray()).toEqual([
			{ id, kind: 'checkins', deletedAt: expect.stringMatching(/^2026-03-10T/) }
		]);

		await data.checkins.restoreAsStored(deleted);
		expect(await data.db.checkins.get(id)).toEqual(broken);
		expect(await data.db.deletions.count()).toBe(0);
		expect(await data.checkins.all()).toEqual([good]);
	});
});
