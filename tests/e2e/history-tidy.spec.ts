import { createEpisode, createWaterIntake } from '../../src/lib/domain/records';
import { emptyLogs } from '../../src/lib/domain/types';
import { expect, test } from './fixtures';
import { HistoryPage } from './pages/history-page';
import { pageTimeZone, seedLogs } from './seed';

test.describe('History at 360 px @mobile-only', () => {
	test("a day's drinks sum up in one row that opens, and no kinds ticked suggests nothing else", async ({
		page
	}) => {
		await page.goto('/');
		const tz = await pageTimeZone(page);
		const now = new Date();
		const ago = (min: number) => new Date(now.getTime() - min * 60_000);
		await seedLogs(page, {
			...emptyLogs(),
			water: [500, 500, 250].map((ml, i) => createWaterIntake({ ml, at: ago(i + 1) }, { now, timeZone: tz })),
			episodes: [createEpisode({ kind: 'cramp', location: 'calf', startedAt: ago(5) }, { now, timeZone: tz })]
		});
		const history = new HistoryPage(page);
		await history.goto();
		await expect(history.drinkGroups).toHaveCount(1);
		await expect(history.drinkGroups).toContainText('Water — 3 drinks, 1,250 ml');
		await expect(history.entry('Water —')).toHaveCount(0);
		await expect(history.entry('Cramp — calf')).toHaveCount(1);
		await page.getByRole('button', { name: 'Show drinks' }).click();
		await expect(history.entry('Water — 500 ml')).toHaveCount(2);
		await expect(history.entry('Water — 250 ml')).toHaveCount(1);
		await page.getByRole('button', { name: 'Hide drinks' }).click();
		await expect(history.entry('Water —')).toHaveCount(0);

		for (const kind of ['Episodes', 'Water', 'Food', 'Stretching', 'Exercise', 'Supplements and medicines'])
			await page.getByRole('checkbox', { name: kind }).uncheck();
		await expect(page.getByText('No kinds are ticked. Tick one above to see its entries.')).toBeVisible();
		await expect(page.getByText(/show earlier days/)).toHaveCount(0);
	});
});
