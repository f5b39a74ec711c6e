import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discardDataLayer, openFreshDataLayer } from '$test-support/fresh-data-layer';
import { episode, water } from '$test-support/log-factories';
import { createDataLayer, SpasmLogDatabase, type DataLayer } from './index';
import { foldEdits, pendingEditKey, type PendingEdit } from './pending-edits';

const DAY = '2026-11-24';

let data: DataLayer;

beforeEach(async () => {
	data = await openFreshDataLayer();
});

afterEach(() => discardDataLayer(data));

/** Closes the connection as a closed tab would and opens the same database again. */
async function reopen(): Promise<DataLayer> {
	data.db.close();
	const again = createDataLayer(new SpasmLogDatabase(data.db.name));
	await again.db.open();
	data = again;
	return again;
}

/** The journal writes with raw IndexedDB and commits on its own; wait until its row is there. */
async function journalled(count: number): Promise<PendingEdit[]> {
	for (let i = 0; i < 50; i++) {
		const rows = await data.db.pendingEdits.toArray();
		if (rows.length >= count) return rows;
		await new Promise((resolve) => setTimeout(resolve, 2));
	}
	return data.db.pendingEdits.toArray();
}

const edit = (over: Partial<PendingEdit>): PendingEdit => ({
	key: 'episodes e1 intensity',
	kind: 'episodes',
	recordId: 'e1',
	field: 'intensity',
	value: 8,
	from: [5],
	at: Date.parse('2026-11-24T10:00:00Z'),
	token: 't',
	...over
});

describe('foldEdits', () => {
	const stored = { id: 'e1', intensity: 5, notes: '', updatedAt: '2026-11-24T09:00:00.000Z' };

	it('takes a change whose field nobody else changed', () => {
		expect(foldEdits(stored, [edit({})])).toMatchObject({ intensity: 8 });
	});

	it('keeps a later change made elsewhere to the same field', () => {
		const later = { ...stored, intensity: 2, updatedAt: '2026-11-24T11:00:00.000Z' };
		expect(foldEdits(later, [edit({})])).toBeNull();
	});

	it('takes a change newer than the record even if the field moved (the sheet’s own earlier write)', () => {
		const earlier = { ...stored, intensity: 6, updatedAt: '2026-11-24T09:30:00.000Z' };
		expect(foldEdits(earlier, [edit({})])).toMatchObject({ intensity: 8 });
	});

	it('changes nothing when the record already holds the value, and never touches identity or stamps', () => {
		expect(foldEdits({ ...stored, intensity: 8 }, [edit({})])).toBeNull();
		expect(
			foldEdits(stored, [edit({ field: 'id', value: 'x' }), edit({ field: 'updatedAt', value: 'x' })])
		).toBeNull();
	});
});

describe('the pending-edits journal', () => {
	it('folds an edit whose patch never ran into the record when the database opens again', async () => {
		const e = await data.episodes.add(episode(DAY, { intensity: 5 }));
		data.episodes.journal(
			e.id,
			{ intensity: 9, notes: 'woke me up' },
			{ intensity: [5, 5], notes: ['', ''] }
		);
		expect(await journalled(2)).toHaveLength(2);
		const again = await reopen();
		expect(await again.episodes.get(e.id)).toMatchObject({ intensity: 9, notes: 'woke me up' });
		expect(Date.parse((await again.episodes.get(e.id))!.updatedAt)).toBeGreaterThan(
			Date.parse(e.updatedAt) - 1
		);
		expect(await again.db.pendingEdits.count()).toBe(0);
	});

	it('is cleared by the patch that carries the change, but not a newer change of the same field', async () => {
		const e = await data.episodes.add(episode(DAY, { intensity: 5 }));
		const first = data.episodes.journal(e.id, { intensity: 6 }, { intensity: [5, 5] });
		await journalled(1);
		const second = data.episodes.journal(e.id, { intensity: 7 }, { intensity: [6, 5] });
		await data.patchEpisode(e.id, { intensity: 6 }, e, undefined, first);
		expect((await data.db.pendingEdits.toArray()).map((r) => r.token)).toEqual([second]);
		await data.patchEpisode(e.id, { intensity: 7 }, undefined, undefined, second);
		expect(await data.db.pendingEdits.count()).toBe(0);
	});

	it('drops an edit that would make the record invalid, and one whose record is gone', async () => {
		const e = await data.episodes.add(episode(DAY, { intensity: 5 }));
		const w = await data.water.add(water(DAY, 250));
		data.episodes.journal(e.id, { intensity: 42 }, { intensity: [5] });
		data.water.journal(w.id, { ml: 500 }, { ml: [250] });
		await journalled(2);
		await data.water.delete(w.id);
		const again = await reopen();
		expect(await again.episodes.get(e.id)).toMatchObject({ intensity: 5 });
		expect(await again.water.get(w.id)).toBeUndefined();
		expect(await again.db.pendingEdits.count()).toBe(0);
	});

	it('keeps a change made in another tab after the journalled one', async () => {
		const e = await data.episodes.add(episode(DAY, { intensity: 5 }));
		data.episodes.journal(e.id, { intensity: 9 }, { intensity: [5, 5] }, Date.now() - 60_000);
		await journalled(1);
		await data.episodes.patch(e.id, { intensity: 2 });
		const again = await reopen();
		expect(await again.episodes.get(e.id)).toMatchObject({ intensity: 2 });
	});

	it('keys one row per record field', () => {
		expect(pendingEditKey('episodes', 'abc', 'notes')).toBe('episodes abc notes');
	});
});
