import AxeBuilder from '@axe-core/playwright';
import { getFood, referenceIntakes } from '../../src/lib/domain/foods';
import { expect, test } from './fixtures';
import { FoodCard } from './pages/food-card';
import { TodayPage } from './pages/today-page';

const fmt = (mg: number) => Math.round(mg).toLocaleString('en-US');
// The person has not chosen a reference group yet: the default is women 19–50.
const reference = referenceIntakes('adult-female');
const banana = getFood('banana')!;

async function openToday(page: import('@playwright/test').Page): Promise<FoodCard> {
	await new TodayPage(page).goto();
	return new FoodCard(page);
}

test('search banana, log 2 servings and see each mineral rise by twice the catalog amount', async ({
	page
}) => {
	const foods = await openToday(page);
	await expect(foods.mineral('magnesium')).toContainText(`Magnesium 0 of ${fmt(reference.magnesium)} mg`);
	await expect(foods.region.getByText('Nothing logged yet today.')).toBeVisible();

	await foods.find('banana');
	await expect(foods.results.getByRole('listitem').first()).toContainText('Banana');
	await expect(foods.results.getByRole('listitem').first()).toContainText(banana.serving);
	await foods.log('Banana', '2');

	await expect(foods.mineral('magnesium')).toContainText(
		`Magnesium ${fmt(banana.mg.magnesium * 2)} of ${fmt(reference.magnesium)} mg`
	);
	await expect(foods.mineral('potassium')).toContainText(
		`Potassium ${fmt(banana.mg.potassium * 2)} of ${fmt(reference.potassium)} mg`
	);
	await expect(foods.mineral('calcium')).toContainText(
		`Calcium ${fmt(banana.mg.calcium * 2)} of ${fmt(reference.calcium)} mg`
	);
	await expect(foods.mineral('sodium')).toContainText(
		`Sodium ${fmt(banana.mg.sodium * 2)} mg, limit ${fmt(reference.sodium)} mg`
	);
	await expect(foods.mineral('sodium')).toContainText('Under the limit');
	await expect(foods.entry('Banana, 2 servings')).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Logged 2 servings of Banana' })).toBeVisible();

	// Logged foods become one-tap chips (once the search is closed, so the results never jump).
	await expect(foods.recent).toHaveCount(0);
	await foods.find('');
	await expect(foods.chip(foods.recent, 'Banana')).toBeVisible();
	await page.reload();
	await expect(foods.mineral('potassium')).toContainText(`Potassium ${fmt(banana.mg.potassium * 2)} of`);
});

test('the servings amount takes fractions and refuses what it cannot read, keeping the text', async ({
	page
}) => {
	const foods = await openToday(page);
	await foods.find('banana');
	await foods.log('Banana', '0');
	const error = foods.region.getByText(/Enter servings: more than 0 and up to 20/);
	await expect(error).toBeVisible();
	await expect(foods.servings).toHaveAttribute('aria-invalid', 'true');
	await expect(foods.servings).toBeFocused();
	await expect(foods.servings).toHaveValue('0');
	await expect(foods.region.getByText('Nothing logged yet today.')).toBeVisible();

	await foods.log('Banana', '½');
	await expect(error).toBeHidden();
	await expect(foods.entry('Banana, 0.5 servings')).toBeVisible();
	await expect(foods.mineral('potassium')).toContainText(`Potassium ${fmt(banana.mg.potassium / 2)} of`);
	await expect(foods.servings).toHaveValue('1');
});

test('add your own food with field errors first, then find and log it', async ({ page }) => {
	const foods = await openToday(page);

	// A search with no match leads straight to the form, with the name already typed.
	await foods.find('Lentil soup');
	await expect(foods.region.getByText('No food matches “Lentil soup”')).toBeVisible();
	await foods.region.getByRole('button', { name: 'Add “Lentil soup” as your own food' }).click();
	await expect(foods.customField('Name')).toHaveValue('Lentil soup');
	await expect(foods.customField('One serving is')).toBeFocused();

	await foods.fillCustomFood({ name: '', magnesium: 'lots', sodium: '-5' });
	await foods.saveCustomFood();
	await expect(foods.region.getByText('Enter a name, e.g. Lentil soup.')).toBeVisible();
	await expect(foods.region.getByText('Say what one serving is')).toBeVisible();
	await expect(foods.region.getByText(/Enter magnesium in mg, from 0 to 100,000/)).toBeVisible();
	await expect(foods.region.getByText(/Enter sodium in mg/)).toBeVisible();
	await expect(foods.customField('Name')).toBeFocused();
	await expect(foods.customField('Magnesium (mg)')).toHaveValue('lots');

	await foods.fillCustomFood({
		name: 'Lentil soup',
		serving: '1 bowl',
		magnesium: '71',
		potassium: '731',
		sodium: ''
	});
	await foods.saveCustomFood();
	await expect(page.getByRole('status').filter({ hasText: 'Saved Lentil soup' })).toBeVisible();
	await expect(foods.search).toHaveValue('Lentil soup');
	const result = foods.results.getByRole('listitem').filter({ hasText: 'Lentil soup' });
	await expect(result).toContainText('Your food');
	await expect(result).toContainText('1 bowl');

	await foods.log('Lentil soup', '2');
	await expect(foods.mineral('magnesium')).toContainText(`Magnesium 142 of ${fmt(reference.magnesium)} mg`);
	await expect(foods.mineral('potassium')).toContainText('Potassium 1,462 of');
	await expect(foods.mineral('sodium')).toContainText('Sodium 0 mg, limit');
	await expect(foods.entry('Lentil soup, 2 servings')).toBeVisible();

	await page.reload();
	await foods.find('lentil');
	await expect(foods.results.getByRole('listitem').filter({ hasText: 'Lentil soup' })).toContainText(
		'Your food'
	);
});

test('favourite a food, log it from its chip, and unfavourite it', async ({ page }) => {
	const foods = await openToday(page);
	const spinach = getFood('spinach-cooked')!;
	await expect(foods.region.getByText('Foods you log show up here')).toBeVisible();

	await foods.find('spinach');
	const star = foods.favouriteButton(spinach.name);
	await expect(star).toHaveAttribute('aria-pressed', 'false');
	await star.click();
	await expect(star).toHaveAttribute('aria-pressed', 'true');
	await expect(foods.chip(foods.favourites, spinach.name)).toBeVisible();

	await page.reload();
	await foods.chip(foods.favourites, spinach.name).click();
	await expect(foods.entry(`${spinach.name}, 1 serving`)).toBeVisible();
	await expect(foods.mineral('magnesium')).toContainText(`Magnesium ${fmt(spinach.mg.magnesium)} of`);
	// A favourite is not repeated among the recent chips.
	await expect(foods.recent).toHaveCount(0);

	await foods.find('spinach');
	await foods.favouriteButton(spinach.name).click();
	await expect(foods.favourites).toHaveCount(0);
	await expect(foods.chip(foods.recent, spinach.name)).toBeVisible();
});

test('delete a logged food, then undo', async ({ page }) => {
	const foods = await openToday(page);
	await foods.find('banana');
	await foods.log('Banana', '2');
	const entry = foods.entry('Banana, 2 servings');
	await expect(entry).toBeVisible();

	await entry.getByRole('button', { name: /^Delete Banana, 2 servings, at \d{2}:\d{2}$/ }).click();
	await expect(entry).toBeHidden();
	await expect(foods.mineral('magnesium')).toContainText('Magnesium 0 of');
	await expect(foods.region.getByRole('heading', { name: 'Logged today' })).toBeFocused();

	await page.getByRole('button', { name: 'Undo: Banana deleted' }).click();
	await expect(entry).toBeVisible();
	await expect(foods.mineral('magnesium')).toContainText(`Magnesium ${fmt(banana.mg.magnesium * 2)} of`);
	await expect(page.getByRole('status').filter({ hasText: 'Banana restored' })).toBeVisible();
});

test('mineral totals follow the reference group chosen in Settings @mobile-only', async ({ page }) => {
	const foods = await openToday(page);
	await page.goto('/settings');
	await page.getByRole('radio', { name: 'Men 19–50', exact: true }).check();
	await expect(page.getByText('Reference intakes saved.')).toBeVisible();
	await page.goto('/');
	const men = referenceIntakes('adult-male');
	await expect(foods.mineral('magnesium')).toContainText(`Magnesium 0 of ${fmt(men.magnesium)} mg`);
	await expect(foods.region.getByText(/Daily amounts for men 19–50/)).toBeVisible();
});

test('the food card works from the keyboard alone @mobile-only', async ({ page }) => {
	const foods = await openToday(page);
	await foods.search.focus();
	await page.keyboard.type('almonds');
	await page.keyboard.press('Tab');
	await expect(foods.servings).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(foods.favouriteButton('Almonds, dry-roasted')).toBeFocused();
	await page.keyboard.press('Space');
	await expect(foods.favouriteButton('Almonds, dry-roasted')).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(foods.entry('Almonds, dry-roasted, 1 serving')).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
	test(`Today with the food card has no serious accessibility problems (${scheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		const foods = await openToday(page);
		await foods.find('banana');
		await foods.favouriteButton('Banana').click();
		await foods.log('Banana', '2');
		await expect(foods.entry('Banana, 2 servings')).toBeVisible();
		await foods.find('yogurt');
		await foods.openCustomForm();
		await foods.saveCustomFood();
		await expect(foods.region.getByText('Enter a name, e.g. Lentil soup.')).toBeVisible();

		const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
		const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
}

test('every control in the food card is at least 44 px tall and wide', async ({ page }) => {
	const foods = await openToday(page);
	await foods.find('banana');
	await foods.log('Banana');
	await foods.openCustomForm();
	const controls = foods.region.locator('button, input, summary');
	expect(await controls.count()).toBeGreaterThan(10);
	for (const control of await controls.all()) {
		const box = await control.boundingBox();
		const name = await control.evaluate((el) => el.outerHTML.slice(0, 80));
		expect([name, box!.width >= 44 && box!.height >= 44]).toEqual([name, true]);
	}
});

test('"magnesium" and "salt" browse the foods richest in them; kiwi, coconut water and pickle are found', async ({
	page
}) => {
	const card = await openToday(page);
	await card.find('magnesium');
	await expect(card.results.getByRole('listitem').first()).toBeVisible();
	await expect(card.results.getByRole('listitem')).toHaveCount(8);
	await card.find('salt');
	await expect(card.results.getByRole('listitem').filter({ hasText: /unsalted/i })).toHaveCount(0);
	await expect(card.results.getByRole('button', { name: 'Log Dill pickle', exact: true })).toBeVisible();
	for (const [query, name] of [
		['kiwi', 'Kiwi (kiwifruit), green'],
		['coconut water', 'Coconut water'],
		['pickle', 'Dill pickle']
	]) {
		await card.find(query!);
		await expect(card.results.getByRole('button', { name: `Log ${name}`, exact: true })).toBeVisible();
	}
});

test('logging from the search results does not move the results @mobile-only', async ({ page }) => {
	const card = await openToday(page);
	await card.find('banana');
	const button = card.results.getByRole('button', { name: 'Log Banana', exact: true });
	await button.scrollIntoViewIfNeeded();
	const before = await button.boundingBox();
	await button.click();
	await expect(page.getByRole('status').getByText('Logged 1 serving of Banana')).toBeVisible();
	const after = await button.boundingBox();
	expect(Math.round(after!.y)).toBe(Math.round(before!.y));
	await card.find('');
	await expect(card.chip(card.recent, 'Banana')).toBeVisible();
});
