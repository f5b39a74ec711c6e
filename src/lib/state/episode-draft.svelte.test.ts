import { describe, expect, it } from 'vitest';
import { createEpisode, type SpasmEpisode } from '$lib/domain';
import { RecordNotFoundError } from '$lib/db';
import { EpisodeDraft, OPEN_GUARD_MS, type EpisodeStore } from './episode-draft.svelte';

/** An in-memory store with patch semantics, and a log of what was written. */
function fakeStore(initial?: SpasmEpisode) {
	let stored: SpasmEpisode | undefined = initial && structuredClone(initial);
	const calls: string[] = [];
	const journalled: { id: string; changes: Partial<SpasmEpisode>; from: Record<string, unknown[]> }[] = [];
	const tokens: (string | undefined)[] = [];
	const store: EpisodeStore = {
		async add(record) {
			calls.push('add');
			stored = structuredClone(record);
			return structuredClone(record);
		},
		async patch(id, changes, base, journalToken) {
			calls.push(`patch ${Object.keys(changes).join(',')}`);
			tokens.push(journalToken);
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
		journal(id, changes, from) {
			journalled.push({ id, changes: structuredClone(changes), from: structuredClone(from) });
			return `token-${journalled.length}`;
		},
		async delete() {
			calls.push('delete');
			stored = undefined;
		}
	};
	return {
		store,
		calls,
		journalled,
		tokens,
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

	it('journals each change of a stored episode in the same task, before its patch, with what the field held', async () => {
		const e = episode();
		const fake = fakeStore(e);
		const { draft, clock } = opened(fake.store, e);
		clock.advance(OPEN_GUARD_MS);
		draft.set('intensity', 3);
		draft.set('intensity', 4);
		// Synchronously: no patch has run yet, both changes are already journalled.
		expect(fake.calls).toEqual([]);
		expect(fake.journalled).toHaveLength(2);
		expect(fake.journalled[0]).toEqual({
			id: e.id,
			changes: { intensity: 3 },
			from: { intensity: [e.intensity, e.intensity] }
		});
		// The second change's "before" is the first change, as the sheet showed it.
		expect(fake.journalled[1]!.from).toEqual({ intensity: [3, e.intensity] });
		await draft.flush();
		expect(fake.tokens).toEqual(['token-1', 'token-2']);
		expect(fake.stored?.intensity).toBe(4);
	});

	it('journals nothing for a new past episode (its first change stores it whole)', async () => {
		const e = episode();
		const fake = fakeStore();
		const { draft, clock } = opened(fake.store, e, true);
		clock.advance(OPEN_GUARD_MS);
		draft.set('intensity', 6);
		await draft.flush();
		expect(fake.calls).toEqual(['add']);
		expect(fake.journalled).toEqual([]);
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
