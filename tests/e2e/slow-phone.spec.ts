import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EpisodeSheet } from './pages/episode-sheet';
import { FoodCard } from './pages/food-card';
import { HistoryPage } from './pages/history-page';
import { TodayPage } from './pages/today-page';

/**
 * Every kind of write on a slow phone. Chromium's CPU slowdown (8x) stands in for a low-end
 * phone: it changes how Dexie's transactions interleave with the page's other promises, and a
 * write wrapped in an async function that only sometimes awaited committed too early there
 * (PrematureCommitError). The fixture fails on any uncaught error; each step waits for the
 * app's own confirmation, which appears only after the commit.
 */
async function slowDown(page: Page, rate: number): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

test('on a slow phone every kind of write is confirmed and kept @mobile-only', async ({ page }) => {
	test.setTimeout(120_000);
	await slowDown(page, 8);
	const today = new TodayPage(page);
	await today.goto();

	// A custom amount: the drink and the remembered amount in one transaction.
	await today.addCustomWater('330');
	await expect(today.waterTotal).toContainText('330');

	// A one-tap log (episode and running timer together), a detail, then "It stopped".
	await today.logButton.click();
	const sheet = new EpisodeSheet(page);
	await sheet.expectOpen();
	await sheet.setIntensity(4);
	await sheet.expectSaved();
	await sheet.close();
	await page.getByRole('button', { name: 'It stopped' }).click();
	await expect(page.getByRole('status').filter({ hasText: /Saved: lasted/ })).toBeVisible();

	// A food and a favourite (read-modify-write of a preference).
	const food = new FoodCard(page);
	await food.find('banana');
	await food.log('Banana');
	await food.favouriteButton('Banana').click();
	await expect(food.chip(food.favourites, 'Banana')).toBeVisible();

	// A delete (record and tombstone together) and its undo.
	const history = new HistoryPage(page);
	await history.goto();
	await history.delete('Water — 330 ml');
	await expect(history.entry('Water — 330 ml')).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo: Drink deleted' }).click();
	await expect(page.getByTestId('snackbar-message').filter({ hasText: 'Drink restored' })).toBeVisible();

	// A setting.
	await page.goto('/settings');
	await page.getByLabel('Water goal (ml a day)').fill('2600');
	await page.getByLabel('Water goal (ml a day)').press('Enter');
	await expect(page.locator('#water-goal-status')).toHaveText('Saved');

	await slowDown(page, 1);
	await history.goto();
	await expect(history.entry('Water — 330 ml')).toHaveCount(1);
	await expect(history.entry('Cramp — calf')).toContainText('Intensity 4 of 10');
	await expect(history.entry(/Banana/)).toHaveCount(1);
	await today.goto();
	await expect(today.waterTotal).toContainText('of 2,600 ml');
	await expect(food.chip(food.favourites, 'Banana')).toBeVisible();
});
