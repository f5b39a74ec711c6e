import type { Page } from '@playwright/test';
import { ready } from '../fixtures';

export class SettingsPage {
	constructor(readonly page: Page) {}

	async goto(): Promise<void> {
		await this.page.goto('/settings');
		await ready(this.page);
	}

	async useUnits(label: 'Millilitres (ml)' | 'US fluid ounces (fl oz)'): Promise<void> {
		await this.page.getByRole('radio', { name: label }).check();
	}

	async useTheme(label: 'Match device' | 'Light' | 'Dark'): Promise<void> {
		await this.page.getByRole('radio', { name: label, exact: true }).check();
	}
}
