import { expect, type Page } from '@playwright/test';
import { ready } from '../fixtures';

export class SettingsPage {
	constructor(readonly page: Page) {}

	async goto(): Promise<void> {
		await this.page.goto('/settings');
		await ready(this.page);
	}

	/**
	 * Changes the units and waits until the app says the change is stored. The choices are disabled
	 * until the stored settings load (the prerendered page shows the defaults), and `check` on the
	 * radio the defaults already mark would do nothing: so it waits for them first.
	 */
	async useUnits(label: 'Millilitres (ml)' | 'US fluid ounces (fl oz)'): Promise<void> {
		const radio = this.page.getByRole('radio', { name: label });
		await expect(radio).toBeEnabled();
		await radio.check();
		await expect(this.page.getByRole('status').filter({ hasText: 'Units saved.' })).toBeVisible();
	}

	/** Changes the theme and waits until the app says the change is stored (see `useUnits`). */
	async useTheme(label: 'Match device' | 'Light' | 'Dark'): Promise<void> {
		const radio = this.page.getByRole('radio', { name: label, exact: true });
		await expect(radio).toBeEnabled();
		await radio.check();
		await expect(this.page.getByRole('status').filter({ hasText: 'Theme saved.' })).toBeVisible();
	}
}
