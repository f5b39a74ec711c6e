import { expect, test } from './fixtures';
import { SettingsPage } from './pages/settings-page';
import { TodayPage } from './pages/today-page';

test('a goal saves on leaving the field, says so beside it, and survives leaving the page', async ({
	page
}) => {
	const settings = new SettingsPage(page);
	await settings.goto();
	await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
	const water = page.getByLabel('Water goal (ml a day)');
	await water.fill('2600');
	await page.getByLabel('Stretching goal (minutes a day)').focus();
	await expect(page.locator('#water-goal-status')).toHaveText('Saved');

	await page.getByLabel('Stretching goal (minutes a day)').fill('15');
	// Straight to another tab: leaving the field saves it first.
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
	const today = new TodayPage(page);
	await expect(today.waterTotal).toContainText('of 2,600 ml');
	await expect(page.getByRole('region', { name: 'Stretching' })).toContainText('of 15 min today');
});

test('a goal error speaks the unit typed and keeps the stored goal', async ({ page }) => {
	const settings = new SettingsPage(page);
	await settings.goto();
	const stretch = page.getByLabel('Stretching goal (minutes a day)');
	await stretch.fill('1.5');
	await stretch.press('Enter');
	await expect(page.getByText('Stretching goal must be a whole number of minutes.')).toBeVisible();
	await stretch.fill('0x10');
	await stretch.press('Enter');
	await expect(page.getByText(/Stretching goal must be a plain number/)).toBeVisible();
	await page.reload();
	await expect(stretch).toHaveValue('10');
});

test('US units show sensible steps', async ({ page }) => {
	const settings = new SettingsPage(page);
	await settings.goto();
	await page.getByLabel('Water goal (ml a day)').fill('3000');
	await page.getByLabel('Water goal (ml a day)').press('Enter');
	await expect(page.locator('#water-goal-status')).toHaveText('Saved');
	await settings.useUnits('US fluid ounces (fl oz)');
	const water = page.getByLabel('Water goal (fl oz a day)');
	await expect(water).toHaveValue('101');
	await expect(page.getByText('A common starting point is 68 fl oz.')).toBeVisible();
	await expect(page.getByText('Days you log exercise add 8 fl oz for every 20 minutes.')).toBeVisible();
});
