import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EpisodeSheet } from './pages/episode-sheet';
import { HistoryPage } from './pages/history-page';
import { TodayPage } from './pages/today-page';
import { episode, pageTimeZone, seed, storedEpisodes } from './seed';
import { countClicks, pageNow, tapAt } from './touch';

/** A person's history: mostly left-calf cramps, the last one a hamstring spasm. */
async function seedUsualCalf(page: Page): Promise<void> {
	const zone = await pageTimeZone(page);
	const calf = [1, 2, 3, 4, 5].map((daysAgo) =>
		episode({ kind: 'cramp', location: 'calf', side: 'left', intensity: 6, durationSec: 60, daysAgo }, zone)
	);
	const last = episode({ kind: 'spasm', location: 'hamstring', side: 'right', durationSec: 30 }, zone);
	await seed(page, { episodes: [...calf, last] });
	await page.reload();
}

test.describe('usable in pain @mobile-only', () => {
	test('one tap records the usual kind and place, unrated; a double tap never changes the kind', async ({
		page
	}) => {
		const today = new TodayPage(page);
		await today.goto();
		await seedUsualCalf(page);
		await expect(page.getByText(/One tap saves it as starting now \(cramp, left calf\)/)).toBeVisible();

		// The second tap, made 250 ms after the first, lands where the log button was: on the sheet
		// that opened. It reaches the page only once the sheet is open and taking input, as on a
		// busy phone, and is still an echo of the first.
		const box = await today.logButton.boundingBox();
		if (!box) throw new Error('no log button');
		const x = box.x + box.width / 2;
		const y = box.y + box.height / 2;
		const first = await pageNow(page);
		await tapAt(page, x, y, first);
		const sheet = new EpisodeSheet(page);
		await sheet.expectOpen();
		const clicks = await countClicks(page);
		await tapAt(page, x, y, first + 250);
		await expect.poll(async () => (await clicks()).made).toBe(1);
		expect(await clicks()).toEqual({ made: 1, through: 0 });
		await expect(sheet.dialog.getByRole('radio', { name: /^Cramp\b/ })).toBeChecked();

		const episodes = await storedEpisodes(page);
		const fresh = episodes.find((e) => e.durationSec === null);
		expect(fresh).toMatchObject({ kind: 'cramp', location: 'calf', side: 'left', intensity: null });

		await sheet.close();
		await expect(sheet.dialog).toBeHidden();
		const history = new HistoryPage(page);
		await history.goto();
		await expect(history.entry('Cramp — left calf').first()).toContainText('Intensity not rated');
	});

	test('closing an untouched past-episode sheet with Esc stores nothing', async ({ page }) => {
		const today = new TodayPage(page);
		await today.goto();
		await today.logPastEpisode();
		const sheet = new EpisodeSheet(page);
		await sheet.expectOpen('Log a past episode');
		await page.keyboard.press('Escape');
		await expect(sheet.dialog).toBeHidden();
		expect(await storedEpisodes(page)).toHaveLength(0);
		await expect(page.getByRole('status').filter({ hasText: /saved/ })).toHaveCount(0);
	});

	test('durations read as minutes; a typo is a field error, never NaN, and the sheet still closes', async ({
		page
	}) => {
		const today = new TodayPage(page);
		await today.goto();
		await today.logButton.click();
		const sheet = new EpisodeSheet(page);
		await sheet.expectOpen();
		const field = sheet.dialog.getByLabel(/How long it lasted/);

		await sheet.setDuration('1:30');
		await sheet.expectSaved();
		expect((await storedEpisodes(page))[0]).toMatchObject({ durationSec: 90 });
		await sheet.setDuration('1,5');
		await expect(field).toHaveValue('1:30');
		await sheet.setDuration('1 min 45');
		await expect(field).toHaveValue('1:45');
		await sheet.expectSaved();

		await sheet.setDuration('abc');
		await expect(sheet.dialog.getByText(/Write minutes, like 2, 1:30/).first()).toBeVisible();
		await expect(field).toHaveValue('abc');
		await expect(sheet.dialog).not.toContainText('NaN');
		await page.keyboard.press('Escape');
		await expect(sheet.dialog).toBeHidden();
		await expect(page.getByRole('status').filter({ hasText: 'Not saved: how long it lasted' })).toBeVisible();
		expect((await storedEpisodes(page))[0]).toMatchObject({ durationSec: 105 });
	});

	test('a timer running over 30 minutes asks when it stopped', async ({ page }) => {
		await page.clock.install({ time: new Date('2026-11-24T03:05:00Z') });
		const today = new TodayPage(page);
		await today.goto();
		await today.logButton.click();
		const sheet = new EpisodeSheet(page);
		await sheet.expectOpen();
		await sheet.close();
		await expect(sheet.dialog).toBeHidden();

		await page.clock.fastForward('05:05:00');
		await today.itStopped();
		const ask = page.getByRole('group', { name: 'When did it stop?' });
		await expect(ask).toBeVisible();
		expect((await storedEpisodes(page))[0]).toMatchObject({ durationSec: null });
		await ask.getByRole('button', { name: '5 min after it started', exact: true }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Saved: lasted 5 min' })).toBeVisible();
		expect((await storedEpisodes(page))[0]).toMatchObject({ durationSec: 300 });
	});

	test('a short timer stops with one tap, from the fixed bottom button', async ({ page }) => {
		const today = new TodayPage(page);
		await today.goto();
		await today.logButton.click();
		const sheet = new EpisodeSheet(page);
		await sheet.close();
		const stop = page.getByRole('button', { name: 'It stopped' });
		const box = await stop.boundingBox();
		// In the bottom third of a 740 px screen, under the thumb.
		expect(box && box.y).toBeGreaterThan(500);
		await stop.click();
		await expect(page.getByRole('status').filter({ hasText: /Saved: lasted/ })).toBeVisible();
	});

	test('a future start is refused with a clear message', async ({ page }) => {
		const today = new TodayPage(page);
		await today.goto();
		await today.logPastEpisode();
		const sheet = new EpisodeSheet(page);
		await sheet.expectOpen('Log a past episode');
		const started = sheet.dialog.getByLabel('Started');
		await started.fill('2027-03-01T10:00');
		await started.dispatchEvent('change');
		await expect(sheet.dialog.getByText(/Can't be in the future/).first()).toBeVisible();
		expect(await storedEpisodes(page)).toHaveLength(0);
	});

	test('double-tapping Done closes the sheet and stays on Today', async ({ page }) => {
		const today = new TodayPage(page);
		await today.goto();
		await today.logButton.click();
		const sheet = new EpisodeSheet(page);
		await sheet.expectOpen();
		await sheet.setIntensity(7);
		await sheet.expectSaved();
		const done = sheet.dialog.getByRole('button', { name: 'Done', exact: true });
		const box = await done.boundingBox();
		if (!box) throw new Error('no Done button');
		// The second tap, made 120 ms after the first, reaches the page once the sheet has closed.
		const x = box.x + box.width / 2;
		const y = box.y + box.height / 2;
		const first = await pageNow(page);
		await tapAt(page, x, y, first);
		await expect(sheet.dialog).toBeHidden();
		const clicks = await countClicks(page);
		await tapAt(page, x, y, first + 120);
		await expect.poll(async () => (await clicks()).made).toBe(1);
		expect(await clicks()).toEqual({ made: 1, through: 0 });
		await expect(page).toHaveURL(/\/$/);
		await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
	});
});
