import { afterEach, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { createDataLayer, SpasmLogDatabase } from '$lib/db';
import { batchQueries, LiveQuery } from './live-query.svelte';
import { QueryBatch } from './query-batch';
import { loadDataModule } from './data-loader';

// A file of its own: the data layer's code must not have loaded before this test (vitest gives each
// file fresh modules), as on a cold start.
const data = createDataLayer(new SpasmLogDatabase(`batch-open-${crypto.randomUUID()}`));
const cleanups: (() => void)[] = [];

afterEach(async () => {
	for (const stop of cleanups.splice(0)) stop();
	data.db.close();
	await data.db.delete();
});

it('on a cold start, reads only once the database is open', async () => {
	let open!: () => void;
	const opened = new Promise<void>((resolve) => (open = resolve));
	const reads = vi.fn();
	const batch = new QueryBatch(
		(body) => {
			reads();
			return data.readTogether(body);
		},
		() => opened
	);
	let settings!: LiveQuery<unknown>;
	cleanups.push(
		$effect.root(() => {
			settings = batchQueries(batch, () => new LiveQuery(() => data.settings.get(), null));
		})
	);
	flushSync();
	// The code has loaded and the database is really open: only the batch's own `opened` is pending.
	await loadDataModule();
	await data.opened();
	for (let task = 0; task < 3; task++) await new Promise((resolve) => setTimeout(resolve));
	expect(reads).not.toHaveBeenCalled();

	open();

	await vi.waitFor(() => expect(settings.loaded).toBe(true));
	expect(reads).toHaveBeenCalled();
});
