import { createWaterIntake } from '../../src/lib/domain/records';
import { emptyLogs } from '../../src/lib/domain/types';
import { expect, test } from './fixtures';
import { HistoryPage } from './pages/history-page';
import { pageTimeZone, seedLogs } from './seed';

const AMOUNTS = [111, 222, 333, 444, 555];

test.describe('Recently deleted @mobile-only', () => {
	test('five quick deletes can each be restored, the fourth and fifth included', async ({ page }) => {
		await page.goto('/');
		const tz = await pageTimeZone(page);
		const now = new Date();
		await seedLogs(page, {
			...emptyLogs(),
			water: AMOUNTS.map((ml, i) =>
				createWaterIntake({ ml, at: new Date(now.getTime() - (i + 1) * 60_000) }, { now, timeZone: tz })
			)
		});
		const history = new HistoryPage(page);
		await history.goto();
		for (const ml of AMOUNTS) {
			await history.delete(`Water — ${ml} ml`);
			await expect(history.entry(`Water — ${ml} ml`)).toHaveCount(0);
		}
		// The snackbar holds three Undos at most: the first two deletes lost theirs.
		await expect(page.getByRole('status').getByRole('button', { name: /^Undo/ })).toHaveCount(3);
		await expect(history.recentlyDeleted.getByRole('heading')).toHaveText('Recently deleted (5)');
		await expect(history.recentlyDeleted.getByRole('listitem')).toHaveCount(5);

		// Restore in the order deleted: the first two have no Undo left, the last three still do.
		for (const [i, ml] of AMOUNTS.entries()) {
			const restored = page.getByTestId('snackbar-message').filter({ hasText: 'Drink restored' });
			await history.restore(`Water — ${ml} ml`);
			await expect(restored).toBeVisible();
			await expect(history.recentlyDeleted.getByRole('listitem')).toHaveCount(AMOUNTS.length - i - 1);
			await history.showAllDrinks();
			await expect(history.entry(`Water — ${ml} ml`)).toHaveCount(1);
		}
		await expect(history.recentlyDeleted).toHaveCount(0);
		// A restore also used up that delete's Undo: nothing left to undo twice.
		await expect(page.getByRole('status').getByRole('button', { name: /^Undo/ })).toHaveCount(0);

		// Restored means stored: a reload shows all five.
		await page.reload();
		await history.showAllDrinks();
		for (const ml of AMOUNTS) await expect(history.entry(`Water — ${ml} ml`)).toHaveCount(1);
	});

	test('a delete undone from its message leaves the list', async ({ page }) => {
		const history = new HistoryPage(page);
		await page.goto('/');
		const tz = await pageTimeZone(page);
		const now = new Date();
		await seedLogs(page, {
			...emptyLogs(),
			water: [createWaterIntake({ ml: 250, at: new Date(now.getTime() - 60_000) }, { now, timeZone: tz })]
		});
		await history.goto();
		await history.delete('Water — 250 ml');
		await expect(history.recentlyDeleted.getByRole('listitem')).toHaveCount(1);
		await page.getByRole('button', { name: 'Undo: Drink deleted' }).click();
		await expect(page.getByTestId('snackbar-message').filter({ hasText: 'Drink restored' })).toBeVisible();
		await expect(history.recentlyDeleted).toHaveCount(0);
		await expect(history.entry('Water — 250 ml')).toHaveCount(1);
	});
});
