import { expect, test } from './fixtures';
import { HistoryPage } from './pages/history-page';
import { TodayPage } from './pages/today-page';

test('three quick deletes in History can each be undone @mobile-only', async ({ page }) => {
	const today = new TodayPage(page);
	await today.goto();
	for (const amount of ['111', '222', '333']) {
		await today.addCustomWater(amount);
		await expect(
			page.getByTestId('snackbar-message').filter({ hasText: `Added ${amount} ml` })
		).toBeVisible();
	}

	const history = new HistoryPage(page);
	await history.goto();
	for (const amount of ['111', '222', '333']) {
		await history.delete(`Water — ${amount} ml`);
		await expect(history.entry(`Water — ${amount} ml`)).toHaveCount(0);
	}
	const undos = page.getByRole('status').getByRole('button', { name: /^Undo/ });
	await expect(undos).toHaveCount(3);

	// Oldest first: each Undo puts back its own entry.
	await page.getByRole('button', { name: 'Undo: Drink deleted' }).first().click();
	await page.getByRole('button', { name: 'Undo: Drink deleted' }).first().click();
	await page.getByRole('button', { name: 'Undo: Drink deleted' }).first().click();
	for (const amount of ['111', '222', '333'])
		await expect(history.entry(`Water — ${amount} ml`)).toHaveCount(1);
	await expect(page.getByTestId('snackbar-message').filter({ hasText: 'Drink restored' })).toBeVisible();
});

test('a message from one screen does not follow to the next @mobile-only', async ({ page }) => {
	const today = new TodayPage(page);
	await today.goto();
	await today.addWaterPreset('+ 250 ml');
	await expect(page.getByTestId('snackbar-message').filter({ hasText: 'Added 250 ml' })).toBeVisible();
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	await expect(page.getByTestId('snackbar-message').filter({ hasText: 'Added 250 ml' })).toHaveCount(0);
});

test('on Today the message stands above the log bar, not over it @mobile-only', async ({ page }) => {
	const today = new TodayPage(page);
	await today.goto();
	await today.addWaterPreset('+ 250 ml');
	const message = page.getByTestId('snackbar-message');
	await expect(message).toBeVisible();
	const bar = await message.boundingBox();
	const log = await today.logButton.boundingBox();
	expect(bar && log).toBeTruthy();
	expect(bar!.y + bar!.height).toBeLessThanOrEqual(log!.y + 1);
});
