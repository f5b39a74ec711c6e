import { referenceIntakes } from '../../src/lib/domain/foods';
import { expect, test } from './fixtures';
import { FoodCard } from './pages/food-card';
import { MedicationCard } from './pages/medication-card';
import { TodayPage } from './pages/today-page';

const reference = referenceIntakes('adult-female');
const fmt = (mg: number) => Math.round(mg).toLocaleString('en-US');

test('save magnesium with its mg, log it in one tap, and see food and supplements apart in the totals', async ({
	page
}) => {
	await new TodayPage(page).goto();
	const meds = new MedicationCard(page);
	const foods = new FoodCard(page);

	await meds.addItem({
		name: 'Magnesium citrate',
		amount: '2',
		unit: 'tablet',
		mineral: 'Magnesium',
		mineralMg: '200'
	});
	await expect(page.getByRole('status').filter({ hasText: 'Saved Magnesium citrate' })).toBeVisible();
	await expect(meds.take('Magnesium citrate')).toContainText('2 tablets (magnesium 200 mg)');
	await expect(foods.region.getByTestId('mineral-magnesium-sources')).toHaveCount(0);

	await meds.take('Magnesium citrate').click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Logged Magnesium citrate, 2 tablets' })
	).toBeVisible();
	await expect(meds.taken.getByRole('listitem')).toHaveCount(1);
	await expect(foods.mineral('magnesium')).toContainText(`Magnesium 200 of ${fmt(reference.magnesium)} mg`);
	await expect(foods.region.getByTestId('mineral-magnesium-sources')).toHaveText(
		'from food 0 mg · from supplements 200 mg'
	);

	await foods.find('banana');
	await foods.log('Banana', '1');
	await expect(page.getByRole('status').filter({ hasText: 'Logged 1 serving of Banana' })).toBeVisible();
	await expect(foods.region.getByTestId('mineral-magnesium-sources')).toHaveText(
		/^from food \d+ mg · from supplements 200 mg$/
	);
	// Only magnesium came from a supplement: the other minerals show no split.
	await expect(foods.region.getByTestId('mineral-potassium-sources')).toHaveCount(0);
	await expect(page.getByTestId('magnesium-note')).toHaveCount(0);

	// A second dose passes the 350 mg supplemental upper limit: a calm note, never advice to take.
	await meds.take('Magnesium citrate').click();
	await expect(page.getByRole('status').filter({ hasText: 'Logged Magnesium citrate' })).toBeVisible();
	await expect(meds.taken.getByRole('listitem')).toHaveCount(2);
	await expect(page.getByTestId('magnesium-note')).toContainText('400 mg');
	await expect(page.getByTestId('magnesium-note')).toContainText('350 mg');

	await page.reload();
	await expect(foods.region.getByTestId('mineral-magnesium-sources')).toContainText(
		'from supplements 400 mg'
	);
	await expect(meds.take('Magnesium citrate')).toContainText('2× today');
});

test('a medicine is logged with its dose, shows in History, and can be deleted and restored', async ({
	page
}) => {
	await new TodayPage(page).goto();
	const meds = new MedicationCard(page);
	await meds.addItem({ name: 'Baclofen', kind: 'Medicine', amount: '10', unit: 'mg' });
	await expect(page.getByRole('status').filter({ hasText: 'Saved Baclofen' })).toBeVisible();
	await meds.take('Baclofen').click();
	await expect(page.getByRole('status').filter({ hasText: 'Logged Baclofen, 10 mg' })).toBeVisible();

	await page.getByRole('link', { name: 'History' }).click();
	const entry = page.locator('[data-kind="medications"]');
	await expect(entry).toContainText('Medicine — Baclofen');
	await expect(entry).toContainText('Medicine, 10 mg');
	await entry.getByRole('button', { name: /^Delete/ }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Dose deleted' })).toBeVisible();
	await expect(entry).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(entry).toContainText('Medicine — Baclofen');
});

test('the form explains what is missing and saves nothing', async ({ page }) => {
	await new TodayPage(page).goto();
	const meds = new MedicationCard(page);
	await meds.addItem({ name: '', amount: '0', unit: 'mg' });
	await expect(meds.region.getByText('Enter a name as on the label')).toBeVisible();
	await expect(meds.region.getByText('Enter the usual amount')).toBeVisible();
	await expect(meds.region.getByLabel('Name')).toBeFocused();
	await expect(meds.region.getByText('Nothing saved yet.')).toBeVisible();
});
