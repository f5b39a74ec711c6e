import { createExerciseSession, createFoodServing, createWaterIntake } from '../../src/lib/domain/records';
import { expect, ready, test } from './fixtures';
import { HistoryPage } from './pages/history-page';
import { TodayPage } from './pages/today-page';
import { TrendsPage } from './pages/trends-page';
import { episode, pageTimeZone, seed, seedRaw } from './seed';

// Records as corruption or a bug left them (the shapes the reliability finding reproduced): each
// once crashed History, hung Trends on "Loading" or turned Today's totals into text or NaN.
test('unreadable records are set aside: History lists them with a Delete, Today and Trends use the rest @mobile-only', async ({
	page
}) => {
	const today = new TodayPage(page);
	await today.goto();
	const timeZone = await pageTimeZone(page);
	const context = { now: new Date(), timeZone };

	const episodes = Array.from({ length: 9 }, (_, daysAgo) =>
		episode({ kind: 'cramp', location: 'calf', daysAgo }, timeZone)
	);
	await seed(page, { episodes, water: [createWaterIntake({ ml: 500 }, context)] });
	const good = {
		water: createWaterIntake({ ml: 250 }, context),
		food: createFoodServing(
			{
				foodId: 'banana',
				name: 'Banana',
				servings: 1,
				mgPerServing: { magnesium: 32, potassium: 422, calcium: 6, sodium: 1 }
			},
			context
		),
		exercise: createExerciseSession({ minutes: 30 }, context)
	};
	const { signs: _signs, ...noSigns } = episode({ daysAgo: 1 }, timeZone);
	await seedRaw(page, {
		episodes: [{ ...episode({ daysAgo: 0 }, timeZone), triggers: null }, noSigns],
		water: [
			{ ...good.water, ml: '250' },
			{ ...createWaterIntake({ ml: 250 }, context), ml: '250' },
			{ ...createWaterIntake({ ml: 250 }, context), ml: Number.NaN }
		],
		foods: [{ ...good.food, mg: null }],
		exercise: [{ ...good.exercise, minutes: '30000' }],
		// A broken "no spasms" answer would silently stop its day counting as tracked.
		checkins: [{ id: crypto.randomUUID(), day: good.water.day, at: 'evening', updatedAt: good.water.at }]
	});

	// Today counts only the readable drink, and the goal has no extra for unreadable exercise.
	await page.reload();
	await ready(page);
	await expect(today.waterTotal).toContainText('500 ml');
	await expect(today.waterTotal).toContainText('of 2,000 ml today');
	await expect(today.waterTotal).not.toContainText('NaN');

	// History: every readable entry, plus a calm list of the eight it set aside.
	const history = new HistoryPage(page);
	await history.goto();
	await expect(history.entries).toHaveCount(10);
	const notice = page.getByTestId('unreadable');
	await expect(notice.getByRole('heading', { name: "8 entries couldn't be read" })).toBeVisible();
	await expect(notice.getByRole('listitem')).toHaveCount(8);
	await expect(notice.getByRole('listitem').filter({ hasText: /Check-in · / })).toContainText(
		'Time: not a date and time'
	);
	await expect(notice).toContainText('Triggers: must be a list');
	await expect(notice).toContainText('Warning signs: missing');
	await expect(notice).toContainText('Minerals: not readable');
	await expect(notice).toContainText('Amount must be a number');

	// Delete goes through the data layer (tombstone, Undo), and the count follows.
	await notice.getByRole('button', { name: /^Delete unreadable food/ }).click();
	await expect(
		page.getByTestId('snackbar-message').filter({ hasText: 'Unreadable entry deleted' })
	).toBeVisible();
	await expect(notice.getByRole('heading', { name: "7 entries couldn't be read" })).toBeVisible();
	await page.getByRole('button', { name: 'Undo: Unreadable entry deleted' }).click();
	await expect(
		page.getByTestId('snackbar-message').filter({ hasText: 'Unreadable entry restored' })
	).toBeVisible();
	await expect(notice.getByRole('heading', { name: "8 entries couldn't be read" })).toBeVisible();
	await notice.getByRole('button', { name: /^Delete unreadable check-in/ }).click();
	await expect(notice.getByRole('heading', { name: "7 entries couldn't be read" })).toBeVisible();
	for (let left = 6; left >= 1; left--) {
		await notice
			.getByRole('button', { name: /^Delete unreadable/ })
			.first()
			.click();
		await expect(notice.getByRole('heading', { name: new RegExp(`^${left} entr`) })).toBeVisible();
	}
	await expect(notice.getByRole('heading', { name: "1 entry couldn't be read" })).toBeVisible();
	await notice.getByRole('button', { name: /^Delete unreadable/ }).click();
	await expect(notice).toHaveCount(0);
	await expect(history.entries).toHaveCount(10);

	// Trends draws from the readable episodes, every chart in place.
	await seedRaw(page, { episodes: [{ ...episode({ daysAgo: 2 }, timeZone), signs: null }] });
	const trends = new TrendsPage(page);
	await trends.goto();
	await expect(trends.shown).toBeVisible();
	await expect(page.getByTestId('trend-frequency')).toBeVisible();
	await expect(page.getByTestId('chart-failed')).toHaveCount(0);
	await expect(page.getByTestId('trends-failed')).toHaveCount(0);
});
