import { logsOf, water } from '../support/log-factories';
import { expect, ready, test } from './fixtures';
import { TrendsPage } from './pages/trends-page';
import { seedLogs } from './seed';

// One water entry nine days ago starts the tracked period; today, 10 Mar 2026, is otherwise empty.
test.use({ timezoneId: 'UTC' });

test('"None" on the evening check-in stores the day, and Trends counts it as tracked', async ({ page }) => {
	await page.clock.setFixedTime(new Date('2026-03-10T18:30:00Z'));
	await seedLogs(page, logsOf({ water: [water('2026-03-01', 500)] }));

	const trends = new TrendsPage(page);
	await trends.goto();
	await expect(page.getByTestId('trends-tracked')).toHaveText(/^1 of 10\s+days tracked/);

	await page.goto('/');
	await ready(page);
	const card = page.getByRole('region', { name: 'Any spasms today?' });
	await expect(card).toBeVisible();
	await card.getByRole('button', { name: 'None' }).click();
	// Shown only after the check-in was committed.
	await expect(page.getByText('Saved: no spasms or cramps today.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'None' })).toHaveCount(0);

	await trends.goto();
	await expect(page.getByTestId('trends-tracked')).toHaveText(/^2 of 10\s+days tracked/);
});

test('the check-in is not asked before 18:00', async ({ page }) => {
	await page.clock.setFixedTime(new Date('2026-03-10T15:00:00Z'));
	await page.goto('/');
	await ready(page);
	await expect(page.getByRole('button', { name: 'Log a spasm' })).toBeVisible();
	await expect(page.getByRole('region', { name: /Any spasms/ })).toHaveCount(0);
});

test('in the morning it asks about yesterday', async ({ page }) => {
	await page.clock.setFixedTime(new Date('2026-03-10T08:00:00Z'));
	await page.goto('/');
	await ready(page);
	const card = page.getByRole('region', { name: 'Any spasms yesterday?' });
	await card.getByRole('button', { name: 'None' }).click();
	await expect(page.getByText('Saved: no spasms or cramps yesterday.')).toBeVisible();
});
