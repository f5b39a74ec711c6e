import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { createEpisode, createWaterIntake } from '$lib/domain';
import { createDataLayer, SpasmLogDatabase, type DataLayer } from '$lib/db';
import { Clock } from './clock.svelte';
import { HistoryState, dayRows, parseIdList, type HistoryEntry } from './history.svelte';

describe('parseIdList', () => {
	it.each([
		[null, null],
		['', null],
		[' , ,', null],
		['a', ['a']],
		['b, a ,b,', ['b', 'a']]
	])('%j → %j', (value, expected) => {
		expect(parseIdList(value)).toEqual(expected);
	});
});

describe('dayRows', () => {
	const opts = { now: new Date('2026-11-24T20:00:00Z'), timeZone: 'UTC' };
	const drink = (ml: number, hour: number): HistoryEntry => {
		const record = createWaterIntake(
			{ ml, at: new Date(`2026-11-24T${String(hour).padStart(2, '0')}:00:00Z`) },
			opts
		);
		return { kind: 'water', record, time: record.at };
	};
	const cramp = (hour: number): HistoryEntry => {
		const record = createEpisode(
			{ kind: 'cramp', startedAt: new Date(`2026-11-24T${String(hour).padStart(2, '0')}:00:00Z`) },
			opts
		);
		return { kind: 'episodes', record, time: record.startedAt };
	};
	const shape = (entries: HistoryEntry[]) =>
		dayRows(entries).map((r) =>
			r.type === 'entry' ? r.entry.kind : `drinks ${r.entries.length} ${r.totalMl}`
		);

	it('keeps a single drink as its own row', () => {
		expect(shape([cramp(12), drink(250, 9)])).toEqual(['episodes', 'water']);
	});

	it('sums two or more drinks in one row where the latest drink stood', () => {
		expect(shape([drink(500, 18), cramp(12), drink(250, 9), drink(330, 8)])).toEqual([
			'drinks 3 1080',
			'episodes'
		]);
		expect(shape([cramp(19), drink(500, 18), drink(250, 9)])).toEqual(['episodes', 'drinks 2 750']);
	});

	it('leaves a day without drinks as it was', () => {
		expect(shape([cramp(19), cramp(8)])).toEqual(['episodes', 'episodes']);
	});
});

describe('HistoryState with chosen ids', () => {
	let data: DataLayer;
	let stop: () => void;
	let history!: HistoryState;
	const ids = $state<{ value: string[] | null }>({ value: null });

	beforeEach(() => {
		data = createDataLayer(new SpasmLogDatabase(`history-${crypto.randomUUID()}`));
		ids.value = null;
		stop = $effect.root(() => {
			history = new HistoryState(data, new Clock(), { ids: () => ids.value });
		});
		flushSync();
	});

	afterEach(async () => {
		stop();
		data.db.close();
		await data.db.delete();
	});

	const entryIds = () => history.days.flatMap((d) => d.entries.map((e) => e.record.id));

	it('shows only the chosen entries, even older than the first page, and follows a delete', async () => {
		const old = await data.episodes.add(createEpisode({ startedAt: new Date(Date.now() - 40 * 86_400_000) }));
		const recent = await data.episodes.add(createEpisode());
		const water = await data.water.add(createWaterIntake({ ml: 250 }));
		await vi.waitFor(() => expect(entryIds().sort()).toEqual([recent.id, water.id].sort()));
		expect(history.hasEarlier).toBe(true);

		ids.value = [old.id, water.id, 'gone'];
		flushSync();
		await vi.waitFor(() => expect(history.loaded).toBe(true));
		expect(entryIds().sort()).toEqual([old.id, water.id].sort());
		expect(history.foundCount).toBe(2);
		expect(history.hasEarlier).toBe(false);

		await data.episodes.delete(old.id);
		await vi.waitFor(() => expect(entryIds()).toEqual([water.id]));

		ids.value = null;
		flushSync();
		await vi.waitFor(() => expect(entryIds().sort()).toEqual([recent.id, water.id].sort()));
	});
});
