import { expect, type Locator, type Page } from '@playwright/test';

/** The episode details sheet (a modal dialog), as opened from Today or History. */
export class EpisodeSheet {
	readonly dialog: Locator;

	constructor(readonly page: Page) {
		this.dialog = page.getByRole('dialog');
	}

	async expectOpen(title: 'Episode details' | 'Log a past episode' = 'Episode details'): Promise<void> {
		await expect(this.dialog.getByRole('heading', { name: title })).toBeVisible();
		await this.acceptsInput();
	}

	/**
	 * A sheet that just opened ignores input for a moment (the finger that opened it may still be
	 * coming down) and marks its form inert meanwhile; `fill` does not wait for that by itself.
	 */
	async acceptsInput(): Promise<void> {
		await expect(this.dialog.locator('form').first()).not.toHaveAttribute('inert');
	}

	async chooseKind(kind: 'Spasm' | 'Cramp' | 'Twitch'): Promise<void> {
		await this.acceptsInput();
		await this.dialog.getByRole('radio', { name: new RegExp(`^${kind}\\b`) }).check();
	}

	async chooseOnMap(view: 'Front' | 'Back', region: string): Promise<void> {
		await this.acceptsInput();
		await this.dialog.getByRole('button', { name: view, exact: true }).click();
		await this.dialog.getByRole('radio', { name: region, exact: true }).click();
	}

	async setIntensity(value: number): Promise<void> {
		await this.acceptsInput();
		await this.dialog.getByRole('slider', { name: /Intensity/ }).fill(String(value));
	}

	async check(label: string | RegExp): Promise<void> {
		await this.acceptsInput();
		await this.dialog.getByRole('checkbox', { name: label }).check();
	}

	/** The bottom "Done" (every change is already stored as it is made; Done closes). */
	async save(): Promise<void> {
		await this.dialog.getByRole('button', { name: 'Done', exact: true }).click();
		await this.tapsReachThePage();
	}

	/** The ✕ at the top: closes, keeping what is stored. */
	async close(): Promise<void> {
		await this.dialog.getByRole('button', { name: 'Close', exact: true }).first().click();
		await this.tapsReachThePage();
	}

	/**
	 * Closing waits for the last writes, then the sheet swallows taps for a moment so the second
	 * tap of a double tap never lands on what it uncovers; the page marks that whole time, and a
	 * person's next deliberate tap comes after it.
	 */
	async tapsReachThePage(): Promise<void> {
		await expect(this.page.locator('html[data-tap-guard]')).toHaveCount(0);
	}

	/** Waits for the sheet's own signal that every change so far is committed. */
	async expectSaved(): Promise<void> {
		await expect(this.dialog.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();
	}

	async setDuration(text: string): Promise<void> {
		await this.acceptsInput();
		const field = this.dialog.getByLabel(/How long it lasted/);
		await field.fill(text);
		await field.blur();
	}
}
