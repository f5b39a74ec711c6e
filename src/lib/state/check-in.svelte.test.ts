import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { createEpisode } from '$lib/domain';
import { createDataLayer, SpasmLogDatabase, type DataLayer } from '$lib/db';
import { CheckInState, checkInDayAt } from './check-in.svelte';

describe('checkInDayAt', () => {
	it.each([
		[17, null],
		[18, { day: '2026-03-10', which: 'today' }],
		[23, { day: '2026-03-10', which: 'today' }],
		[0, { day: '2026-03-09', which: 'yesterday' }],
		[11, { day: '2026-03-09', which: 'yesterday' }],
		[12, null]
	])('at %i:00 asks about %j', (hour, expected) => {
		expect(checkInDayAt(hour, '2026-03-10')).toEqual(expected);
	});
});

describe('CheckInState', () => {
	let data: DataLayer;
	let stop: () => void;
	let state: CheckInState;
	const clock = { today: '2026-03-10', now: new Date(2026, 2, 10, 19, 0) };

	beforeEach(async () => {
		data = createDataLayer(new SpasmLogDatabase(`test-${crypto.randomUUID()}`));
		await data.db.open();
		stop = $effect.root(() => {
			state = new CheckInState(data, clock);
		});
		flushSync();
	});

	afterEach(async () => {
		stop();
		data.db.close();
		await data.db.delete();
	});

	it('asks about today in the evening, and "None" stores the check-in and closes the question', async () => {
		await vi.waitFor(() => expect(state.prompt).toEqual({ day: '2026-03-10', which: 'today' }));
		const c = await state.markNone('2026-03-10');
		expect(c.day).toBe('2026-03-10');
		await vi.waitFor(() => expect(state.prompt).toBeNull());
		expect(state.checkedIn('2026-03-10')).toBe(true);
		expect(state.isOpen('2026-03-09')).toBe(true);
	});

	it('does not ask about a day that already has an episode', async () => {
		await vi.waitFor(() => expect(state.loaded).toBe(true));
		await data.episodes.add(createEpisode({}, { now: new Date(2026, 2, 10, 9, 0) }));
		await vi.waitFor(() => expect(state.isOpen('2026-03-10')).toBe(false));
		expect(state.prompt).toBeNull();
		expect(state.checkedIn('2026-03-10')).toBe(false);
	});

	it('knows which of yesterday and today are answered, for the next start', async () => {
		expect(state.closedDays).toEqual([]);
		await vi.waitFor(() => expect(state.loaded).toBe(true));
		expect(state.closedDays).toEqual([]);
		await data.episodes.add(createEpisode({}, { now: new Date(2026, 2, 9, 9, 0) }));
		await vi.waitFor(() => expect(state.closedDays).toEqual(['2026-03-09']));
		await state.markNone('2026-03-10');
		await vi.waitFor(() => expect(state.closedDays).toEqual(['2026-03-09', '2026-03-10']));
	});
});
