import { expect, ready, test } from './fixtures';
import { EpisodeSheet } from './pages/episode-sheet';
import { HistoryPage } from './pages/history-page';
import { TodayPage } from './pages/today-page';
import { storedEpisodes } from './seed';

// The app reads the device's zone and wall-clock time through Temporal where the browser has it
// (Chromium does), not Intl. New York's clocks go forward at 02:00 on 8 March 2026: a spasm either
// side of it keeps its own wall-clock time and offset, and both belong to that day.
test.use({ timezoneId: 'America/New_York' });

test('a spasm either side of the clocks going forward keeps its wall-clock time, offset and day', async ({
	page
}) => {
	expect(await page.evaluate(() => typeof (globalThis as { Temporal?: unknown }).Temporal)).toBe('object');
	const today = new TodayPage(page);
	const sheet = new EpisodeSheet(page);

	await page.clock.setFixedTime(new Date('2026-03-08T06:30:00Z'));
	await today.goto();
	await ready(page);
	await today.logButton.click();
	await sheet.expectOpen();
	await sheet.close();

	// One tap starts a running episode: it stops a minute later, and the button is back once that is stored.
	await page.clock.setFixedTime(new Date('2026-03-08T06:31:00Z'));
	await page.getByRole('button', { name: 'It stopped' }).click();
	await page.clock.setFixedTime(new Date('2026-03-08T07:30:00Z'));
	await today.logButton.click();
	await sheet.expectOpen();
	await sheet.close();

	const stored = (await storedEpisodes(page)).map((e) => [e.day, e.startedAt]).sort();
	expect(stored).toEqual([
		['2026-03-08', '2026-03-08T01:30:00.000-05:00'],
		['2026-03-08', '2026-03-08T03:30:00.000-04:00']
	]);

	const history = new HistoryPage(page);
	await history.goto();
	await expect(history.entries.filter({ hasText: '01:30' })).toHaveCount(1);
	await expect(history.entries.filter({ hasText: '03:30' })).toHaveCount(1);
});
