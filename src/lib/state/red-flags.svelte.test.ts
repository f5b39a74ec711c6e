import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { createEpisode, createWaterIntake, noSigns } from '$lib/domain';
import { DEFAULT_THRESHOLDS, type RedFlag } from '$lib/domain/rules';
import { createDataLayer, SpasmLogDatabase, type DataLayer } from '$lib/db';
import { Clock } from './clock.svelte';
import {
	HIDDEN_RED_FLAGS_PREF,
	RedFlagsState,
	evidenceKey,
	isHidden,
	isHiddenRedFlags,
	lookbackDays
} from './red-flags.svelte';
import { SettingsState } from './settings.svelte';
import { Snackbar } from './snackbar.svelte';

const flag = (id: RedFlag['id'], evidence: string[]): RedFlag => ({
	id,
	title: id,
	reason: '',
	advice: '',
	evidence,
	medications: []
});

describe('hidden flags', () => {
	it('keys evidence by sorted ids', () => {
		expect(evidenceKey(flag('severe', ['b', 'a', 'c']))).toBe('a,b,c');
	});

	it.each([
		['not hidden without a stored key', {}, ['a'], false],
		['hidden for the same evidence', { severe: 'a,b' }, ['a', 'b'], true],
		['hidden when evidence shrank', { severe: 'a,b' }, ['b'], true],
		['shown again for a new episode', { severe: 'a,b' }, ['a', 'b', 'c'], false],
		['shown again when evidence is replaced', { severe: 'a' }, ['b'], false],
		['another rule’s key does not hide it', { frequent: 'a' }, ['a'], false]
	])('%s', (_name, hidden: Record<string, string>, evidence: string[], expected: boolean) => {
		expect(isHidden(flag('severe', evidence), hidden)).toBe(expected);
	});

	it.each([
		[{}, true],
		[{ severe: 'a,b' }, true],
		[null, false],
		[['a'], false],
		[{ severe: 3 }, false],
		['severe', false]
	])('accepts %j as a stored value: %s', (value, expected) => {
		expect(isHiddenRedFlags(value)).toBe(expected);
	});
});

describe('lookbackDays', () => {
	it('covers the longest default window (a month of single episodes)', () => {
		expect(lookbackDays(DEFAULT_THRESHOLDS)).toBe(DEFAULT_THRESHOLDS.episodeWindowDays);
	});

	it('grows with any window that outgrows it', () => {
		expect(lookbackDays({ ...DEFAULT_THRESHOLDS, risingBaselineDays: 60 })).toBe(67);
		expect(lookbackDays({ ...DEFAULT_THRESHOLDS, noCauseWindowDays: 40 })).toBe(41);
		expect(lookbackDays({ ...DEFAULT_THRESHOLDS, selfCareWindowDays: 20 })).toBe(40);
	});
});

describe('RedFlagsState', () => {
	let data: DataLayer;
	let stop: () => void;
	let snackbar: Snackbar;
	let state!: RedFlagsState;

	beforeEach(() => {
		data = createDataLayer(new SpasmLogDatabase(`flags-${crypto.randomUUID()}`));
		snackbar = new Snackbar();
		stop = $effect.root(() => {
			const clock = new Clock();
			state = new RedFlagsState(data, clock, new SettingsState(data, snackbar), snackbar);
		});
		flushSync();
	});

	afterEach(async () => {
		stop();
		data.db.close();
		await data.db.delete();
	});

	const ids = (flags: readonly RedFlag[]) => flags.map((f) => f.id);
	const severeWithNumbness = () => createEpisode({ intensity: 9, signs: { ...noSigns(), numbness: true } });

	it('shows nothing for no logs', async () => {
		await vi.waitFor(() => expect(state.loaded).toBe(true));
		expect(state.visible).toEqual([]);
	});

	it('lists a severe episode with numbness under both rules', async () => {
		const episode = await data.episodes.add(severeWithNumbness());
		await vi.waitFor(() => expect(ids(state.visible)).toEqual(['severe', 'nerve-signs']));
		expect(state.visible[0]!.evidence).toEqual([episode.id]);
	});

	it('hides a flag for its evidence until a new matching episode, and deletes nothing', async () => {
		await data.episodes.add(severeWithNumbness());
		await vi.waitFor(() => expect(state.visible).toHaveLength(2));

		await state.hide(state.visible[0]!);
		await vi.waitFor(() => expect(ids(state.visible)).toEqual(['nerve-signs']));
		expect(ids(state.all)).toEqual(['severe', 'nerve-signs']);
		expect(await data.episodes.count()).toBe(1);

		await data.episodes.add(createEpisode({ intensity: 8 }));
		await vi.waitFor(() => expect(ids(state.visible)).toEqual(['severe', 'nerve-signs']));
	});

	it('undo brings a hidden flag back', async () => {
		await data.episodes.add(severeWithNumbness());
		await vi.waitFor(() => expect(state.visible).toHaveLength(2));
		await state.hide(state.visible[1]!);
		await vi.waitFor(() => expect(ids(state.visible)).toEqual(['severe']));
		expect(snackbar.message?.action?.label).toBe('Undo');

		await snackbar.act();
		await vi.waitFor(() => expect(ids(state.visible)).toEqual(['severe', 'nerve-signs']));
		expect(await data.prefs.get(HIDDEN_RED_FLAGS_PREF, null, isHiddenRedFlags)).toEqual({});
	});

	it('lets "rising" see logs older than the loaded window', async () => {
		const day = 86_400_000;
		for (let i = 0; i < 3; i++) await data.episodes.add(createEpisode({ intensity: 3 }));
		await vi.waitFor(() => expect(ids(state.all)).toContain('frequent'));
		expect(ids(state.all)).not.toContain('rising');

		await data.water.add(createWaterIntake({ ml: 250, at: new Date(Date.now() - 100 * day) }));
		await vi.waitFor(() => expect(ids(state.all)).toContain('rising'));
	});
});
