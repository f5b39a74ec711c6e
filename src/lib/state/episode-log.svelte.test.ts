import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { createEpisode } from '$lib/domain';
import { createDataLayer, SpasmLogDatabase, type DataLayer } from '$lib/db';
import { EpisodeLogState } from './episode-log.svelte';
import { RecordActions } from './record-actions';
import { Snackbar } from './snackbar.svelte';

describe('EpisodeLogState.quickLog', () => {
	let data: DataLayer;
	let stop: () => void;

	beforeEach(async () => {
		data = createDataLayer(new SpasmLogDatabase(`test-${crypto.randomUUID()}`));
		await data.db.open();
	});

	afterEach(async () => {
		stop?.();
		data.db.close();
		await data.db.delete();
	});

	it('a tap made before the usual choice has loaded stores the usual one, not the default', async () => {
		for (const daysAgo of [1, 2, 3])
			await data.episodes.add(
				createEpisode(
					{ kind: 'twitch', location: 'eyelid', side: 'left', durationSec: 5 },
					{ now: new Date(Date.now() - daysAgo * 86_400_000) }
				)
			);
		let log!: EpisodeLogState;
		stop = $effect.root(() => {
			log = new EpisodeLogState(data, new RecordActions(data, new Snackbar()));
		});
		flushSync();
		// The live query has not answered yet: the state still holds the app's default.
		expect(log.lastUsed).toEqual({ kind: 'cramp', location: 'calf', side: null });

		const tappedAt = Date.now();
		const saved = await log.quickLog();
		expect(saved).toMatchObject({ kind: 'twitch', location: 'eyelid', side: 'left', intensity: null });
		expect(Date.parse(saved.startedAt)).toBeGreaterThanOrEqual(tappedAt - 1000);
		expect(Date.parse(saved.startedAt)).toBeLessThanOrEqual(tappedAt + 1000);
		expect(await data.episodes.get(saved.id)).toEqual(saved);
	});

	it('with no episode yet, one tap stores a calf cramp', async () => {
		let log!: EpisodeLogState;
		stop = $effect.root(() => {
			log = new EpisodeLogState(data, new RecordActions(data, new Snackbar()));
		});
		flushSync();
		expect(await log.quickLog()).toMatchObject({ kind: 'cramp', location: 'calf', side: null });
	});
});
