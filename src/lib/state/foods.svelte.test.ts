import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tick } from 'svelte';
import { ValidationError } from '$lib/domain';
import { getFood, referenceIntakes } from '$lib/domain/foods';
import { createDataLayer, SpasmLogDatabase, type DataLayer } from '$lib/db';
import { Clock } from './clock.svelte';
import { FoodState } from './foods.svelte';
import { RecordActions } from './record-actions';
import { SettingsState } from './settings.svelte';
import { Snackbar } from './snackbar.svelte';
import { TodayState } from './today.svelte';

let data: DataLayer;
let snackbar: Snackbar;
const cleanups: (() => void)[] = [];

beforeEach(() => {
	data = createDataLayer(new SpasmLogDatabase(`foods-${crypto.randomUUID()}`));
	snackbar = new Snackbar();
});

afterEach(async () => {
	for (const stop of cleanups.splice(0)) stop();
	data.db.close();
	await data.db.delete();
});

async function foodState(): Promise<FoodState> {
	let foods!: FoodState;
	cleanups.push(
		$effect.root(() => {
			const clock = new Clock();
			const settings = new SettingsState(data, snackbar);
			const actions = new RecordActions(data, snackbar);
			const today = new TodayState(data, clock, settings, actions);
			foods = new FoodState(data, clock, settings, today, actions, snackbar);
		})
	);
	await tick();
	// The catalog loads after the first render, like the logs: wait for both.
	await vi.waitFor(() => expect(foods.loaded).toBe(true));
	return foods;
}

const banana = getFood('banana')!;
const almonds = getFood('almonds-dry-roasted')!;

describe('FoodState', () => {
	it('logs servings with the minerals multiplied and frozen in, and totals them for today', async () => {
		const foods = await foodState();
		await foods.log(foods.find('banana')!, 2);
		await foods.log(foods.find('almonds-dry-roasted')!, 0.5);
		await vi.waitFor(() => expect(foods.entries).toHaveLength(2));
		expect(foods.totals.potassium).toBe(banana.mg.potassium * 2 + almonds.mg.potassium * 0.5);
		expect(foods.intake[0]).toMatchObject({
			mineral: 'magnesium',
			mg: banana.mg.magnesium * 2 + almonds.mg.magnesium * 0.5,
			reference: referenceIntakes('adult-female').magnesium
		});
		expect(foods.entries.map((e) => e.foodId)).toEqual(['almonds-dry-roasted', 'banana']);
		expect(snackbar.message?.text).toBe(`Logged 0.5 servings of ${almonds.name}`);
	});

	it('compares against the reference group in the settings', async () => {
		const foods = await foodState();
		await data.settings.update({ referenceGroup: 'adult-male' });
		await vi.waitFor(() => expect(foods.intake[0]?.reference).toBe(420));
	});

	it('offers undo after logging', async () => {
		const foods = await foodState();
		await foods.log(foods.find('banana')!, 1);
		await snackbar.act();
		expect(await data.foods.count()).toBe(0);
	});

	it('searches the person’s own foods alongside the catalog, theirs first', async () => {
		const foods = await foodState();
		const mine = await foods.addCustomFood({
			name: 'Banana smoothie',
			serving: '1 glass',
			mg: { magnesium: 40, potassium: 500, calcium: 150, sodium: 60 }
		});
		expect(mine.id).toMatch(/^custom:[0-9a-f-]{36}$/);
		await vi.waitFor(() => expect(foods.search('banana smoothie')[0]?.id).toBe(mine.id));
		expect(foods.search('banana').map((f) => f.id)).toContain('banana');
		expect(foods.search('   ')).toEqual([]);
	});

	it('logs a custom food under custom:<id> with its own minerals', async () => {
		const foods = await foodState();
		const mine = await foods.addCustomFood({
			name: 'Lentil soup',
			serving: '1 bowl',
			mg: { magnesium: 70, potassium: 700, calcium: 40, sodium: 800 }
		});
		const saved = await foods.log(mine, 1.5);
		expect(saved).toMatchObject({
			foodId: mine.id,
			name: 'Lentil soup',
			mg: { magnesium: 105, potassium: 1050, calcium: 60, sodium: 1200 }
		});
	});

	it('rejects a custom food with a message per field and stores nothing', async () => {
		const foods = await foodState();
		const error = await foods
			.addCustomFood({
				name: ' ',
				serving: '1 bowl',
				mg: { magnesium: -1, potassium: 0, calcium: 0, sodium: 0 }
			})
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ValidationError);
		expect(Object.keys((error as ValidationError).fields).sort()).toEqual(['mg.magnesium', 'name']);
		expect(await data.customFoods.list()).toEqual([]);
	});

	it('keeps favourites, toggled on and off, in order of adding', async () => {
		const foods = await foodState();
		await Promise.all([foods.toggleFavourite('banana'), foods.toggleFavourite('kale-raw')]);
		await vi.waitFor(() => expect(foods.favourites.map((f) => f.id)).toEqual(['banana', 'kale-raw']));
		expect(foods.isFavourite('banana')).toBe(true);
		await foods.toggleFavourite('banana');
		await vi.waitFor(() => expect(foods.favourites.map((f) => f.id)).toEqual(['kale-raw']));
	});

	it('lists recent foods from the logs, newest first, without repeats or unknown ids', async () => {
		const foods = await foodState();
		await foods.log(foods.find('banana')!, 1);
		await foods.log(foods.find('kale-raw')!, 1);
		await foods.log(foods.find('banana')!, 1);
		await data.prefs.set('favouriteFoods', ['custom:gone', 'banana']);
		await vi.waitFor(() => expect(foods.recent.map((f) => f.id)).toEqual(['banana', 'kale-raw']));
		await vi.waitFor(() => expect(foods.favourites.map((f) => f.id)).toEqual(['banana']));
	});

	it('ignores a stored favourites value of the wrong shape', async () => {
		await data.prefs.set('favouriteFoods', 'banana');
		const foods = await foodState();
		await tick();
		expect(foods.favourites).toEqual([]);
		await foods.toggleFavourite('banana');
		await vi.waitFor(() => expect(foods.favourites.map((f) => f.id)).toEqual(['banana']));
	});
});
