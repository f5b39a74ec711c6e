import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { createEpisode, createWaterIntake } from '$lib/domain';
import { createDataLayer, SpasmLogDatabase, type DataLayer } from '$lib/db';
import { batchQueries, LiveQuery } from './live-query.svelte';
import { QueryBatch } from './query-batch';

let name: string;
let data: DataLayer;
const cleanups: (() => void)[] = [];
// Dexie binds the connection's `transaction` when it opens: spy before that.
let transactionSpy: { mockClear(): void; mockRestore(): void };

beforeEach(() => {
	transactionSpy = vi.spyOn(IDBDatabase.prototype, 'transaction');
	name = `batch-${crypto.randomUUID()}`;
	// Not opened here: a batch's first read opens the database, as on a cold start.
	data = createDataLayer(new SpasmLogDatabase(name));
});

afterEach(async () => {
	for (const stop of cleanups.splice(0)) stop();
	data.db.close();
	await data.db.delete();
	transactionSpy.mockRestore();
});

function inRoot<T>(make: () => T): T {
	let made!: T;
	cleanups.push(
		$effect.root(() => {
			made = make();
		})
	);
	flushSync();
	return made;
}

const at = '2026-11-24T08:00:00Z';
const water = (ml: number) => createWaterIntake({ ml }, { now: new Date(at), timeZone: 'UTC' });
const episode = () =>
	createEpisode(
		{ kind: 'cramp', location: 'calf', side: 'left', startedAt: new Date(at) },
		{ timeZone: 'UTC' }
	);

/** Counts IndexedDB transactions from here on. */
function countTransactions() {
	transactionSpy.mockClear();
	return transactionSpy as unknown as ReturnType<typeof vi.fn>;
}

describe('QueryBatch', () => {
	it('gives each member its own result from one read transaction', async () => {
		await data.water.add(water(300));
		await data.episodes.add(episode());
		await data.db.open();
		const transactions = countTransactions();
		const batch = new QueryBatch((body) => data.readTogether(body));
		const [day, episodes, settings, none] = inRoot(() =>
			batchQueries(batch, () => [
				new LiveQuery(() => data.logsInRange('2026-11-24', '2026-11-24'), null),
				new LiveQuery(() => data.episodes.latest(10), null),
				new LiveQuery(() => data.settings.get(), null),
				new LiveQuery(
					() => data.prefs.get('nothing', 'fallback', (v): v is string => typeof v === 'string'),
					null
				)
			])
		);
		await vi.waitFor(() => expect([day, episodes, settings, none].every((q) => q.loaded)).toBe(true));
		expect(day.current?.water.map((w) => w.ml)).toEqual([300]);
		expect(day.current?.episodes).toHaveLength(1);
		expect(episodes.current).toHaveLength(1);
		expect(settings.current?.waterGoalMl).toBeGreaterThan(0);
		expect(none.current).toBe('fallback');
		// Seven stores for the day, one for the latest episodes, two preference reads: one transaction.
		expect(transactions).toHaveBeenCalledTimes(1);
	});

	it('re-reads after a write to a store a member read, and after a write from another tab', async () => {
		const batch = new QueryBatch((body) => data.readTogether(body));
		const [count, episodes] = inRoot(() =>
			batchQueries(batch, () => [
				new LiveQuery(() => data.water.count(), -1),
				new LiveQuery(async () => (await data.episodes.latest(10)).length, -1)
			])
		);
		await vi.waitFor(() => expect([count.current, episodes.current]).toEqual([0, 0]));
		await data.water.add(water(250));
		await vi.waitFor(() => expect(count.current).toBe(1));
		const other = createDataLayer(new SpasmLogDatabase(name));
		await other.episodes.add(episode());
		other.db.close();
		await vi.waitFor(() => expect([count.current, episodes.current]).toEqual([1, 1]));
	});

	it('reads again after an await inside a member (a second read that depends on the first)', async () => {
		const saved = await data.episodes.add(episode());
		await data.prefs.set('picked', saved.id);
		const batch = new QueryBatch((body) => data.readTogether(body));
		const [picked] = inRoot(() =>
			batchQueries(batch, () => [
				new LiveQuery(async () => {
					const id = await data.prefs.get('picked', '', (v): v is string => typeof v === 'string');
					return (await data.episodes.get(id))?.location ?? null;
				}, 'loading'),
				new LiveQuery(() => data.water.count(), -1)
			])
		);
		await vi.waitFor(() => expect(picked.current).toBe('calf'));
	});

	it('keeps one member failing to itself', async () => {
		const batch = new QueryBatch((body) => data.readTogether(body));
		const [throws, rejects, fine] = inRoot(() =>
			batchQueries(batch, () => [
				new LiveQuery<number>(() => {
					throw new Error('bad query');
				}, -1),
				new LiveQuery<number>(() => Promise.reject(new Error('bad read')), -1),
				new LiveQuery(() => data.water.count(), -1)
			])
		);
		await vi.waitFor(() => expect(fine.current).toBe(0));
		await vi.waitFor(() => expect([throws.loaded, rejects.loaded]).toEqual([true, true]));
		expect((throws.error as Error).message).toBe('bad query');
		expect((rejects.error as Error).message).toBe('bad read');
		await data.water.add(water(100));
		await vi.waitFor(() => expect(fine.current).toBe(1));
	});

	it("re-reads a member whose inputs changed, and stops reading once every member's owner has gone", async () => {
		await data.water.add(water(300));
		let day = $state('2026-11-23');
		const batch = new QueryBatch((body) => data.readTogether(body));
		const stop = $effect.root(() => {
			const q = batchQueries(
				batch,
				() =>
					new LiveQuery(
						(d: string) => data.water.listByDay(d),
						null,
						() => day
					)
			);
			$effect(() => {
				seen.push(q.current?.length ?? null);
			});
		});
		const seen: (number | null)[] = [];
		flushSync();
		await vi.waitFor(() => expect(seen.at(-1)).toBe(0));
		day = '2026-11-24';
		flushSync();
		await vi.waitFor(() => expect(seen.at(-1)).toBe(1));
		// A query outside the batch, still subscribed: Dexie re-runs every subscriber of a write in
		// one pass, so once it has seen the write, a batch still subscribed would have read too.
		const witness = inRoot(() => new LiveQuery(() => data.water.count(), -1));
		await vi.waitFor(() => expect(witness.current).toBe(1));
		stop();
		const transactions = countTransactions();
		await data.water.add(water(200));
		await vi.waitFor(() => expect(witness.current).toBe(2));
		// The write's transaction and the witness's re-read; none for the batch.
		expect(transactions).toHaveBeenCalledTimes(2);
	});
});
