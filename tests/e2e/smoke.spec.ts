import { expect, test } from './fixtures';
import { TodayPage } from './pages/today-page';

test.describe('foundation smoke @mobile-only', () => {
	test('a water entry survives a reload', async ({ page }) => {
		const today = new TodayPage(page);
		await today.goto();
		await expect(today.waterTotal).toContainText('0 ml');
		await today.addWaterPreset('+ 250 ml');
		await expect(today.waterTotal).toContainText('250 ml');

		await page.reload();
		await expect(today.waterTotal).toContainText('250 ml');
	});

	test('an entry added in a second tab appears in the first without reload', async ({ page, context }) => {
		const first = new TodayPage(page);
		await first.goto();
		await first.addWaterPreset('+ 250 ml');
		await expect(first.waterTotal).toContainText('250 ml');

		const second = new TodayPage(await context.newPage());
		await second.goto();
		await expect(second.waterTotal).toContainText('250 ml');
		await second.addWaterPreset('+ 500 ml');
		await expect(second.waterTotal).toContainText('750 ml');

		await expect(first.waterTotal).toContainText('750 ml');
	});
});

test('every main page has a title, a heading and the navigation @layout', async ({ page }) => {
	for (const [path, title] of [
		['/', 'Today'],
		['/history', 'History'],
		['/trends', 'Trends'],
		['/settings', 'Settings']
	] as const) {
		await page.goto(path);
		await expect(page).toHaveTitle(new RegExp(`^${title}`));
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		await expect(
			page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: title })
		).toHaveAttribute('aria-current', 'page');
	}
});

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});
