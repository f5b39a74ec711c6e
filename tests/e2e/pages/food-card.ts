import type { Locator, Page } from '@playwright/test';
import { confirmed } from '../fixtures';

export interface CustomFoodInput {
	name?: string;
	serving?: string;
	magnesium?: string;
	potassium?: string;
	calcium?: string;
	sodium?: string;
}

/** The "Electrolyte foods" card on Today. */
export class FoodCard {
	readonly region: Locator;
	readonly search: Locator;
	readonly servings: Locator;
	readonly results: Locator;
	readonly minerals: Locator;
	readonly favourites: Locator;
	readonly recent: Locator;
	readonly logged: Locator;
	readonly customToggle: Locator;

	constructor(readonly page: Page) {
		this.region = page.getByRole('region', { name: 'Electrolyte foods' });
		this.search = this.region.getByLabel('Search foods');
		this.servings = this.region.getByRole('textbox', { name: 'Servings' });
		this.results = this.region.getByRole('list', { name: 'Search results' });
		this.minerals = this.region.getByRole('list', { name: "Today's minerals" });
		this.favourites = this.region.getByRole('list', { name: 'Favourites' });
		this.recent = this.region.getByRole('list', { name: 'Recent' });
		this.logged = this.region.getByRole('list', { name: 'Logged today' });
		this.customToggle = this.region.getByText('Add your own food', { exact: true });
	}

	/** One mineral's line, e.g. 'Magnesium 64 of 320 mg'. */
	mineral(name: 'magnesium' | 'potassium' | 'calcium' | 'sodium'): Locator {
		return this.region.getByTestId(`mineral-${name}`);
	}

	async find(query: string): Promise<void> {
		await this.search.fill(query);
	}

	/** Returns once the serving is stored ("Logged … of name" appears only after the commit). */
	async log(name: string, servings?: string): Promise<void> {
		await confirmed(this.page, `of ${name}`, () => this.tryLog(name, servings));
	}

	/** Presses Log without waiting for a save: for servings the card refuses. */
	async tryLog(name: string, servings?: string): Promise<void> {
		if (servings !== undefined) await this.servings.fill(servings);
		await this.results.getByRole('button', { name: `Log ${name}`, exact: true }).click();
	}

	favouriteButton(name: string): Locator {
		return this.results.getByRole('button', { name: `Favourite ${name}`, exact: true });
	}

	chip(list: Locator, name: string): Locator {
		return list.getByRole('button', { name: `Log 1 serving of ${name}`, exact: true });
	}

	entry(text: string | RegExp): Locator {
		return this.logged.getByRole('listitem').filter({ hasText: text });
	}

	async openCustomForm(): Promise<void> {
		if (!(await this.region.getByLabel('Name', { exact: true }).isVisible())) await this.customToggle.click();
	}

	customField(label: string): Locator {
		return this.region.getByLabel(label, { exact: true });
	}

	async fillCustomFood(input: CustomFoodInput): Promise<void> {
		await this.openCustomForm();
		const fields: [keyof CustomFoodInput, string][] = [
			['name', 'Name'],
			['serving', 'One serving is'],
			['magnesium', 'Magnesium (mg)'],
			['potassium', 'Potassium (mg)'],
			['calcium', 'Calcium (mg)'],
			['sodium', 'Sodium (mg)']
		];
		for (const [key, label] of fields) {
			const value = input[key];
			if (value !== undefined) await this.customField(label).fill(value);
		}
	}

	async saveCustomFood(): Promise<void> {
		await this.region.getByRole('button', { name: 'Save food' }).click();
	}
}
