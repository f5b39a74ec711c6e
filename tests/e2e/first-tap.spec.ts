import { expect, ready, test } from './fixtures';
import { EpisodeSheet } from './pages/episode-sheet';
import { HistoryPage } from './pages/history-page';
import { TodayPage } from './pages/today-page';
import { episode, pageTimeZone, seed } from './seed';

// A name only Dexie's code carries: it marks the chunk holding the data layer's database code.
const DEXIE_MARK = 'MissingAPIError';

test.describe('the first tap on a cold start', () => {
	test('a tap on "Log a spasm" before the data layer has loaded is saved once it arrives', async ({
		page
	}) => {
		let release!: () => void;
		const released = new Promise<void>((resolve) => (release = resolve));
		let held!: () => void;
		const holding = new Promise<void>((resolve) => (held = resolve));
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			const response = await route.fetch();
			const body = await response.text();
			if (body.includes(DEXIE_MARK)) {
				held();
				await released;
			}
			await route.fulfill({ response, body });
		});

		const today = new TodayPage(page);
		await today.goto();
		// The page is interactive while the database code is still on its way.
		await holding;
		await today.logButton.click();
		const sheet = new EpisodeSheet(page);
		// Nothing is saved yet, so nothing claims it is.
		await expect(sheet.dialog).toHaveCount(0);

		release();
		await sheet.expectOpen();

		const history = new HistoryPage(page);
		await history.goto();
		await expect(history.entry('Cramp — calf')).toBeVisible();
	});

	test('taps on "Log a spasm" before the app has started log one episode of the usual kind once it starts', async ({
		page
	}) => {
		const today = new TodayPage(page);
		await today.goto();
		const zone = await pageTimeZone(page);
		await seed(page, {
			episodes: [1, 2, 3].map((daysAgo) =>
				episode({ kind: 'twitch', location: 'eyelid', side: 'left', durationSec: 5, daysAgo }, zone)
			)
		});

		// The app's entry module is held: the page shows the prerendered button and nothing listens.
		let release!: () => void;
		const released = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/entry/app.*.js', async (route) => {
			await released;
			await route.continue();
		});
		await page.goto('/', { waitUntil: 'domcontentloaded' });
		await today.logButton.click();
		await today.logButton.click();
		await expect(page.locator('html')).toHaveAttribute('data-early-tap', 'log-spasm');
		await expect(page.locator('html[data-ready]')).toHaveCount(0);
		const sheet = new EpisodeSheet(page);
		await expect(sheet.dialog).toHaveCount(0);

		release();
		await sheet.expectOpen();
		await expect(sheet.dialog.getByRole('radio', { name: /^Twitch\b/ })).toBeChecked();
		await expect(page.locator('html')).not.toHaveAttribute('data-early-tap', /.*/);
		await sheet.close();
		await expect(sheet.dialog).toBeHidden();

		// Two taps before the start, one episode: the three seeded and the new one, still running.
		const history = new HistoryPage(page);
		await history.goto();
		await expect(history.entry('Twitch — left eyelid')).toHaveCount(4);
		await expect(history.entry('Twitch — left eyelid').filter({ hasText: 'In progress' })).toHaveCount(1);
	});

	test('on a slow phone the first log after loading is saved and its sheet opens', async ({ page }) => {
		// Chromium's CPU slowdown stands in for a low-end phone: with it, a write that relied on
		// Dexie's zone echoes across an async wrapper committed too early (PrematureCommitError,
		// 20 of 20 tries) and the sheet never opened. The fixture fails on any uncaught error.
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
		const today = new TodayPage(page);
		await today.goto();
		await today.logButton.click();
		const sheet = new EpisodeSheet(page);
		await sheet.expectOpen();
		await sheet.setIntensity(6);
		await sheet.expectSaved();
		await sheet.save();
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

		const history = new HistoryPage(page);
		await history.goto();
		await expect(history.entry('Cramp — calf')).toContainText('Intensity 6 of 10');
	});

	test("the app's code is fetched only once the prerendered page has painted", async ({ page }) => {
		const today = new TodayPage(page);
		await today.goto();
		await ready(page);
		const order = await page.evaluate(() => {
			const painted = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
			const scripts = performance
				.getEntriesByType('resource')
				.filter((entry) => entry.name.includes('/_app/immutable/') && entry.name.endsWith('.js'))
				.map((entry) => entry.startTime);
			return { painted, scripts: scripts.length, earliest: Math.min(...scripts) };
		});
		expect(order.painted).not.toBeNull();
		expect(order.scripts).toBeGreaterThan(0);
		expect(order.earliest).toBeGreaterThanOrEqual(order.painted!);
	});

	test('the SPA shell for deep links starts at once: it has nothing to paint first', async ({ request }) => {
		const waits = 'spasmLogAfterPaint().then(';
		expect(await (await request.get('/')).text()).toContain(waits);
		const shell = await (await request.get('/200.html')).text();
		expect(shell).toContain('kit.start(');
		expect(shell).not.toContain(waits);
	});
});
