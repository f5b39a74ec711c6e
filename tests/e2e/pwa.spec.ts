import { expect, ready, test, waitForServiceWorker } from './fixtures';
import { EpisodeSheet } from './pages/episode-sheet';
import { HistoryPage } from './pages/history-page';
import { TodayPage } from './pages/today-page';

// These specs are about the service worker (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

declare global {
	interface Window {
		shortcutActions: string[];
		persistRequests: number;
	}
}

test.describe('app shortcuts @mobile-only', () => {
	test('"Add water" focuses the amount field and then drops the action from the address', async ({
		page,
		baseURL
	}) => {
		const today = new TodayPage(page);
		await page.goto('/?action=add-water');
		await ready(page);
		await expect(today.water.getByLabel('Other amount (ml)')).toBeFocused();
		await expect(page).toHaveURL(new URL('/', baseURL).href);
		await page.keyboard.type('200');
		await page.keyboard.press('Enter');
		await expect(today.waterTotal).toContainText('200 ml');
	});

	test('"Log a spasm" announces the action for the spasm logger to open', async ({ page, baseURL }) => {
		await page.addInitScript(() => {
			window.shortcutActions = [];
			window.addEventListener('spasm-log:action', (e) =>
				window.shortcutActions.push(String((e as CustomEvent).detail))
			);
		});
		await page.goto('/?action=log-spasm');
		await ready(page);
		await expect.poll(() => page.evaluate(() => window.shortcutActions)).toEqual(['log-spasm']);
		await expect(page).toHaveURL(new URL('/', baseURL).href);
		await page.reload();
		await ready(page);
		expect(await page.evaluate(() => window.shortcutActions)).toEqual([]);
	});
});

test('the "Log a spasm" shortcut logs exactly one episode and opens its details @mobile-only', async ({
	page
}) => {
	await page.goto('/?action=log-spasm');
	await ready(page);
	const sheet = new EpisodeSheet(page);
	await sheet.expectOpen();
	await sheet.save();
	await expect(page.getByRole('timer')).toBeVisible();

	const history = new HistoryPage(page);
	await history.goto();
	await expect(history.entries).toHaveCount(1);
});

test.describe('storage @mobile-only', () => {
	test('the first saved entry asks once for persistent storage, never again', async ({ page }) => {
		await page.addInitScript(() => {
			window.persistRequests = 0;
			const persist = navigator.storage.persist.bind(navigator.storage);
			navigator.storage.persist = () => {
				window.persistRequests++;
				return persist();
			};
		});
		const today = new TodayPage(page);
		await today.goto();
		expect(await page.evaluate(() => window.persistRequests)).toBe(0);
		await today.addWaterPreset('+ 250 ml');
		await expect.poll(() => page.evaluate(() => window.persistRequests)).toBe(1);
		await today.addWaterPreset('+ 500 ml');
		await expect(today.waterTotal).toContainText('750 ml');

		await page.reload();
		await ready(page);
		await today.addWaterPreset('+ 250 ml');
		await expect(today.waterTotal).toContainText('1,000 ml');
		// The question is remembered in the database: a new session does not ask again. (Same page,
		// moved to Settings in the app, so the counter is the one from this session.)
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
		await expect(page.getByTestId('storage-usage')).toBeVisible();
		expect(await page.evaluate(() => window.persistRequests)).toBe(0);
	});

	test('Settings shows offline readiness, persistence, usage and advice that match the browser', async ({
		page
	}) => {
		await page.goto('/settings');
		await ready(page);
		await waitForServiceWorker(page);
		const card = page.getByRole('region', { name: 'Offline and storage' });
		await expect(card.getByTestId('offline-status')).toHaveText('Yes, on this device');
		await expect(card.getByTestId('storage-usage')).toHaveText(/^\d[\d.,]* (bytes|KB|MB|GB)/);

		const persisted = await page.evaluate(() => navigator.storage.persisted());
		if (persisted) {
			await expect(card.getByTestId('storage-persistence')).toHaveText(/^Protected/);
			await expect(card.getByTestId('storage-advice')).toHaveCount(0);
		} else {
			await expect(card.getByTestId('storage-persistence')).toHaveText(/^Not protected/);
			const advice = card.getByTestId('storage-advice');
			await expect(advice).toContainText('Install Spasm Log to your home screen');
			await expect(advice).toContainText('keep a backup');
		}
	});
});

test.describe('another tab upgrading the database @mobile-only', () => {
	test('this tab lets go, keeps what was typed and asks for a reload', async ({ page }) => {
		const today = new TodayPage(page);
		await today.goto();
		await today.addWaterPreset('+ 250 ml');
		await expect(today.waterTotal).toContainText('250 ml');
		const amount = today.water.getByLabel('Other amount (ml)');
		await amount.fill('330');

		// What a newer version in another tab does: open the database with a higher schema version.
		// It can only succeed once this tab has closed its connection.
		const upgraded = await page.evaluate(
			() =>
				new Promise<number>((resolve, reject) => {
					const request = indexedDB.open('spasm-log', 1000);
					request.onupgradeneeded = () => request.result.createObjectStore('from-the-future');
					request.onsuccess = () => {
						resolve(request.result.version);
						request.result.close();
					};
					request.onerror = () => reject(request.error);
				})
		);
		expect(upgraded).toBe(1000);

		const prompt = page
			.getByRole('group', { name: 'App update' })
			.filter({ hasText: 'Spasm Log was updated in another tab' });
		await expect(prompt).toBeVisible();
		await expect(amount).toHaveValue('330');
		await expect(page).toHaveURL(/\/$/);

		// Saving now cannot work; the app says so plainly instead of failing silently.
		await today.water.getByRole('button', { name: 'Add', exact: true }).click();
		await expect(
			page.getByText('Spasm Log was updated in another tab, so this tab can no longer save')
		).toBeVisible();
		await expect(amount).toHaveValue('330');
	});
});
