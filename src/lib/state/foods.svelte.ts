import { createFoodServing } from '$lib/domain/records';
import { addDays } from '$lib/domain/time';
import type { Day, FoodServing, MineralMg } from '$lib/domain/types';
import { supplementMineralsForDay } from '$lib/domain/medications/supplement-minerals';
// Modules, not the foods index: the catalog and search load after the first render (see below).
import { addMinerals, recentFoodIds, totalsForDay } from '$lib/domain/foods/food-log';
import { assessIntake, type IntakeProgress } from '$lib/domain/foods/reference-intakes';
import { formatServings } from '$lib/domain/foods/servings';
import type { CustomFood, DataLayer } from '$lib/db';
import type { Clock } from './clock.svelte';
import { LiveQuery } from './live-query.svelte';
import { explainWriteErrors } from './write-errors';
import type { RecordActions } from './record-actions';
import type { SettingsState } from './settings.svelte';
import type { Snackbar } from './snackbar.svelte';
import type { TodayState } from './today.svelte';

/** A food the person can log: from the bundled catalog or one they defined. */
export interface FoodChoice {
	/** Catalog id, or 'custom:<id>' for the person's own food, as stored in FoodServing.foodId. */
	id: string;
	name: string;
	serving: string;
	/** Per serving. */
	mg: Readonly<MineralMg>;
	aliases: readonly string[];
	custom: boolean;
}

export interface NewCustomFood {
	name: string;
	serving: string;
	mg: MineralMg;
}

export const CUSTOM_PREFIX = 'custom:';
const FAVOURITES = 'favouriteFoods';
/** Recent foods come from this many days of logs: enough for habits, never the whole history. */
const RECENT_DAYS = 90;
const RECENT_LIMIT = 6;
const SEARCH_LIMIT = 8;

const isIdList = (value: unknown): value is string[] =>
	Array.isArray(value) &&
	value.length <= 500 &&
	value.every((id) => typeof id === 'string' && id.length <= 300);

interface Catalog {
	choices: readonly FoodChoice[];
	search: typeof import('$lib/domain/foods/search').searchFoods;
	mineralForQuery: typeof import('$lib/domain/foods/search').mineralForQuery;
	foodsRichestIn: typeof import('$lib/domain/foods/search').foodsRichestIn;
}

let catalog: Promise<Catalog> | undefined;

/** The bundled catalog and its search, loaded once: Today paints and hydrates without them. */
function loadCatalog(): Promise<Catalog> {
	catalog ??= Promise.all([import('$lib/domain/foods/catalog'), import('$lib/domain/foods/search')]).then(
		([{ CATALOG }, { searchFoods, mineralForQuery, foodsRichestIn }]) => ({
			choices: CATALOG.map((food) => ({
				id: food.id,
				name: food.name,
				serving: food.serving,
				mg: food.mg,
				aliases: food.aliases,
				custom: false
			})),
			search: searchFoods,
			mineralForQuery,
			foodsRichestIn
		})
	);
	return catalog;
}

function customChoice(food: CustomFood): FoodChoice {
	return {
		id: CUSTOM_PREFIX + food.id,
		name: food.name,
		serving: food.serving,
		mg: food.mg,
		aliases: [],
		custom: true
	};
}

/**
 * Electrolyte foods: search over the catalog and the person's own foods, recent and favourite
 * foods, logging, and today's mineral totals against the chosen reference intakes.
 */
export class FoodState {
	readonly #data: DataLayer;
	readonly #clock: Clock;
	readonly #settings: SettingsState;
	readonly #today: TodayState;
	readonly #actions: RecordActions;
	readonly #snackbar: Snackbar;
	#custom: LiveQuery<CustomFood[]>;
	#favouriteIds: LiveQuery<string[]>;
	#recentLogs: LiveQuery<FoodServing[], Day>;
	#catalog = $state.raw<Catalog>();
	/** Favourite writes run one after another, each on the latest stored list. */
	#favouriteWrites: Promise<unknown> = Promise.resolve();

	/** The person's own foods first, so on equal matches theirs come before the catalog's. */
	readonly choices: readonly FoodChoice[];
	readonly #byId: ReadonlyMap<string, FoodChoice>;
	readonly recent: readonly FoodChoice[];
	readonly favourites: readonly FoodChoice[];
	/** Today's entries, newest first. */
	readonly entries: readonly FoodServing[];
	/** Today's minerals from food only. */
	readonly totals: MineralMg;
	/** Today's minerals from supplements (their elemental mg), kept apart from food. */
	readonly supplementTotals: MineralMg;
	/** Food and supplements together: what the bars compare with the reference intakes. */
	readonly intake: readonly IntakeProgress[];

	constructor(
		data: DataLayer,
		clock: Clock,
		settings: SettingsState,
		today: TodayState,
		actions: RecordActions,
		snackbar: Snackbar
	) {
		this.#data = data;
		this.#clock = clock;
		this.#settings = settings;
		this.#today = today;
		this.#actions = actions;
		this.#snackbar = snackbar;
		this.#custom = new LiveQuery(() => data.customFoods.list(), []);
		this.#favouriteIds = new LiveQuery(() => data.prefs.get<string[]>(FAVOURITES, [], isIdList), []);
		this.#recentLogs = new LiveQuery(
			(day) => data.foods.listByDayRange(addDays(day, -(RECENT_DAYS - 1)), day),
			[],
			() => this.#clock.today
		);
		$effect(() => {
			void loadCatalog().then((loaded) => (this.#catalog = loaded));
		});
		this.choices = $derived([...this.#custom.current.map(customChoice), ...(this.#catalog?.choices ?? [])]);
		// A plain Map rebuilt with the list, never mutated, so it needs no reactivity of its own.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#byId = $derived(new Map(this.choices.map((c) => [c.id, c])));
		this.recent = $derived(this.#resolve(recentFoodIds(this.#recentLogs.current, RECENT_LIMIT)));
		this.favourites = $derived(this.#resolve(this.#favouriteIds.current));
		this.entries = $derived([...today.logs.foods].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)));
		this.totals = $derived(totalsForDay(today.logs.foods, today.day));
		this.supplementTotals = $derived(supplementMineralsForDay(today.logs.medications, today.day));
		this.intake = $derived(
			assessIntake(addMinerals(this.totals, this.supplementTotals), settings.current.referenceGroup)
		);
	}

	/** Ids to foods, skipping any that no longer exist (a custom food deleted since). */
	#resolve(ids: readonly string[]): FoodChoice[] {
		return ids.map((id) => this.#byId.get(id)).filter((c): c is FoodChoice => c !== undefined);
	}

	get loaded(): boolean {
		return this.#today.loaded && this.#catalog !== undefined;
	}

	get referenceGroup() {
		return this.#settings.current.referenceGroup;
	}

	find(id: string): FoodChoice | undefined {
		return this.#byId.get(id);
	}

	/**
	 * Best matches first; nothing for an empty query (the chips and the hint cover that case). A
	 * mineral's name ("magnesium", or "salt" for sodium) browses the foods richest in it.
	 */
	search(query: string, limit = SEARCH_LIMIT): FoodChoice[] {
		if (!query.trim() || !this.#catalog) return [];
		const mineral = this.#catalog.mineralForQuery(query);
		if (mineral) return this.#catalog.foodsRichestIn(mineral, this.choices).slice(0, limit);
		return this.#catalog.search(query, this.choices).slice(0, limit);
	}

	isFavourite(id: string): boolean {
		return this.#favouriteIds.current.includes(id);
	}

	toggleFavourite(id: string): Promise<void> {
		// Read and write in one transaction, so a toggle in another tab at the same moment still counts.
		const write = this.#favouriteWrites.then(async () => {
			await this.#guard(() =>
				this.#data.prefs.update<string[]>(FAVOURITES, [], isIdList, (stored) =>
					stored.includes(id) ? stored.filter((f) => f !== id) : [...stored, id]
				)
			);
		});
		this.#favouriteWrites = write.catch(() => undefined);
		return write;
	}

	/** Logs `servings` of a food with its minerals frozen in, and offers undo. */
	async log(choice: FoodChoice, servings: number): Promise<FoodServing> {
		const saved = await this.#actions.add(
			'foods',
			createFoodServing({ foodId: choice.id, name: choice.name, servings, mgPerServing: choice.mg })
		);
		this.#snackbar.show(`Logged ${formatServings(saved.servings)} of ${saved.name}`, {
			label: 'Undo',
			run: () => this.#actions.remove('foods', saved.id, saved.name)
		});
		return saved;
	}

	remove(entry: FoodServing): Promise<void> {
		return this.#actions.remove('foods', entry.id, entry.name);
	}

	/** Stores a food of the person's own; throws ValidationError with a message per field. */
	async addCustomFood(input: NewCustomFood): Promise<FoodChoice> {
		const saved = await this.#guard(() =>
			this.#data.customFoods.add({
				id: crypto.randomUUID(),
				name: input.name,
				serving: input.serving,
				mg: { ...input.mg },
				// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a throwaway timestamp
				createdAt: new Date().toISOString()
			})
		);
		return customChoice(saved);
	}

	#guard<T>(write: () => Promise<T>): Promise<T> {
		return explainWriteErrors(this.#snackbar, write);
	}
}
