import type { Locator } from '@playwright/test';
import { sixtyDays } from '../support/log-factories';
import { expect, test } from './fixtures';
import { FoodCard } from './pages/food-card';
import { TodayPage } from './pages/today-page';
import { TrendsPage } from './pages/trends-page';
import { seedLogs } from './seed';

/** Lines a block of text takes: its height over its line height. */
function lines(element: Locator): Promise<number> {
	return element.evaluate((el) => {
		const style = getComputedStyle(el);
		const lineHeight = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.2;
		return Math.round(el.getBoundingClientRect().height / lineHeight);
	});
}

test.describe('rows that fit a phone @mobile-only', () => {
	test('food results read "Mg · K · Ca · Na mg" in short lines, with full names for screen readers, and names stop at two lines', async ({
		page
	}) => {
		const today = new TodayPage(page);
		await today.goto();
		const foods = new FoodCard(page);
		// "milk" finds several long USDA names ("Milk, reduced fat, fluid, 2% milkfat, …").
		await foods.find('milk');
		const rows = foods.results.getByRole('listitem');
		await expect(rows.first()).toBeVisible();
		const count = await rows.count();
		expect(count).toBeGreaterThan(1);
		for (let i = 0; i < count; i++) {
			const row = rows.nth(i);
			await expect(row.getByTestId('mineral-line')).toHaveText(
				/^Mg \d[\d,.]* · K \d[\d,.]* · Ca \d[\d,.]* · Na \d[\d,.]* mg$/
			);
			// At most two short lines beside the buttons, and a mineral never split from its number.
			expect(await lines(row.getByTestId('mineral-line'))).toBeLessThanOrEqual(2);
			for (const pair of await row.locator('.pair').all()) expect(await lines(pair)).toBe(1);
			// What a screen reader gets instead of the symbols.
			await expect(row.locator('.minerals .visually-hidden')).toHaveText(
				/magnesium.*potassium.*calcium.*sodium/i
			);
			expect(await lines(row.locator('.name'))).toBeLessThanOrEqual(2);
		}
		// The page itself never scrolls sideways.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	});

	test('a Trends table wider than the phone says it scrolls sideways, and it does', async ({ page }) => {
		await page.clock.setFixedTime(new Date('2026-03-01T12:00:00Z'));
		await seedLogs(page, sixtyDays());
		const trends = new TrendsPage(page);
		await trends.goto();
		const card = trends.card('habits');
		const table = await trends.table('habits');
		await expect(table).toBeVisible();
		const box = card.locator('.table-scroll');
		await expect(
			card.getByText('Wider than the screen: swipe the table sideways to see every column.')
		).toBeVisible();
		const [scrollWidth, clientWidth] = await box.evaluate((el) => [el.scrollWidth, el.clientWidth]);
		expect(scrollWidth).toBeGreaterThan(clientWidth);
		// Swiping (here: scrolling the box) reveals the last column.
		await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
		await expect(table.getByRole('columnheader').last()).toBeInViewport();
	});
});
