import type { Locator, Page } from '@playwright/test';

export interface NewItem {
	name: string;
	kind?: 'Supplement' | 'Medicine';
	amount: string;
	unit: 'mg' | 'g' | 'ml' | 'tablet' | 'drop' | 'spray';
	mineral?: 'Magnesium' | 'Potassium' | 'Calcium' | 'Sodium';
	mineralMg?: string;
}

/** The "Supplements and medicines" card on Today. */
export class MedicationCard {
	readonly region: Locator;
	readonly items: Locator;
	readonly taken: Locator;

	constructor(readonly page: Page) {
		this.region = page.getByRole('region', { name: 'Supplements and medicines' });
		this.items = this.region.getByRole('list', { name: 'Your list' });
		this.taken = this.region.getByRole('list', { name: 'Taken today' });
	}

	async addItem(item: NewItem): Promise<void> {
		await this.region.getByText('Add a supplement or medicine', { exact: true }).click();
		await this.region.getByLabel('Name').fill(item.name);
		await this.region.getByRole('radio', { name: item.kind ?? 'Supplement' }).check();
		await this.region.getByLabel('Usual amount').fill(item.amount);
		await this.region.getByLabel('Unit').selectOption(item.unit);
		if (item.mineral) {
			await this.region.getByLabel('Counts towards').selectOption({ label: item.mineral });
			await this.region.getByLabel(`${item.mineral} per dose (mg)`).fill(item.mineralMg ?? '');
		}
		await this.region.getByRole('button', { name: 'Save to my list' }).click();
	}

	/** The one-tap button of a saved item. */
	take(name: string): Locator {
		return this.items.getByRole('button', { name: new RegExp(`^Took ${name}`) });
	}
}
