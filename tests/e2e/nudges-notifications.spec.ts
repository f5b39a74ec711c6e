import type { Page } from '@playwright/test';
import { logsOf, water } from '../support/log-factories';
import { expect, ready, test } from './fixtures';
import { TrendsPage } from './pages/trends-page';
import { seedLogs } from './seed';

test.use({ timezoneId: 'UTC' });

test('"No spasms" on the yesterday nudge stores a check-in, and says so once saved', async ({ page }) => {
	// 14:00 on 10 Mar: yesterday has nothing logged, and the evening check-in is not asked yet.
	await page.clock.setFixedTime(new Date('2026-03-10T14:00:00Z'));
	await seedLogs(page, logsOf({ water: [water('2026-03-01', 500)] }));
	await page.reload();
	await ready(page);

	const nudge = page.getByTestId('nudge');
	await expect(nudge).toContainText('Anything to add for yesterday?');
	await nudge.getByRole('button', { name: 'No spasms' }).click();
	await expect(page.getByText('Saved: no spasms yesterday.')).toBeVisible();
	await expect(page.getByTestId('nudge').filter({ hasText: 'yesterday' })).toHaveCount(0);

	const trends = new TrendsPage(page);
	await trends.goto();
	await expect(page.getByTestId('trends-tracked')).toHaveText(/^2 of 10\s+days tracked/);
});

/** Replaces the browser's Notification with one that answers `answer` and records what it shows. */
async function fakeNotifications(page: Page, answer: NotificationPermission) {
	await page.addInitScript((answer) => {
		const shown: { title: string; body?: string }[] = [];
		class FakeNotification {
			static permission: NotificationPermission = 'default';
			static async requestPermission() {
				FakeNotification.permission = answer;
				return answer;
			}
			constructor(title: string, options?: NotificationOptions) {
				shown.push({ title, body: options?.body });
			}
		}
		Object.assign(window, { Notification: FakeNotification, shownNotifications: shown });
	}, answer);
}

const shown = (page: Page) =>
	page.evaluate(() => (window as unknown as { shownNotifications: { title: string }[] }).shownNotifications);

test('notifications while open: asked only on a tap, then the evening check-in notifies at its time', async ({
	page
}) => {
	await fakeNotifications(page, 'granted');
	// 21:00; the evening check-in's default time is 21:30.
	await page.clock.install({ time: new Date('2026-03-10T21:00:00Z') });
	await page.goto('/settings');
	await ready(page);

	const section = page.getByRole('group', { name: 'Notifications while Spasm Log is open' });
	await expect(page.evaluate(() => Notification.permission)).resolves.toBe('default');
	await section.getByRole('button', { name: 'Turn on notifications while Spasm Log is open' }).click();
	await expect(section.getByTestId('notifications-status')).toHaveText(
		'Turned on. While Spasm Log is open, it will ask at 21:30.'
	);
	await expect(section).toContainText('When Spasm Log is closed it cannot notify you');

	await page.clock.runFor('25:00');
	expect(await shown(page)).toEqual([]);
	await page.clock.runFor('06:00');
	await expect.poll(() => shown(page)).toEqual([{ title: 'Any spasms today?', body: expect.any(String) }]);

	await section.getByRole('button', { name: 'Turn off notifications' }).click();
	await expect(section.getByTestId('notifications-status')).toHaveText('Turned off.');
});

test('a blocked permission says how to allow it', async ({ page }) => {
	await fakeNotifications(page, 'denied');
	await page.goto('/settings');
	await ready(page);
	const section = page.getByRole('group', { name: 'Notifications while Spasm Log is open' });
	await section.getByRole('button', { name: 'Turn on notifications while Spasm Log is open' }).click();
	await expect(section).toContainText(
		'Notifications are blocked for Spasm Log in this browser. To allow them'
	);
	await expect(section.getByRole('button', { name: /Turn on/ })).toHaveCount(0);
});
