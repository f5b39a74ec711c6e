import type { Locator, Page } from '@playwright/test';
import { ready } from '../fixtures';

export class TodayPage {
	readonly water: Locator;
	readonly waterTotal: Locator;
	readonly logButton: Locator;

	constructor(readonly page: Page) {
		this.water = page.getByRole('region', { name: 'Water' });
		this.waterTotal = page.getByTestId('water-total');
		this.logButton = page.getByRole('button', { name: 'Log a spasm' });
	}

	async goto(): Promise<void> {
		await this.page.goto('/');
		await ready(this.page);
	}

	async addWaterPreset(label: string): Promise<void> {
		await this.water.getByRole('button', { name: label, exact: true }).click();
	}

	async addCustomWater(amount: string): Promise<void> {
		await this.water.getByLabel(/Other amount/).fill(amount);
		await this.water.getByRole('button', { name: 'Add', exact: true }).click();
	}

	async logExercise(minutes: string): Promise<void> {
		await this.water.getByLabel(/Exercise \(minutes\)/).fill(minutes);
		await this.water.getByRole('button', { name: 'Log exercise' }).click();
	}

	async itStopped(): Promise<void> {
		await this.page
			.getByRole('group', { name: 'Episode in progress' })
			.getByRole('button', { name: 'It stopped' })
			.click();
	}

	async logPastEpisode(): Promise<void> {
		await this.page.getByRole('button', { name: 'Log a past episode' }).click();
	}
}
