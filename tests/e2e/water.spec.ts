import { expect, test } from './fixtures';
import { HistoryPage } from './pages/history-page';
import { SettingsPage } from './pages/settings-page';
import { TodayPage } from './pages/today-page';

test('water presets add up, undo removes the last, and exercise raises the goal', async ({ page }) => {
	const today = new TodayPage(page);
	await today.goto();
	await today.addWaterPreset('+ 250 ml');
	await today.addWaterPreset('+ 500 ml');
	await expect(today.waterTotal).toContainText('750 ml');
	await expect(today.waterTotal).toContainText('of 2,000 ml');

	await page.getByRole('button', { name: 'Undo: Added 500 ml' }).click();
	await expect(today.waterTotal).toContainText('250 ml');

	await today.logExercise('30');
	// 12 ml per minute of exercise: 2,000 + 360.
	await expect(today.waterTotal).toContainText('of 2,360 ml');
	await expect(page.getByTestId('water-goal-note')).toContainText('+360 ml for 30 min of exercise');
});

test('a custom amount is remembered as a one-tap preset', async ({ page }) => {
	const today = new TodayPage(page);
	await today.goto();
	await today.addCustomWater('330');
	await expect(today.waterTotal).toContainText('330 ml');
	await today.addWaterPreset('+ 330 ml');
	await expect(today.waterTotal).toContainText('660 ml');
});

test('a bad custom amount says why and adds nothing', async ({ page }) => {
	const today = new TodayPage(page);
	await today.goto();
	await today.tryCustomWater('-5');
	await expect(page.getByText('Amount must be a plain number, like 250 or 1.5 (in ml).')).toBeVisible();
	await today.tryCustomWater('0.5');
	await expect(page.getByText('Amount must be at least 1 ml.')).toBeVisible();
	await today.tryCustomWater('1e3');
	await expect(page.getByText('Amount must be a plain number, like 250 or 1.5 (in ml).')).toBeVisible();
	await expect(today.waterTotal).toContainText('0 ml');
});

test('switching to US units converts what is shown, not what is stored', async ({ page }) => {
	const today = new TodayPage(page);
	await today.goto();
	await today.addWaterPreset('+ 500 ml');

	const settings = new SettingsPage(page);
	await settings.goto();
	await settings.useUnits('US fluid ounces (fl oz)');
	await expect(page.getByLabel('Water goal (fl oz a day)')).toHaveValue('68');

	await today.goto();
	await expect(today.waterTotal).toContainText('16.9 fl oz');
	await expect(today.waterTotal).toContainText('of 68 fl oz');
	await today.addWaterPreset('+ 8 fl oz');
	await expect(today.waterTotal).toContainText('25 fl oz');

	const history = new HistoryPage(page);
	await history.goto();
	// The day's two drinks sum up in one row; opened, each is its own entry.
	await history.showAllDrinks();
	await expect(history.entry('Water — 16.9 fl oz')).toHaveCount(1);

	await settings.goto();
	await settings.useUnits('Millilitres (ml)');
	await history.goto();
	await history.showAllDrinks();
	await expect(history.entry('Water — 500 ml')).toHaveCount(1);
	await expect(history.entry('Water — 237 ml')).toHaveCount(1);
});

test('goals and theme persist across reloads', async ({ page }) => {
	const settings = new SettingsPage(page);
	await settings.goto();
	await page.getByLabel('Water goal (ml a day)').fill('2500');
	await page.getByLabel('Water goal (ml a day)').press('Enter');
	await expect(page.locator('#water-goal-status')).toHaveText('Saved');
	await settings.useTheme('Dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

	await page.reload();
	await expect(page.getByLabel('Water goal (ml a day)')).toHaveValue('2500');
	await expect(page.getByRole('radio', { name: 'Dark', exact: true })).toBeChecked();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

	const today = new TodayPage(page);
	await today.goto();
	await expect(today.waterTotal).toContainText('of 2,500 ml');
});

test('an out-of-range goal is refused with a reason', async ({ page }) => {
	const settings = new SettingsPage(page);
	await settings.goto();
	await page.getByLabel('Water goal (ml a day)').fill('100');
	await page.getByLabel('Water goal (ml a day)').press('Enter');
	await expect(page.getByText('Water goal must be at least 500 ml.')).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('Water goal (ml a day)')).toHaveValue('2000');
});
