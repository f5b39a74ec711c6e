import type { Locator, Page } from '@playwright/test';
import { expect, ready } from '../fixtures';

export class HistoryPage {
	readonly entries: Locator;

	constructor(readonly page: Page) {
		this.entries = page.locator('main li.entry');
	}

	async goto(): Promise<void> {
		await this.page.goto('/history');
		await ready(this.page);
	}

	entry(text: string | RegExp): Locator {
		return this.entries.filter({ hasText: text });
	}

	/** The rows that sum up a day's drinks (two or more drinks on one day). */
	get drinkGroups(): Locator {
		return this.page.locator('main li.drinks');
	}

	/** Opens every day's summed-up drinks so each drink is its own row. */
	async showAllDrinks(): Promise<void> {
		// The list loads after the page: wait for its first row before looking for closed groups.
		await expect(this.entries.or(this.drinkGroups).first()).toBeVisible();
		const closed = this.page.getByRole('button', { name: 'Show drinks', expanded: false });
		while ((await closed.count()) > 0) await closed.first().click();
	}

	/** The session's "Recently deleted" list. */
	get recentlyDeleted(): Locator {
		return this.page.getByRole('region', { name: /^Recently deleted/ });
	}

	async restore(text: string | RegExp): Promise<void> {
		await this.recentlyDeleted
			.getByRole('listitem')
			.filter({ hasText: text })
			.getByRole('button', { name: /^Restore/ })
			.click();
	}

	async edit(text: string | RegExp): Promise<void> {
		await this.showAllDrinks();
		await this.entry(text).getByRole('button', { name: /^Edit/ }).click();
	}

	async delete(text: string | RegExp): Promise<void> {
		await this.showAllDrinks();
		await this.entry(text)
			.getByRole('button', { name: /^Delete/ })
			.click();
	}
}
