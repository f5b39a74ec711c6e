import type { Locator, Page } from '@playwright/test';
import { ready } from '../fixtures';

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

	async edit(text: string | RegExp): Promise<void> {
		await this.entry(text).getByRole('button', { name: /^Edit/ }).click();
	}

	async delete(text: string | RegExp): Promise<void> {
		await this.entry(text)
			.getByRole('button', { name: /^Delete/ })
			.click();
	}
}
