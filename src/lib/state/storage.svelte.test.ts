import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDataLayer, SpasmLogDatabase, type DataLayer } from '$lib/db';
import { StorageState, type StorageEnvironment } from './storage.svelte';

let data: DataLayer;
const cleanups: (() => void)[] = [];

beforeEach(() => {
	data = createDataLayer(new SpasmLogDatabase(`storage-${crypto.randomUUID()}`));
});

afterEach(async () => {
	for (const stop of cleanups.splice(0)) stop();
	data.db.close();
	await data.db.delete();
});

function fakeBrowser(options: { persisted?: boolean; grant?: boolean; installed?: boolean } = {}) {
	let persisted = options.persisted ?? false;
	const storage = {
		persisted: vi.fn(async () => persisted),
		persist: vi.fn(async () => {
			persisted = options.grant ?? true;
			return persisted;
		}),
		estimate: vi.fn(async () => ({ usage: 48_000, quota: 2_000_000_000 }))
	};
	const env: StorageEnvironment = { storage, installed: () => options.installed ?? false };
	return { storage, env };
}

function create(env: StorageEnvironment): StorageState {
	let state!: StorageState;
	cleanups.push(
		$effect.root(() => {
			state = new StorageState(data, env);
		})
	);
	flushSync();
	return state;
}

describe('StorageState', () => {
	it('reports persistence, usage and quota from the browser', async () => {
		const { env } = fakeBrowser();
		const state = create(env);
		await vi.waitFor(() => expect(state.usage).toBe(48_000));
		expect([state.persisted, state.quota, state.mayBeEvicted]).toEqual([false, 2_000_000_000, true]);
	});

	it('asks for persistent storage after the first save only, even across app starts', async () => {
		const { storage, env } = fakeBrowser({ grant: false });
		const first = create(env);
		await first.afterSave();
		await first.afterSave();
		expect(storage.persist).toHaveBeenCalledTimes(1);

		const nextStart = create(env);
		await nextStart.afterSave();
		expect(storage.persist).toHaveBeenCalledTimes(1);
	});

	it('does not ask when the data is already persisted', async () => {
		const { storage, env } = fakeBrowser({ persisted: true });
		const state = create(env);
		await state.afterSave();
		expect(storage.persist).not.toHaveBeenCalled();
		expect(state.persisted).toBe(true);
		expect(state.mayBeEvicted).toBe(false);
	});

	it('records the answer when asked', async () => {
		const { env } = fakeBrowser({ grant: true });
		const state = create(env);
		await state.afterSave();
		expect(state.persisted).toBe(true);
	});

	it('treats an installed app as safe from eviction', async () => {
		const { env } = fakeBrowser({ installed: true });
		const state = create(env);
		await vi.waitFor(() => expect(state.installed).toBe(true));
		expect(state.mayBeEvicted).toBe(false);
	});

	it('copes with a browser that has no storage manager', async () => {
		const state = create({ storage: undefined, installed: () => false });
		await state.afterSave();
		await state.refresh();
		expect([state.persisted, state.usage, state.canRequestPersistence]).toEqual([null, null, false]);
		expect(await state.requestPersistence()).toBe(false);
	});
});
