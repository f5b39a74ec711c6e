import AxeBuilder from '@axe-core/playwright';
import { addDays } from '../../src/lib/domain/time';
import { logsOf, sixtyDays, water } from '../support/log-factories';
import { expect, ready, test } from './fixtures';
import { TrendsPage, type CardId } from './pages/trends-page';
import { seedLogs } from './seed';

// The sixty known days of src/lib/domain/stats/log-factories.ts (2026-01-01 to 2026-03-01), the same
// scenario the statistics unit tests check by hand: water goal met on even days, a 02:30 calf cramp on
// odd days, a 14:00 hamstring spasm every tenth day, two eyelid twitches at the end, 10 min of stretching
// every third day. "Today" is pinned to its last day, in UTC.
test.use({ timezoneId: 'UTC' });

const TODAY_NOON = new Date('2026-03-01T12:00:00Z');
const CARDS: CardId[] = ['frequency', 'habits', 'locations', 'hours', 'reliefs'];

test.beforeEach(async ({ page }) => {
	await page.clock.setFixedTime(TODAY_NOON);
});

async function openWithSixtyDays(page: import('@playwright/test').Page): Promise<TrendsPage> {
	await seedLogs(page, sixtyDays());
	const trends = new TrendsPage(page);
	await trends.goto();
	return trends;
}

test('Trends charts sixty known days and says what goes with fewer spasms, with the numbers @layout', async ({
	page
}) => {
	const trends = await openWithSixtyDays(page);

	await expect(trends.shown).toHaveText('Showing 31 Jan 2026 – 1 Mar 2026: 30 days.');
	await expect(page.getByTestId('trends-tracked')).toHaveText(
		'30 of 30 days tracked (something logged, or "None" on the daily check-in). Comparisons use only tracked days.'
	);
	await expect(trends.sentence('frequency')).toHaveText(
		'Over the 30 days shown you had 18 spasms or cramps, 0.6 a day on average (2 twitches not counted); water averaged 75% of your goal.'
	);
	await expect(trends.habitSentence('Water goal met')).toContainText(
		'On the 15 days you met your water goal you had 0.2 spasms or cramps a day; on the other 15 days, 1.0. Ratio 0.2, interval of about 95%: 0.0012 to 32.'
	);
	// 30 days make only two blocks of 14, so the interval is wide and nothing is claimed.
	await expect(trends.sentence('habits')).toHaveText(/^Unclear for meeting your water goal/);
	await expect(page.getByTestId('habits-count')).toHaveText(
		'Trends made 9 comparisons here (of 7 habits × 3 timings). About one comparison in twenty can look like a difference by chance alone, so a difference seen at only one timing is marked "could be chance".'
	);
	await expect(trends.habitSentence('Magnesium at or above your median')).toContainText(
		'Not enough data yet to compare spasms or cramps the same day: it needs 7 more days with food logged at or above your median, 7 more days below it and 28 more tracked days in all'
	);
	await expect(trends.sentence('locations')).toHaveText(
		'The calf had the most episodes: 15 of 20 (75%); next was the hamstring (back of thigh), with 3.'
	);
	await expect(trends.sentence('hours')).toHaveText(
		'15 of 20 episodes (75%) started at night, between 22:00 and 06:00; the most common starting hour was 02:00–03:00, with 15.'
	);
	await expect(trends.sentence('reliefs')).toHaveText(
		'You tried stretching most often, 15 times; you said it helped 7 of the 15 times you rated it (47%). Heat helped in the largest share of rated times: 3 of 3 (100%); stretching helped most times: 7.'
	);

	for (const id of CARDS) {
		await expect(trends.card(id).getByRole('img')).toBeVisible();
		// The forest plot's only solid series pixels are the outlines of its intervals.
		const least = id === 'habits' ? 20 : 500;
		await expect.poll(() => trends.seriesInk(id), { message: `${id} chart is drawn` }).toBeGreaterThan(least);
	}

	const habits = await trends.table('habits');
	await expect(trends.row(habits, 'Water goal met').getByRole('cell')).toHaveText([
		'15',
		'0.2',
		'15',
		'1.0',
		'0.2 (0.0012 to 32)',
		'Unclear: the interval includes 1'
	]);
	await expect(
		trends.row(habits, 'Calcium at or above your median (no food logged yet)').getByRole('cell')
	).toHaveText(['0', '—', '0', '—', '—', 'Not enough data']);

	const frequency = await trends.table('frequency');
	await expect(frequency.getByRole('row')).toHaveCount(31);
	// Day 30 of the scenario: water goal met (100%) and the tenth-day hamstring spasm.
	await expect(trends.row(frequency, '31 Jan 2026').getByRole('cell')).toHaveText(['1', '100']);
	// Today, not over yet, has its spasms so far but no share of the water goal (it would read as a drop).
	await expect(trends.row(frequency, '1 Mar 2026 (today)').getByRole('cell')).toHaveText([
		'1',
		'not over yet'
	]);

	const locations = await trends.table('locations');
	await expect(locations.getByRole('row')).toHaveCount(4);
	await expect(trends.row(locations, 'Calf').getByRole('cell')).toHaveText(['15', '75%']);
	await expect(trends.row(locations, 'Eyelid').getByRole('cell')).toHaveText(['2', '10%']);

	const hours = await trends.table('hours');
	await expect(trends.row(hours, '02:00–03:00 (night)').getByRole('cell')).toHaveText(['15']);
	await expect(trends.row(hours, '14:00–15:00').getByRole('cell')).toHaveText(['3']);

	const reliefs = await trends.table('reliefs');
	await expect(trends.row(reliefs, 'Stretch').getByRole('cell')).toHaveText([
		'15',
		'7',
		'0',
		'8',
		'0',
		'47%'
	]);
	await expect(trends.row(reliefs, 'Heat').getByRole('cell')).toHaveText(['3', '0', '3', '0', '0', '100%']);
});

test('switching the range updates every sentence and table', async ({ page }) => {
	const trends = await openWithSixtyDays(page);
	const frequency = await trends.table('frequency');
	const habits = await trends.table('habits');
	await expect(frequency.getByRole('row')).toHaveCount(31);

	// 90 days reach back before the first record, so they show the 60 tracked days.
	await trends.chooseRange('90 days');
	await expect(trends.shown).toHaveText('Showing 1 Jan 2026 – 1 Mar 2026: 60 days.');
	await expect(trends.sentence('frequency')).toHaveText(
		'Over the 60 days shown you had 36 spasms or cramps, 0.6 a day on average (2 twitches not counted); water averaged 75% of your goal.'
	);
	await expect(trends.habitSentence('Water goal met')).toContainText(
		'On the 30 days you met your water goal you had 0.2 spasms or cramps a day; on the other 30 days, 1.0. Ratio 0.2, interval of about 95%: 0.094 to 0.43.'
	);
	// Below 1 at the same day only (the next day goes the other way): said with caution.
	await expect(trends.row(habits, 'Water goal met').getByRole('cell')).toHaveText([
		'30',
		'0.2',
		'30',
		'1.0',
		'0.2 (0.094 to 0.43)',
		'Possibly fewer the same day — could be chance'
	]);
	await expect(frequency.getByRole('row')).toHaveCount(61);
	await expect(trends.sentence('locations')).toHaveText(
		'The calf had the most episodes: 30 of 38 (79%); next was the hamstring (back of thigh), with 6.'
	);

	// All time is drawn week by week: 9 ISO weeks touch the 60 days.
	await trends.chooseRange('All time');
	await expect(trends.shown).toHaveText('Showing 1 Jan 2026 – 1 Mar 2026: 60 days, week by week.');
	await expect(frequency.getByRole('row')).toHaveCount(10);
	await expect(frequency.getByRole('columnheader')).toHaveText([
		'Week of',
		'Spasms or cramps',
		'A day',
		'Water, % of goal (mean)'
	]);
	// The week of Monday 29 Dec 2025 holds 1–4 Jan: cramps on the 2nd and 4th, the spasm on the 1st.
	await expect(trends.row(frequency, '29 Dec 2025').getByRole('cell')).toHaveText(['3', '0.8', '75']);
	await expect.poll(() => trends.seriesInk('frequency')).toBeGreaterThan(500);

	await trends.chooseRange('7 days');
	await expect(trends.shown).toHaveText('Showing 23 Feb 2026 – 1 Mar 2026: 7 days.');
	await expect(trends.habitSentence('Water goal met')).toContainText(
		'The 7 days shown are too short to compare spasms or cramps the same day: a comparison needs at least 28 tracked days. Choose a longer period.'
	);
	await expect(trends.sentence('habits')).toHaveText(
		"Not enough data for any habit yet: each needs at least 7 days when it was met, 7 when it wasn't, and four weeks of tracked days in all; each habit below says what is missing."
	);
	await expect(trends.row(habits, 'Water goal met').getByRole('cell')).toHaveText([
		'3',
		'0',
		'4',
		'1.0',
		'—',
		'Not enough data'
	]);
	await expect(frequency.getByRole('row')).toHaveCount(8);
});

test('the overlay and the lag change what is compared', async ({ page }) => {
	const trends = await openWithSixtyDays(page);

	await trends.chooseOverlay('Stretching');
	await expect(trends.sentence('frequency')).toHaveText(
		'Over the 30 days shown you had 18 spasms or cramps, 0.6 a day on average (2 twitches not counted); stretching averaged 3.3 minutes a day.'
	);
	const frequency = await trends.table('frequency');
	await expect(frequency.getByRole('columnheader').last()).toHaveText('Stretching, min a day');
	await expect(trends.row(frequency, '31 Jan 2026').getByRole('cell')).toHaveText(['1', '10.0']);

	await trends.chooseLag('Next day');
	await expect(trends.habitSentence('Water goal met')).toContainText(
		'On the days after the 15 days you met your water goal you had 1.0 spasms or cramps a day; after the other 14 days, 0.1.'
	);
	const habits = await trends.table('habits');
	await expect(trends.row(habits, 'Water goal met').getByRole('cell').last()).toHaveText(
		/^(Possibly more the day after — could be chance|More spasms or cramps the day after)$/
	);
});

test('the range can be changed from the keyboard', async ({ page }) => {
	const trends = await openWithSixtyDays(page);
	await page.getByRole('radio', { name: '30 days' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('radio', { name: '90 days' })).toBeChecked();
	await expect(trends.shown).toHaveText('Showing 1 Jan 2026 – 1 Mar 2026: 60 days.');
});

test('with under a week of logs, Trends says what it needs and links to Today', async ({ page }) => {
	const three = logsOf({ water: [0, 1, 2].map((i) => water(addDays('2026-02-27', i), 500)) });
	await seedLogs(page, three);
	const trends = new TrendsPage(page);
	await trends.goto();
	await expect(trends.empty).toContainText('You have 3 days of logs so far; Trends needs at least 7.');
	await expect(page.getByRole('img')).toHaveCount(0);
	await trends.empty.getByRole('link', { name: 'Today' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
});

test('with nothing logged, Trends says so', async ({ page }) => {
	const trends = new TrendsPage(page);
	await trends.goto();
	await expect(trends.empty).toContainText('Nothing logged yet.');
	await expect(trends.empty.getByRole('link', { name: 'Today' })).toBeVisible();
});

test('charts take their colours from the theme and redraw when it changes', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	const trends = await openWithSixtyDays(page);
	// --chart-1 in src/app.css: #0f6e64 in light, #5ad1c0 in dark. The location bars are solid --chart-1.
	await expect.poll(() => trends.pixelsOf('locations', [15, 110, 100])).toBeGreaterThan(100);
	await page.emulateMedia({ colorScheme: 'dark' });
	await expect.poll(() => trends.pixelsOf('locations', [90, 209, 192])).toBeGreaterThan(100);
	await expect.poll(() => trends.pixelsOf('locations', [15, 110, 100])).toBe(0);
});

test('Trends with data has no detectable accessibility violations @layout', async ({ page }) => {
	const trends = await openWithSixtyDays(page);
	for (const id of CARDS) await trends.table(id);
	await expect.poll(() => trends.seriesInk('reliefs')).toBeGreaterThan(500);
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});

test.describe('at 360 px @mobile-only', () => {
	test('nothing on Trends is wider than the screen', async ({ page }) => {
		const trends = await openWithSixtyDays(page);
		for (const id of CARDS) await trends.table(id);
		await expect.poll(() => trends.seriesInk('frequency')).toBeGreaterThan(500);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	});

	test('Today does not download the charting code', async ({ page }) => {
		// URLs, read back later: a body still loading when the page navigates away cannot be read
		// from the response any more (Today loads some code when idle, after the first render).
		const scripts: string[] = [];
		page.on('response', (response) => {
			if (response.request().resourceType() === 'script') scripts.push(response.url());
		});
		const sources = (urls: string[]) =>
			Promise.all(urls.map(async (url) => (await page.request.get(url)).text()));
		// An error message inside Chart.js: minifiers keep string literals, and no app code says it.
		const isChartJs = (source: string) => source.includes('Canvas is already in use');
		await page.goto('/');
		await ready(page);
		// What Today loads when idle counts too.
		await page.waitForLoadState('networkidle');
		const today = [...scripts];
		expect(today.length).toBeGreaterThan(0);
		expect((await sources(today)).filter(isChartJs)).toEqual([]);

		// …and Trends with data does, so the check above can fail.
		await seedLogs(page, sixtyDays());
		await page.goto('/trends');
		await expect.poll(async () => (await sources(scripts)).filter(isChartJs).length).toBeGreaterThan(0);
	});
});
