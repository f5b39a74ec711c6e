import { dose, sixtyDays } from '../support/log-factories';
import { expect, ready, test } from './fixtures';
import { TrendsPage } from './pages/trends-page';
import { seedLogs } from './seed';

// The sixty known days of the Trends spec (2026-01-01 to 2026-03-01, today pinned to the last), with
// a magnesium tablet logged on exactly the days the water goal was met: the "took" habit must then
// show the water goal's own numbers.
test.use({ timezoneId: 'UTC' });

function withMagnesium() {
	const logs = sixtyDays();
	const goalDays = [...new Set(logs.water.filter((w) => w.ml >= 2000).map((w) => w.day))];
	logs.medications = goalDays.map((day) =>
		dose(day, 'Magnesium glycinate', { kind: 'supplement', amount: 1, unit: 'tablet' })
	);
	return { logs, goalDays };
}

test.beforeEach(async ({ page }) => {
	await page.clock.setFixedTime(new Date('2026-03-01T12:00:00Z'));
});

test('Trends compares days a supplement was taken with the other days', async ({ page }) => {
	await seedLogs(page, withMagnesium().logs);
	const trends = new TrendsPage(page);
	await trends.goto();

	await expect(trends.habitSentence('Took Magnesium glycinate')).toContainText(
		'On the 15 days you logged Magnesium glycinate you had 0.2 spasms or cramps a day; on the other 15 days, 1.0. Ratio 0.2, interval of about 95%: 0.0012 to 32.'
	);
	await expect(page.getByTestId('habits-count')).toContainText('(of 8 habits × 3 timings)');
	const habits = await trends.table('habits');
	await expect(trends.row(habits, 'Took Magnesium glycinate').getByRole('cell')).toHaveText([
		'15',
		'0.2',
		'15',
		'1.0',
		'0.2 (0.0012 to 32)',
		'Unclear: the interval includes 1'
	]);
});

test('the doctor report lists supplements and medicines with doses and days taken', async ({ page }) => {
	const { logs, goalDays } = withMagnesium();
	logs.medications.push(
		dose('2026-02-20', 'Baclofen', { amount: 10 }),
		dose('2026-02-21', 'Baclofen', { amount: 5 })
	);
	await seedLogs(page, logs);
	await page.goto('/report');
	await ready(page);

	const table = page.getByRole('table', { name: 'Supplements and medicines' });
	await expect(table.getByRole('row', { name: /Magnesium glycinate/ }).getByRole('cell')).toHaveText([
		'Magnesium glycinate',
		'Supplement',
		`1 tablet × ${goalDays.length}`,
		`${goalDays.length} of 60`
	]);
	await expect(table.getByRole('row', { name: /Baclofen/ }).getByRole('cell')).toHaveText([
		'Baclofen',
		'Medicine',
		'10 mg × 1, 5 mg × 1',
		'2 of 60'
	]);
});
