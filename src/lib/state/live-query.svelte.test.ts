import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { createWaterIntake } from '$lib/domain';
import { createDataLayer, SpasmLogDatabase, type DataLayer } from '$lib/db';
import { LiveQuery } from './live-query.svelte';

let name: string;
let data: DataLayer;
const cleanups: (() => void)[] = [];

beforeEach(() => {
	name = `live-${crypto.randomUUID()}`;
	data = createDataLayer(new SpasmLogDatabase(name));
});

afterEach(async () => {
	for (const stop of cleanups.splice(0)) stop();
	data.db.close();
	await data.db.delete();
});

function track<T, I>(make: () => LiveQuery<T, I>): LiveQuery<T, I> {
	let query!: LiveQuery<T, I>;
	cleanups.push(
		$effect.root(() => {
			query = make();
		})
	);
	flushSync();
	return query;
}

const water = (iso: string, ml: number) => createWaterIntake({ ml }, { now: new Date(iso), timeZone: 'UTC' });

describe('LiveQuery', () => {
	it('starts with the initial value and is not loaded', () => {
		const q = track(() => new LiveQuery(() => new Promise<number>(() => {}), -1));
		expect([q.current, q.loaded]).toEqual([-1, false]);
	});

	it('delivers the first result', async () => {
		await data.water.add(water('2026-11-24T08:00:00Z', 300));
		const q = track(() => new LiveQuery(() => data.water.count(), -1));
		await vi.waitFor(() => expect(q.current).toBe(1));
	});

	it('updates after a write through the data layer', async () => {
		const q = track(() => new LiveQuery(() => data.water.count(), -1));
		await vi.waitFor(() => expect(q.current).toBe(0));
		await data.water.add(water('2026-11-24T08:00:00Z', 300));
		await vi.waitFor(() => expect(q.current).toBe(1));
	});

	it('updates after a write through another connection (another tab)', async () => {
		const q = track(() => new LiveQuery(() => data.water.count(), -1));
		await vi.waitFor(() => expect(q.current).toBe(0));
		const other = createDataLayer(new SpasmLogDatabase(name));
		await other.water.add(water('2026-11-24T08:00:00Z', 300));
		other.db.close();
		await vi.waitFor(() => expect(q.current).toBe(1));
	});

	it('re-runs with new inputs when a tracked state changes', async () => {
		await data.water.add(water('2026-11-23T08:00:00Z', 100));
		await data.water.add(water('2026-11-24T08:00:00Z', 200));
		let query!: LiveQuery<number[], string>;
		const day = $state({ value: '2026-11-23' });
		cleanups.push(
			$effect.root(() => {
				query = new LiveQuery(
					async (d) => (await data.water.listByDay(d)).map((w) => w.ml),
					[],
					() => day.value
				);
			})
		);
		flushSync();
		await vi.waitFor(() => expect(query.current).toEqual([100]));
		day.value = '2026-11-24';
		flushSync();
		await vi.waitFor(() => expect(query.current).toEqual([200]));
	});

	it('stops updating once its owner is destroyed', async () => {
		const q = track(() => new LiveQuery(() => data.water.count(), -1));
		await vi.waitFor(() => expect(q.current).toBe(0));
		cleanups.pop()!();
		// A second, live query is the clock: once it has seen the write, the first one would have too.
		const control = track(() => new LiveQuery(() => data.water.count(), -1));
		await vi.waitFor(() => expect(control.current).toBe(0));
		await data.water.add(water('2026-11-24T08:00:00Z', 300));
		await vi.waitFor(() => expect(control.current).toBe(1));
		expect(q.current).toBe(0);
	});

	it('exposes a query error instead of throwing', async () => {
		const q = track(
			() =>
				new LiveQuery<number>(() => {
					throw new Error('boom');
				}, 0)
		);
		await vi.waitFor(() => expect((q.error as Error)?.message).toBe('boom'));
	});
});
