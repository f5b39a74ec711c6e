import { expect, test } from './fixtures';
import { EpisodeSheet } from './pages/episode-sheet';
import { HistoryPage } from './pages/history-page';
import { TodayPage } from './pages/today-page';

test.describe('logging an episode', () => {
	test('one tap starts a timer; "It stopped" saves the duration shown in History', async ({ page }) => {
		await page.clock.install({ time: new Date('2026-11-24T10:00:00Z') });
		const today = new TodayPage(page);
		await today.goto();
		await today.logButton.click();

		const sheet = new EpisodeSheet(page);
		await sheet.expectOpen();
		await sheet.close();
		await expect(page.getByRole('timer')).toBeVisible();

		await page.clock.fastForward('01:35');
		// The fake clock jumps 95 s; real time keeps flowing under it, and on a loaded machine the
		// steps around the jump take seconds: allow up to 24 s more.
		await expect(page.getByRole('timer')).toHaveText(/^1:(3[5-9]|[45]\d)$/);
		await today.itStopped();
		await expect(
			page.getByRole('status').filter({ hasText: /lasted 1 min (3[5-9]|[45]\d) s/ })
		).toBeVisible();

		const history = new HistoryPage(page);
		await history.goto();
		await expect(history.entry('Cramp — calf')).toContainText(/Lasted 1 min (3[5-9]|[45]\d) s/);
	});

	test('the details sheet records everything entered', async ({ page }) => {
		const today = new TodayPage(page);
		await today.goto();
		await today.logButton.click();
		const sheet = new EpisodeSheet(page);
		await sheet.expectOpen();

		await sheet.chooseKind('Spasm');
		await sheet.chooseOnMap('Back', 'Left hamstring');
		await sheet.setIntensity(7);
		await sheet.check('Long sitting');
		await sheet.dialog.getByRole('button', { name: 'I stretched' }).click();
		await sheet.dialog.getByLabel('Did stretch help?').selectOption({ label: 'Helped a lot' });
		await sheet.dialog.getByLabel('Notes').fill('After a long drive');
		await sheet.save();
		await expect(sheet.dialog).toBeHidden();

		const history = new HistoryPage(page);
		await history.goto();
		const entry = history.entry('Spasm — left hamstring');
		await expect(entry).toContainText('Intensity 7 of 10');
		await expect(entry).toContainText('Triggers: Long sitting');
		await expect(entry).toContainText('Relief: Stretch (helped a lot)');
		await expect(entry).toContainText('Notes: After a long drive');
	});

	test('the body map works from the keyboard', async ({ page }) => {
		const today = new TodayPage(page);
		await today.goto();
		await today.logButton.click();
		const sheet = new EpisodeSheet(page);
		await sheet.dialog.getByRole('button', { name: 'Front', exact: true }).click();
		await sheet.dialog.getByRole('radio', { name: 'Right shoulder' }).focus();
		await page.keyboard.press('Enter');
		await expect(sheet.dialog.getByRole('radio', { name: 'Right shoulder' })).toHaveAttribute(
			'aria-checked',
			'true'
		);
		await expect(sheet.dialog.getByLabel('Or pick from a list')).toHaveValue('shoulder');
	});

	test('the next quick log is prefilled with the usual kind and place', async ({ page }) => {
		const today = new TodayPage(page);
		await today.goto();
		await today.logButton.click();
		const sheet = new EpisodeSheet(page);
		await sheet.chooseKind('Twitch');
		await sheet.chooseOnMap('Front', 'Eyelid');
		await sheet.save();
		await today.itStopped();

		await today.logButton.click();
		await sheet.expectOpen();
		await expect(sheet.dialog.getByRole('radio', { name: /^Twitch\b/ })).toBeChecked();
		await expect(sheet.dialog.getByLabel('Or pick from a list')).toHaveValue('eyelid');
	});

	test('a sign worth raising with a doctor is said at once when saving', async ({ page }) => {
		const today = new TodayPage(page);
		await today.goto();
		await today.logButton.click();
		const sheet = new EpisodeSheet(page);
		await sheet.check(/Numbness/);
		await expect(sheet.dialog.getByText('Worth raising with a doctor.')).toBeVisible();
		await sheet.save();
		await expect(sheet.dialog.getByRole('alert')).toContainText('worth raising with a doctor');
		await expect(sheet.dialog.getByRole('button', { name: 'OK' })).toBeFocused();
		await sheet.dialog.getByRole('button', { name: 'OK' }).click();
		await expect(sheet.dialog).toBeHidden();
	});

	test('what is typed in the sheet survives a reload', async ({ page }) => {
		const today = new TodayPage(page);
		await today.goto();
		await today.logButton.click();
		const sheet = new EpisodeSheet(page);
		await sheet.setIntensity(8);
		await sheet.dialog.getByLabel('Notes').fill('typed, never saved by hand');
		await expect(sheet.dialog.getByText('Changes saved.')).toBeVisible();
		await page.reload();
		const history = new HistoryPage(page);
		await history.goto();
		await expect(history.entry('Cramp — calf')).toContainText('Notes: typed, never saved by hand');
		await expect(history.entry('Cramp — calf')).toContainText('Intensity 8 of 10');
	});

	test('an invalid entry says why and still lets the sheet close, saying what was not saved', async ({
		page
	}) => {
		const today = new TodayPage(page);
		await today.goto();
		await today.logButton.click();
		const sheet = new EpisodeSheet(page);
		const long = 'x'.repeat(2001);
		await sheet.dialog.getByLabel('Notes').fill(long);
		await expect(sheet.dialog.getByRole('alert')).toContainText('Notes can be at most 2,000 characters');
		await expect(sheet.dialog.getByLabel('Notes')).toHaveValue(long);
		await sheet.save();
		await expect(sheet.dialog).toBeHidden();
		await expect(page.getByRole('status').filter({ hasText: 'Not saved: the notes' })).toBeVisible();
	});

	test('backfill: "woke up with it" logs a night episode early today', async ({ page }) => {
		await page.clock.install({ time: new Date('2026-11-24T09:30:00Z') });
		const today = new TodayPage(page);
		await today.goto();
		await today.logPastEpisode();
		const sheet = new EpisodeSheet(page);
		await sheet.expectOpen('Log a past episode');
		await sheet.dialog.getByRole('button', { name: 'Woke up with it' }).click();
		await expect(sheet.dialog.getByLabel('Started')).toHaveValue('2026-11-24T06:00');
		await expect(sheet.dialog.getByRole('checkbox', { name: 'At night / in bed' })).toBeChecked();
		await sheet.save();

		const history = new HistoryPage(page);
		await history.goto();
		const entry = history.entry('Cramp — calf');
		await expect(entry).toContainText('06:00');
		await expect(entry).toContainText('Triggers: At night / in bed');
		await expect(entry).toContainText('Duration not recorded');
	});

	test('backfill with the date-time picker files it under that day', async ({ page }) => {
		await page.clock.install({ time: new Date('2026-11-24T09:30:00Z') });
		const today = new TodayPage(page);
		await today.goto();
		await today.logPastEpisode();
		const sheet = new EpisodeSheet(page);
		await sheet.dialog.getByLabel('Started').fill('2026-11-21T22:15');
		await sheet.dialog.getByLabel('Started').dispatchEvent('change');
		await sheet.save();

		const history = new HistoryPage(page);
		await history.goto();
		const day = page.getByRole('region', { name: 'Saturday, 21 November 2026' });
		await expect(day.locator('li.entry')).toContainText('22:15');
	});
});

test.describe('history', () => {
	test('edit an episode with the same sheet', async ({ page }) => {
		const today = new TodayPage(page);
		await today.goto();
		await today.logButton.click();
		const sheet = new EpisodeSheet(page);
		await sheet.save();
		await today.itStopped();

		const history = new HistoryPage(page);
		await history.goto();
		await history.edit('Cramp — calf');
		await sheet.expectOpen();
		await sheet.setIntensity(9);
		await sheet.save();
		await expect(history.entry('Cramp — calf')).toContainText('Intensity 9 of 10');
	});

	test('edit a drink amount', async ({ page }) => {
		const today = new TodayPage(page);
		await today.goto();
		await today.addWaterPreset('+ 250 ml');
		const history = new HistoryPage(page);
		await history.goto();
		await history.edit('Water — 250 ml');
		const dialog = page.getByRole('dialog', { name: 'Edit drink' });
		await dialog.getByLabel('Amount (ml)').fill('330');
		await dialog.getByLabel('Amount (ml)').press('Enter');
		await expect(dialog.getByRole('status').first()).toHaveText('Saved');
		await dialog.getByRole('button', { name: 'Done' }).click();
		await expect(dialog).toHaveCount(0);
		await expect(history.entry('Water — 330 ml')).toHaveCount(1);
		await expect(history.entry('Water — 250 ml')).toHaveCount(0);
	});

	test('an invalid edit says why and changes nothing', async ({ page }) => {
		const today = new TodayPage(page);
		await today.goto();
		await today.addWaterPreset('+ 250 ml');
		const history = new HistoryPage(page);
		await history.goto();
		await history.edit('Water — 250 ml');
		const dialog = page.getByRole('dialog', { name: 'Edit drink' });
		await dialog.getByLabel('Amount (ml)').fill('9000');
		await dialog.getByLabel('Amount (ml)').press('Enter');
		await expect(dialog.getByText('Amount must be at most 5,000 ml.')).toBeVisible();
		await dialog.getByRole('button', { name: 'Close' }).click();
		await expect(
			page.getByTestId('snackbar-message').filter({ hasText: 'Closed. Not saved: amount (ml)' })
		).toBeVisible();
		await expect(history.entry('Water — 250 ml')).toHaveCount(1);
	});

	test('delete with undo restores exactly what was deleted', async ({ page }) => {
		const today = new TodayPage(page);
		await today.goto();
		await today.logButton.click();
		const sheet = new EpisodeSheet(page);
		await sheet.setIntensity(6);
		await sheet.dialog.getByLabel('Notes').fill('keep me');
		await sheet.save();
		await today.itStopped();

		const history = new HistoryPage(page);
		await history.goto();
		const entry = history.entry('Cramp — calf');
		await expect(entry).toContainText('Notes: keep me');
		const before = await entry.innerText();
		await history.delete('Cramp — calf');
		await expect(entry).toHaveCount(0);
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(entry).toHaveCount(1);
		expect(await entry.innerText()).toBe(before);
	});

	test('filter by record kind', async ({ page }) => {
		const today = new TodayPage(page);
		await today.goto();
		await today.addWaterPreset('+ 500 ml');
		await today.logExercise('20');
		const history = new HistoryPage(page);
		await history.goto();
		await expect(history.entries).toHaveCount(2);
		await page.getByRole('checkbox', { name: 'Water' }).uncheck();
		await expect(history.entries).toHaveCount(1);
		await expect(history.entry('Exercise — 20 min')).toHaveCount(1);
	});

	test('an empty history says what to do next', async ({ page }) => {
		const history = new HistoryPage(page);
		await history.goto();
		await expect(page.getByText('Nothing logged yet.')).toBeVisible();
		await expect(page.getByRole('main').getByRole('link', { name: 'Today' })).toBeVisible();
	});
});
