import { createExerciseSession, createWaterIntake } from '../../src/lib/domain/records';
import { emptyLogs } from '../../src/lib/domain/types';
import { expect, test } from './fixtures';
import { HistoryPage } from './pages/history-page';
import { pageTimeZone, seedLogs } from './seed';

/** One drink and one exercise session from a minute ago, then History. */
async function openHistory(page: import('@playwright/test').Page): Promise<HistoryPage> {
	await page.goto('/');
	const tz = await pageTimeZone(page);
	const now = new Date();
	const at = new Date(now.getTime() - 60_000);
	await seedLogs(page, {
		...emptyLogs(),
		water: [createWaterIntake({ ml: 250, at }, { now, timeZone: tz })],
		exercise: [createExerciseSession({ minutes: 20, at }, { now, timeZone: tz })]
	});
	const history = new HistoryPage(page);
	await history.goto();
	return history;
}

test.describe('History edit dialog @mobile-only', () => {
	test('a change saves when its field is left, and Esc keeps it', async ({ page }) => {
		const history = await openHistory(page);
		await history.edit('Exercise — 20 min');
		const dialog = page.getByRole('dialog', { name: 'Edit exercise' });
		await expect(dialog.getByRole('button', { name: 'Save changes' })).toHaveCount(0);
		await dialog.getByLabel('Minutes of exercise').fill('35');
		await dialog.getByLabel('When').focus();
		await expect(dialog.getByRole('status').first()).toHaveText('Saved');
		await page.keyboard.press('Escape');
		await expect(dialog).toHaveCount(0);
		await expect(history.entry('Exercise — 35 min')).toHaveCount(1);
		await page.reload();
		await expect(history.entry('Exercise — 35 min')).toHaveCount(1);
	});

	test('typing is kept when the app goes to the background before the field is left', async ({ page }) => {
		const history = await openHistory(page);
		await history.edit('Water — 250 ml');
		const dialog = page.getByRole('dialog', { name: 'Edit drink' });
		await dialog.getByLabel('Amount (ml)').fill('330');
		// The phone switches apps: the page is hidden with the field still focused.
		await page.evaluate(() => {
			Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
			document.dispatchEvent(new Event('visibilitychange'));
		});
		await expect
			.poll(() =>
				page.evaluate(
					() =>
						new Promise<number[]>((resolve) => {
							const open = indexedDB.open('spasm-log');
							open.onsuccess = () => {
								const req = open.result.transaction('water').objectStore('water').getAll();
								req.onsuccess = () => {
									open.result.close();
									resolve(req.result.map((w: { ml: number }) => w.ml));
								};
							};
						})
				)
			)
			.toEqual([330]);
		await page.reload();
		await expect(history.entry('Water — 330 ml')).toHaveCount(1);
	});

	test('✕ with a valid change still typed stores it; with an invalid one says what was not saved', async ({
		page
	}) => {
		const history = await openHistory(page);
		await history.edit('Water — 250 ml');
		let dialog = page.getByRole('dialog', { name: 'Edit drink' });
		await dialog.getByLabel('Amount (ml)').fill('400');
		await dialog.getByRole('button', { name: 'Close' }).click();
		await expect(dialog).toHaveCount(0);
		await expect(history.entry('Water — 400 ml')).toHaveCount(1);

		await history.edit('Water — 400 ml');
		dialog = page.getByRole('dialog', { name: 'Edit drink' });
		await dialog.getByLabel('Amount (ml)').fill('1:30');
		await page.keyboard.press('Escape');
		await expect(dialog).toHaveCount(0);
		await expect(
			page.getByTestId('snackbar-message').filter({ hasText: /^Closed\. Not saved: amount \(ml\)/ })
		).toBeVisible();
		await expect(history.entry('Water — 400 ml')).toHaveCount(1);
	});
});
