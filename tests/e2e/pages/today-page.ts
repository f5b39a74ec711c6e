import type { Locator, Page } from '@playwright/test';
import { confirmed, ready } from '../fixtures';

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

	/** Returns once the drink is stored ("Added …" appears only after the commit). */
	async addWaterPreset(label: string): Promise<void> {
		await confirmed(this.page, 'Added', () =>
			this.water.getByRole('button', { name: label, exact: true }).click()
		);
	}

	/** Returns once the drink is stored; for an amount the card refuses, use `tryCustomWater`. */
	async addCustomWater(amount: string): Promise<void> {
		await confirmed(this.page, 'Added', () => this.tryCustomWater(amount));
	}

	async tryCustomWater(amount: string): Promise<void> {
		await this.water.getByLabel(/Other amount/).fill(amount);
		await this.water.getByRole('button', { name: 'Add', exact: true }).click();
	}

	/** Returns once the session is stored; for minutes the card refuses, use `tryExercise`. */
	async logExercise(minutes: string): Promise<void> {
		await confirmed(this.page, 'of exercise', () => this.tryExercise(minutes));
	}

	async tryExercise(minutes: string): Promise<void> {
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
