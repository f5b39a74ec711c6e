import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { createEpisode, createWaterIntake } from '$lib/domain';
import { createDataLayer, SpasmLogDatabase, type DataLayer } from '$lib/db';
import { Clock } from './clock.svelte';
import { HistoryState, parseIdList } from './history.svelte';

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
