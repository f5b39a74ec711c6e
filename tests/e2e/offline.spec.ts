import { expect, ready, test, waitForServiceWorker } from './fixtures';
import { TodayPage } from './pages/today-page';

// These specs are about the service worker (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const ROUTES = [
	['/', 'Today'],
	['/history', 'History'],
	['/trends', 'Trends'],
	['/settings', 'Settings']
] as const;

test.describe('offline @mobile-only', () => {
	test('after one online visit every page loads and works with the network off', async ({
		page,
		context
	}) => {
		const today = new TodayPage(page);
		await today.goto();
		await waitForServiceWorker(page);

		await context.setOffline(true);
		// The network really is off: a file the worker does not precache cannot be fetched.
		expect(
			await page.evaluate(() =>
				fetch('/_app/version.json').then(
					() => 'online',
					() => 'offline'
				)
			)
		).toBe('offline');

		for (const [path, title] of ROUTES) {
			const response = await page.goto(path);
			expect(response?.fromServiceWorker(), `${path} comes from the service worker`).toBe(true);
			await ready(page);
			await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
			await expect(page).toHaveTitle(new RegExp(`^${title}`));
		}

		// A deep link no page was prerendered for boots from the SPA shell.
		const deep = await page.goto('/no-such-page');
		expect(deep?.fromServiceWorker()).toBe(true);
		await ready(page);
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

		// Client-side navigation works offline too, and so does logging.
		await page.goto('/settings');
		await ready(page);
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
		await today.addCustomWater('330');
		await expect(today.waterTotal).toContainText('330 ml');
		await page.reload();
		await ready(page);
		await expect(today.waterTotal).toContainText('330 ml');

		await context.setOffline(false);
		await page.reload();
		await ready(page);
		await expect(today.waterTotal).toContainText('330 ml');
		await page.goto('/history');
		await expect(page.getByRole('main')).toContainText('330 ml');
	});

	test('an app shortcut opens its action offline', async ({ page, context }) => {
		const today = new TodayPage(page);
		await today.goto();
		await waitForServiceWorker(page);
		await context.setOffline(true);

		const response = await page.goto('/?action=add-water');
		expect(response?.fromServiceWorker()).toBe(true);
		await ready(page);
		await expect(today.water.getByLabel('Other amount (ml)')).toBeFocused();
	});
});
