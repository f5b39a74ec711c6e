import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discardDataLayer, openFreshDataLayer } from '$test-support/fresh-data-layer';
import {
	ValidationError,
	createEpisode,
	createExerciseSession,
	createWaterIntake,
	type WaterIntake
} from '$lib/domain';
import { createDataLayer, type DataLayer } from './index';
import { SpasmLogDatabase } from './database';
import { RecordNotFoundError } from './errors';

const zone = 'Europe/Berlin';
const at = (iso: string) => ({ now: new Date(iso), timeZone: zone });

let data: DataLayer;

beforeEach(async () => {
	data = await openFreshDataLayer();
});

afterEach(() => discardDataLayer(data));

function water(iso: string, ml = 250): WaterIntake {
	return createWaterIntake({ ml }, at(iso));
}

describe('RecordRepository', () => {
	it('adds a record and reads it back unchanged', async () => {
		const entry = water('2026-11-24T08:00:00Z');
		await data.water.add(entry);
		expect(await data.water.get(entry.id)).toEqual(entry);
	});

	it('lists only the records of the day range, oldest first', async () => {
		const days = [
			'2026-11-20T10:00:00Z',
			'2026-11-22T18:00:00Z',
			'2026-11-21T07:00:00Z',
			'2026-11-23T09:00:00Z'
		];
		const entries = days.map((d) => water(d));
		for (const e of entries) await data.water.add(e);
		const listed = await data.water.listByDayRange('2026-11-21', '2026-11-22');
		expect(listed.map((e) => e.day)).toEqual(['2026-11-21', '2026-11-22']);
	});

	it('buckets a night entry by the local day it happened on', async () => {
		// 01:30 in Berlin is still the previous day in UTC.
		const entry = water('2026-11-24T00:30:00Z');
		await data.water.add(entry);
		expect((await data.water.listByDay('2026-11-24')).map((e) => e.id)).toEqual([entry.id]);
	});

	it('returns an empty list for a reversed range', async () => {
		await data.water.add(water('2026-11-24T08:00:00Z'));
		expect(await data.water.listByDayRange('2026-11-25', '2026-11-20')).toEqual([]);
	});

	it('updates a stored record', async () => {
		const entry = water('2026-11-24T08:00:00Z');
		await data.water.add(entry);
		await data.water.update({ ...entry, ml: 330 });
		expect((await data.water.get(entry.id))?.ml).toBe(330);
	});

	it('stamps updatedAt when an episode is edited', async () => {
		const episode = createEpisode({ kind: 'cramp' }, at('2026-11-24T08:00:00Z'));
		await data.episodes.add(episode);
		const saved = await data.episodes.update({ ...episode, intensity: 7 }, new Date('2026-11-24T09:00:00Z'));
		expect(Date.parse(saved.updatedAt)).toBe(Date.parse('2026-11-24T09:00:00Z'));
	});

	it('refuses to update a record that does not exist', async () => {
		await expect(data.water.update(water('2026-11-24T08:00:00Z'))).rejects.toBeInstanceOf(
			RecordNotFoundError
		);
	});

	it('deletes a record and returns it for undo', async () => {
		const entry = water('2026-11-24T08:00:00Z');
		await data.water.add(entry);
		expect(await data.water.delete(entry.id, new Date('2026-11-24T09:00:00Z'))).toEqual(entry);
		expect(await data.water.get(entry.id)).toBeUndefined();
		const tombstone = await data.db.deletions.get(entry.id);
		expect(tombstone).toMatchObject({ id: entry.id, kind: 'water' });
		expect(Date.parse(tombstone!.deletedAt)).toBe(Date.parse('2026-11-24T09:00:00Z'));
	});

	it('restores exactly what was deleted', async () => {
		const episode = createEpisode(
			{ kind: 'cramp', location: 'hamstring', side: 'right', intensity: 6, notes: 'after a run' },
			at('2026-11-24T08:00:00Z')
		);
		await data.episodes.add(episode);
		const deleted = await data.episodes.delete(episode.id);
		await data.episodes.restore(deleted!);
		expect(await data.episodes.get(episode.id)).toEqual(episode);
		expect(await data.db.deletions.get(episode.id)).toBeUndefined();
	});

	it('rejects a second add with the same id', async () => {
		const entry = water('2026-11-24T08:00:00Z');
		await data.water.add(entry);
		await expect(data.water.add({ ...entry, ml: 999 })).rejects.toThrow();
	});

	it('reports the first day across every kind', async () => {
		await data.water.add(water('2026-11-24T08:00:00Z'));
		await data.exercise.add(createExerciseSession({ minutes: 30 }, at('2026-11-02T08:00:00Z')));
		expect(await data.firstDay()).toBe('2026-11-02');
	});
});

describe('invalid input leaves the store unchanged', () => {
	const cases: [string, (e: WaterIntake) => unknown][] = [
		['zero ml', (e) => ({ ...e, ml: 0 })],
		['too much', (e) => ({ ...e, ml: 5001 })],
		['NaN', (e) => ({ ...e, ml: Number.NaN })],
		['Infinity', (e) => ({ ...e, ml: Number.POSITIVE_INFINITY })],
		['text amount', (e) => ({ ...e, ml: '250' })],
		['bad day', (e) => ({ ...e, day: '2026-02-30' })],
		['bad id', (e) => ({ ...e, id: 'not-a-uuid' })],
		['year 9999', (e) => ({ ...e, at: '9999-01-01T00:00:00.000Z' })],
		['null', () => null]
	];

	for (const [name, mutate] of cases) {
		it(`add: ${name}`, async () => {
			const entry = water('2026-11-24T08:00:00Z');
			await expect(data.water.add(mutate(entry) as WaterIntake)).rejects.toBeInstanceOf(ValidationError);
			expect(await data.water.count()).toBe(0);
		});

		it(`update: ${name}`, async () => {
			const entry = water('2026-11-24T08:00:00Z');
			await data.water.add(entry);
			await expect(data.water.update(mutate(entry) as WaterIntake)).rejects.toBeInstanceOf(ValidationError);
			expect(await data.water.get(entry.id)).toEqual(entry);
		});
	}

	it('names the failing field', async () => {
		const entry = water('2026-11-24T08:00:00Z');
		const error = await data.water.add({ ...entry, ml: -5 }).catch((e: unknown) => e);
		expect((error as ValidationError).fields).toHaveProperty('ml');
	});
});

describe('settings', () => {
	it('returns defaults before anything is saved', async () => {
		expect((await data.settings.get()).waterGoalMl).toBe(2000);
	});

	it('persists a change', async () => {
		await data.settings.update({ units: 'us', waterGoalMl: 2500 });
		expect(await data.settings.get()).toMatchObject({ units: 'us', waterGoalMl: 2500 });
	});

	it('rejects an invalid goal and keeps the old one', async () => {
		await data.settings.update({ waterGoalMl: 2500 });
		await expect(data.settings.update({ waterGoalMl: Number.NaN })).rejects.toBeInstanceOf(ValidationError);
		expect((await data.settings.get()).waterGoalMl).toBe(2500);
	});
});

describe('paging back through history', () => {
	it('finds the latest day with a record before a given day, across kinds', async () => {
		await data.water.add(water('2026-01-10T08:00:00Z'));
		await data.exercise.add(createExerciseSession({ minutes: 30 }, at('2026-03-02T08:00:00Z')));
		await data.water.add(water('2026-11-20T08:00:00Z'));
		expect(await data.lastDayBefore('2026-11-01')).toBe('2026-03-02');
	});

	it('finds nothing before the first record', async () => {
		await data.water.add(water('2026-11-20T08:00:00Z'));
		expect(await data.lastDayBefore('2026-11-20')).toBeUndefined();
	});
});

describe('patch', () => {
	const episodeAt = (iso: string) =>
		createEpisode({ kind: 'cramp', location: 'calf', side: null, intensity: 5 }, at(iso));

	it('changes only the given fields and stamps updatedAt', async () => {
		const entry = water('2026-11-24T08:00:00Z');
		await data.water.add(entry);
		const { record, conflicts } = await data.water.patch(
			entry.id,
			{ ml: 330 },
			entry,
			new Date('2026-11-24T10:00:00Z')
		);
		expect(record).toMatchObject({ id: entry.id, ml: 330, at: entry.at });
		expect(Date.parse(record.updatedAt)).toBe(Date.parse('2026-11-24T10:00:00Z'));
		expect(conflicts).toEqual([]);
		expect(await data.water.get(entry.id)).toEqual(record);
	});

	it('keeps fields someone else changed since the writer read the record', async () => {
		const episode = episodeAt('2026-11-24T08:00:00Z');
		await data.episodes.add(episode);
		await data.episodes.patch(episode.id, { intensity: 9 }, episode);
		const { record, conflicts } = await data.episodes.patch(episode.id, { notes: 'after a run' }, episode);
		expect(record).toMatchObject({ intensity: 9, notes: 'after a run' });
		expect(conflicts).toEqual([]);
	});

	it('reports a field both writers changed and keeps the later value', async () => {
		const episode = episodeAt('2026-11-24T08:00:00Z');
		await data.episodes.add(episode);
		await data.episodes.patch(episode.id, { intensity: 9 }, episode);
		const { record, conflicts } = await data.episodes.patch(episode.id, { intensity: 3 }, episode);
		expect(record.intensity).toBe(3);
		expect(conflicts).toEqual(['intensity']);
	});

	it('does not report a field both writers set to the same value', async () => {
		const episode = episodeAt('2026-11-24T08:00:00Z');
		await data.episodes.add(episode);
		await data.episodes.patch(episode.id, { intensity: 9 }, episode);
		expect((await data.episodes.patch(episode.id, { intensity: 9 }, episode)).conflicts).toEqual([]);
	});

	it('stamps updatedAt on every kind through update too', async () => {
		const entry = water('2026-11-24T08:00:00Z');
		await data.water.add(entry);
		const saved = await data.water.update({ ...entry, ml: 400 }, new Date('2026-11-24T11:00:00Z'));
		expect(Date.parse(saved.updatedAt)).toBe(Date.parse('2026-11-24T11:00:00Z'));
	});

	it('never changes the id', async () => {
		const entry = water('2026-11-24T08:00:00Z');
		await data.water.add(entry);
		const { record } = await data.water.patch(entry.id, { id: crypto.randomUUID(), ml: 300 });
		expect(record.id).toBe(entry.id);
		expect(await data.water.count()).toBe(1);
	});

	it('refuses a record that is gone', async () => {
		await expect(data.water.patch(crypto.randomUUID(), { ml: 300 })).rejects.toBeInstanceOf(
			RecordNotFoundError
		);
	});

	it('leaves the store unchanged when the merged record is invalid', async () => {
		const entry = water('2026-11-24T08:00:00Z');
		await data.water.add(entry);
		await expect(data.water.patch(entry.id, { ml: -1 })).rejects.toBeInstanceOf(ValidationError);
		expect(await data.water.get(entry.id)).toEqual(entry);
	});

	it('two tabs editing different fields of one episode keep both changes', async () => {
		const episode = episodeAt('2026-11-24T08:00:00Z');
		await data.episodes.add(episode);
		// A second connection to the same database stands in for a second tab.
		const other = createDataLayer(new SpasmLogDatabase(data.db.name));
		await other.db.open();
		try {
			const tabA = (await data.episodes.get(episode.id))!;
			const tabB = (await other.episodes.get(episode.id))!;
			await Promise.all([
				other.episodes.patch(episode.id, { intensity: 9 }, tabB),
				data.episodes.patch(episode.id, { notes: 'typed in tab A' }, tabA)
			]);
			for (const layer of [data, other]) {
				expect(await layer.episodes.get(episode.id)).toMatchObject({
					intensity: 9,
					notes: 'typed in tab A'
				});
			}
		} finally {
			other.db.close();
		}
	});
});
