import { describe, expect, it, vi } from 'vitest';
import type { DataLayer } from '$lib/db';
import { deferredDataLayer } from './data-loader';

const isNull = (v: unknown): v is null => v === null;

/** A fake data layer with just the members these tests call. */
function fakeLayer() {
	const unsubscribe = vi.fn();
	return {
		unsubscribe,
		layer: {
			prefs: {
				stored: 'stored',
				get(key: string) {
					return Promise.resolve(`${this.stored}:${key}`);
				}
			},
			records: { episodes: { add: vi.fn(async (record: unknown) => record) } },
			onUpgradedElsewhere: vi.fn(() => unsubscribe)
		}
	};
}

/** A loader the test releases by hand, like a chunk still on its way. */
function heldLoader(layer: unknown) {
	let loaded: DataLayer | undefined;
	let release!: () => void;
	const ready = new Promise<DataLayer>((resolve) => (release = () => resolve((loaded = layer as DataLayer))));
	return { load: () => ready, peek: () => loaded, release };
}

describe('deferredDataLayer', () => {
	it('queues a write made before the code loaded and makes it once it has', async () => {
		const { layer } = fakeLayer();
		const loader = heldLoader(layer);
		const data = deferredDataLayer(loader.load, loader.peek);
		const saved = data.records.episodes.add({ id: 'a' } as never);
		expect(layer.records.episodes.add).not.toHaveBeenCalled();
		loader.release();
		await expect(saved).resolves.toEqual({ id: 'a' });
		expect(layer.records.episodes.add).toHaveBeenCalledTimes(1);
	});

	it('calls methods on their own object, before and after loading', async () => {
		const { layer } = fakeLayer();
		const loader = heldLoader(layer);
		const data = deferredDataLayer(loader.load, loader.peek);
		const early = data.prefs.get('x', null, isNull);
		loader.release();
		await expect(early).resolves.toBe('stored:x');
		await expect(data.prefs.get('y', null, isNull)).resolves.toBe('stored:y');
	});

	it('hands out the real members once loaded, so calls run without waiting a tick', async () => {
		const { layer } = fakeLayer();
		const loader = heldLoader(layer);
		loader.release();
		await loader.load();
		const data = deferredDataLayer(loader.load, loader.peek);
		expect(data.records.episodes).toBe(layer.records.episodes);
	});

	it('is never mistaken for a promise', async () => {
		const { layer } = fakeLayer();
		const loader = heldLoader(layer);
		const data = deferredDataLayer(loader.load, loader.peek);
		expect(await Promise.resolve(data)).toBe(data);
	});

	it('returns an unsubscribe at once that also cancels a subscription made after loading', async () => {
		const { layer, unsubscribe } = fakeLayer();
		const loader = heldLoader(layer);
		const data = deferredDataLayer(loader.load, loader.peek);
		const stop = data.onUpgradedElsewhere(() => undefined);
		expect(typeof stop).toBe('function');
		loader.release();
		await vi.waitFor(() => expect(layer.onUpgradedElsewhere).toHaveBeenCalledTimes(1));
		stop();
		expect(unsubscribe).toHaveBeenCalledTimes(1);
	});

	it('never subscribes when unsubscribed before the code loaded', async () => {
		const { layer } = fakeLayer();
		const loader = heldLoader(layer);
		const data = deferredDataLayer(loader.load, loader.peek);
		data.onUpgradedElsewhere(() => undefined)();
		loader.release();
		await loader.load();
		await Promise.resolve();
		expect(layer.onUpgradedElsewhere).not.toHaveBeenCalled();
	});
});
