import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { liveQuery } from 'dexie';
import { createEpisode, createWaterIntake } from '$lib/domain';
import { createDataLayer, PREF_KEYS, type DataLayer } from './index';
import { SpasmLogDatabase } from './database';

const zone = 'Europe/Berlin';
const ctx = (iso: string) => ({ now: new Date(iso), timeZone: zone });
const anyValue = (_v: unknown): _v is unknown => true;

let data: DataLayer;

beforeEach(async () => {
	data = createDataLayer(new SpasmLogDatabase(`test-${crypto.randomUUID()}`));
	await data.db.open();
});

afterEach(async () => {
	data.db.close();
	await data.db.delete();
});

/** Watches a live query and notes whether it ever showed `id` while `committed()` was still false. */
function watchFor(query: () => Promise<{ id: string }[]>, id: () => string, committed: () => boolean) {
	let shownEarly = false;
	let shownAtAll = false;
	let ready = false;
	const sub = liveQuery(query).subscribe((rows) => {
		ready = true;
		if (rows.some((r) => r.id === id())) {
			shownAtAll = true;
			if (!committed()) shownEarly = true;
		}
	});
	return {
		get shownEarly() {
			return shownEarly;
		},
		get shownAtAll() {
			return shownAtAll;
		},
		get ready() {
			return ready;
		},
		stop: () => sub.unsubscribe()
	};
}

/**
 * Holds a read-write transaction on `water` from a second connection (a busy other tab), so a
 * write from `data` waits to commit until `release()`.
 */
async function holdWater(name: string) {
	const other = new SpasmLogDatabase(name);
	await other.open();
	const tx = other.backendDB().transaction('water', 'readwrite');
	const store = tx.objectStore('water');
	let held = true;
	const spin = () => {
		if (held) store.count().onsuccess = spin;
	};
	spin();
	const done = new Promise((resolve) => (tx.oncomplete = resolve));
	return {
		release: async () => {
			held = false;
			await done;
			other.close();
		}
	};
}

const settle = async (check: () => boolean) => {
	for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('live queries and commits', () => {
	// The control: the reason every write goes through an explicit transaction.
	it('do show a write made outside an explicit transaction before it commits', async () => {
		let early = 0;
		for (let i = 0; i < 10; i++) {
			const entry = createWaterIntake({ ml: 250 }, ctx('2026-11-24T08:00:00Z'));
			let committed = false;
			const watch = watchFor(
				() => data.water.listByDay('2026-11-24'),
				() => entry.id,
				() => committed
			);
			await settle(() => watch.ready);
			const hold = await holdWater(data.db.name);
			const write = data.db.water.add(entry).then(() => (committed = true));
			await new Promise((r) => setTimeout(r, 30));
			await hold.release();
			await write;
			await settle(() => watch.shownAtAll);
			watch.stop();
			if (watch.shownEarly) early++;
		}
		expect(early).toBeGreaterThan(0);
	});

	it('never show a repository write before it commits', async () => {
		for (let i = 0; i < 10; i++) {
			const entry = createWaterIntake({ ml: 250 }, ctx('2026-11-24T08:00:00Z'));
			let committed = false;
			const watch = watchFor(
				() => data.water.listByDay('2026-11-24'),
				() => entry.id,
				() => committed
			);
			await settle(() => watch.ready);
			const hold = await holdWater(data.db.name);
			const write = data.water.add(entry).then(() => (committed = true));
			await new Promise((r) => setTimeout(r, 30));
			await hold.release();
			await write;
			await settle(() => watch.shownAtAll);
			watch.stop();
			expect(watch.shownAtAll).toBe(true);
			expect(watch.shownEarly).toBe(false);
		}
	});
});

describe('writes that belong together', () => {
	it('stores a custom drink and its amount together', async () => {
		const intake = createWaterIntake({ ml: 330 }, ctx('2026-11-24T08:00:00Z'));
		await data.addWater(intake, { rememberCustomAmount: true });
		expect(await data.water.get(intake.id)).toEqual(intake);
		expect(await data.prefs.get(PREF_KEYS.lastCustomWaterMl, null, anyValue)).toBe(330);
	});

	it('stores neither when the drink is refused', async () => {
		const intake = createWaterIntake({ ml: 330 }, ctx('2026-11-24T08:00:00Z'));
		await expect(data.addWater({ ...intake, ml: -1 }, { rememberCustomAmount: true })).rejects.toThrow();
		expect(await data.water.count()).toBe(0);
		expect(await data.prefs.get(PREF_KEYS.lastCustomWaterMl, null, anyValue)).toBeNull();
	});

	it('starts and stops an episode with its running timer', async () => {
		const episode = createEpisode({ kind: 'cramp' }, ctx('2026-11-24T08:00:00Z'));
		await data.startEpisode(episode);
		expect(await data.prefs.get(PREF_KEYS.activeEpisode, null, anyValue)).toBe(episode.id);
		const stopped = await data.stopEpisode(episode.id, new Date('2026-11-24T08:01:30Z'));
		expect(stopped?.durationSec).toBe(90);
		expect(await data.prefs.get(PREF_KEYS.activeEpisode, null, anyValue)).toBeNull();
	});

	it('keeps a duration stored meanwhile when stopping', async () => {
		const episode = createEpisode({ kind: 'cramp' }, ctx('2026-11-24T08:00:00Z'));
		await data.startEpisode(episode);
		await data.episodes.patch(episode.id, { durationSec: 20 });
		const stopped = await data.stopEpisode(episode.id, new Date('2026-11-24T08:05:00Z'));
		expect(stopped?.durationSec).toBe(20);
	});

	it('rolls back the timer if the episode is refused', async () => {
		const episode = createEpisode({ kind: 'cramp' }, ctx('2026-11-24T08:00:00Z'));
		await expect(data.startEpisode({ ...episode, intensity: 99 })).rejects.toThrow();
		expect(await data.prefs.get(PREF_KEYS.activeEpisode, null, anyValue)).toBeNull();
	});

	it('patchEpisode remembers kind, place and side and clears the timer once stopped', async () => {
		const episode = createEpisode({ kind: 'cramp', location: 'calf' }, ctx('2026-11-24T08:00:00Z'));
		await data.startEpisode(episode);
		const { record } = await data.patchEpisode(episode.id, { location: 'foot', durationSec: 40 }, episode);
		expect(record).toMatchObject({ location: 'foot', durationSec: 40 });
		expect(await data.prefs.get(PREF_KEYS.lastEpisode, null, anyValue)).toMatchObject({ location: 'foot' });
		expect(await data.prefs.get(PREF_KEYS.activeEpisode, null, anyValue)).toBeNull();
	});

	it('counts both favourites toggled at once from two tabs', async () => {
		const other = createDataLayer(new SpasmLogDatabase(data.db.name));
		await other.db.open();
		const isList = (v: unknown): v is string[] => Array.isArray(v);
		try {
			await Promise.all([
				data.prefs.update('favouriteFoods', [], isList, (l) => [...l, 'a']),
				other.prefs.update('favouriteFoods', [], isList, (l) => [...l, 'b'])
			]);
			expect((await data.prefs.get('favouriteFoods', [], isList)).sort()).toEqual(['a', 'b']);
		} finally {
			other.db.close();
		}
	});
});
