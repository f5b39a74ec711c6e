import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, ready } from '../fixtures';

/** Settings → "Your data": back up and restore. */
export class YourDataCard {
	readonly card: Locator;
	readonly preview: Locator;

	constructor(readonly page: Page) {
		this.card = page.getByRole('region', { name: 'Your data' });
		this.preview = page.getByTestId('restore-preview');
	}

	async goto(): Promise<void> {
		await this.page.goto('/settings');
		await ready(this.page);
	}

	/** Clicks "Back up now" and returns the downloaded file's name and parsed content. */
	async backUp(): Promise<{ name: string; json: Record<string, unknown>; text: string }> {
		const download = this.page.waitForEvent('download');
		await this.card.getByRole('button', { name: 'Back up now' }).click();
		const file = await download;
		await expect(this.card.getByRole('status').filter({ hasText: 'Backup downloaded' })).toBeVisible();
		const text = await readFile(await file.path());
		return { name: file.suggestedFilename(), json: JSON.parse(text.toString()), text: text.toString() };
	}

	async choose(name: string, text: string): Promise<void> {
		await this.card
			.getByLabel('Choose a backup file')
			.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
	}

	async merge(): Promise<void> {
		await this.preview.getByRole('button', { name: 'Merge into this device' }).click();
		await expect(this.page.getByTestId('restore-done')).toBeVisible();
	}

	row(table: string): Locator {
		return this.page.getByTestId(`preview-${table}`);
	}
}
