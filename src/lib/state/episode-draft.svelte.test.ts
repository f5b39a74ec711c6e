import { describe, expect, it } from 'vitest';
import { createEpisode, type SpasmEpisode } from '$lib/domain';
import { RecordNotFoundError } from '$lib/db';
import { EpisodeDraft, OPEN_GUARD_MS, type EpisodeStore } from './episode-draft.svelte';

/** An in-memory store with patch semantics, and a log of what was written. */
function fakeStore(initial?: SpasmEpisode) {
	let stored: SpasmEpisode | undefined = initial && structuredClone(initial);
	const calls: string[] = [];
	const store: EpisodeStore = {
		async add(record) {
			calls.push('add');
			stored = structuredClone(record);
			return structuredClone(record);
		},
		async patch(id, changes, base) {
			calls.push(`patch ${Object.keys(changes).join(',')}`);
			if (!stored || stored.id !== id) throw new RecordNotFoundError(id);
			const conflicts = base
				? Object.keys(changes).filter(
						(k) =>
							JSON.stringify(base[k as keyof SpasmEpisode]) !==
							JSON.stringify(stored![k as keyof SpasmEpisode])
					)
				: [];
			stored = { ...stored, ...changes };
			return { record: structuredClone(stored), conflicts };
		},
		async putNow(record) {
			calls.push('putNow');
			stored = structuredClone(record);
			return record;
		},
		async delete() {
			calls.push('delete');
			stored = undefined;
		}
	};
	return {
		store,
		calls,
		get stored() {
			return stored;
		},
		set stored(value) {
			stored = value;
		}
	};
}

const episode = () => createEpisode({ kind: 'cramp', location: 'calf' });

function opened(store: EpisodeStore, e: SpasmEpisode, isNew = false) {
	let now = 1_000_000;
	const clock = { advance: (ms: number) => (now += ms) };
	const draft = new EpisodeDraft(store, e, { isNew, now: () => now });
	return { draft, clock };
}

describe('EpisodeDraft', () => {
	it('ignores taps in the first 400 ms after opening', async () => {
		const e = episode();
		const fake = fakeStore(e);
		const { draft, clock } = opened(fake.store, e);
		expect(draft.set('kind', 'twitch')).toBe(false);
		expect(draft.value.kind).toBe('cramp');
		clock.advance(OPEN_GUARD_MS);
		expect(draft.set('kind', 'spasm')).toBe(true);
		await draft.flush();
		expect(fake.stored?.kind).toBe('spasm');
	});

	it('stores each change as it is made, field by field', async () => {
		const e = episode();
		const fake = fakeStore(e);
		const { draft, clock } = opened(fake.store, e);
		clock.advance(OPEN_GUARD_MS);
		draft.set('intensity', 7);
		await draft.flush();
		expect(fake.calls).toEqual(['patch intensity']);
		expect(draft.status).toBe('saved');
	});

	it('keeps another tab’s change to a different field', async () => {
		const e = episode();
		const fake = fakeStore(e);
		const { draft, clock } = opened(fake.store, e);
		clock.advance(OPEN_GUARD_MS);
		fake.stored = { ...fake.stored!, intensity: 9 };
		draft.setNotes('typed here');
		await draft.flush();
		expect(fake.stored).toMatchObject({ intensity: 9, notes: 'typed here' });
		expect(draft.notice).toBe('');
	});

	it('says so in words when the same field was changed elsewhere', async () => {
		const e = episode();
		const fake = fakeStore(e);
		const { draft, clock } = opened(fake.store, e);
		clock.advance(OPEN_GUARD_MS);
		fake.stored = { ...fake.stored!, intensity: 9 };
		draft.set('intensity', 3);
		await draft.flush();
		expect(draft.notice).toMatch(/How strong had also been changed in another tab/);
	});

	it('reads durations as minutes and shows a field error for a typo, never NaN', async () => {
		const e = episode();
		const fake = fakeStore(e);
		const { draft, clock } = opened(fake.store, e);
		clock.advance(OPEN_GUARD_MS);
		draft.setDurationText('1,5');
		await draft.flush();
		expect(fake.stored?.durationSec).toBe(90);
		expect(draft.durationText).toBe('1:30');
		draft.setDurationText('abc');
		expect(draft.errors.durationSec).toMatch(/Write minutes/);
		const closed = await draft.close();
		expect(closed.unsaved).toEqual(['how long it lasted']);
		expect(fake.stored?.durationSec).toBe(90);
	});

	it('discards an untouched new episode on close, and stores a touched one', async () => {
		const fake = fakeStore();
		const { draft } = opened(fake.store, episode(), true);
		expect(await draft.close()).toEqual({ episode: null, unsaved: [] });
		expect(fake.calls).toEqual([]);

		const second = opened(fake.store, episode(), true);
		second.clock.advance(OPEN_GUARD_MS);
		second.draft.set('kind', 'spasm');
		second.draft.set('intensity', 4);
		const { episode: saved } = await second.draft.close();
		expect(fake.calls).toEqual(['add', 'patch intensity']);
		expect(saved).toMatchObject({ kind: 'spasm', intensity: 4 });
	});

	it('writes pending notes with one blind put when the page is left', () => {
		const e = episode();
		const fake = fakeStore(e);
		const { draft, clock } = opened(fake.store, e);
		clock.advance(OPEN_GUARD_MS);
		draft.setNotes('just typed');
		draft.leave();
		expect(fake.calls).toContain('putNow');
		expect(fake.stored?.notes).toBe('just typed');
	});

	it('says when the episode was deleted elsewhere, still closes, and can keep what was typed', async () => {
		const e = episode();
		const fake = fakeStore(e);
		const { draft, clock } = opened(fake.store, e);
		clock.advance(OPEN_GUARD_MS);
		fake.stored = undefined;
		draft.setNotes('keep me');
		await draft.flush();
		expect(draft.deletedElsewhere).toBe(true);
		await draft.keepAsNew();
		expect(fake.stored).toMatchObject({ notes: 'keep me' });
		const closed = await draft.close();
		expect(closed.unsaved).toEqual([]);
	});
});
