import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { noSigns } from '../../src/lib/domain/records';
import { DEFAULT_SETTINGS, type Logs, type SpasmEpisode } from '../../src/lib/domain/types';
import {
	DEFAULT_THRESHOLDS,
	describeRules,
	evaluateRedFlags,
	RULE_IDS,
	RULES_DISCLAIMER
} from '../../src/lib/domain/rules';
import { expect, ready, test } from './fixtures';
import { DoctorCard } from './pages/doctor-card';
import { TodayPage } from './pages/today-page';
import { EpisodeSheet } from './pages/episode-sheet';
import { HistoryPage } from './pages/history-page';
import { episode, pageTimeZone, seed } from './seed';

const SEVERE = 'Severe pain';
const NERVE = 'Weakness, numbness or tingling';

function logsOf(episodes: SpasmEpisode[]): Logs {
	return { episodes, water: [], foods: [], stretches: [], exercise: [], medications: [] };
}

/** The reasons the app should show, worked out by the same rules module. */
function expectedReasons(episodes: SpasmEpisode[], timeZone: string): Map<string, string> {
	const flags = evaluateRedFlags(logsOf(episodes), {
		now: new Date(),
		timeZone,
		waterGoalMl: DEFAULT_SETTINGS.waterGoalMl
	});
	return new Map(flags.map((f) => [f.title, f.reason]));
}

/** Opens Today with a severe episode with numbness (older than History's first page) and a mild one. */
async function todayWithSevereNumbEpisode(page: Page) {
	const today = new TodayPage(page);
	await today.goto();
	const timeZone = await pageTimeZone(page);
	const severe = episode(
		{ intensity: 9, kind: 'cramp', signs: { ...noSigns(), numbness: true }, daysAgo: 20 },
		timeZone
	);
	const mild = episode({ intensity: 3, location: 'foot' }, timeZone);
	await seed(page, { episodes: [severe, mild] });
	await page.reload();
	await ready(page);
	return { severe, mild, timeZone, card: new DoctorCard(page) };
}

test.describe('doctor card @mobile-only', () => {
	test('a severe episode with numbness lists both reasons; deleting it removes the card', async ({
		page
	}) => {
		const { severe, mild, timeZone, card } = await todayWithSevereNumbEpisode(page);
		const reasons = expectedReasons([severe, mild], timeZone);
		expect([...reasons.keys()]).toEqual([SEVERE, NERVE]);

		await expect(card.root).toBeVisible();
		await expect(card.flags).toHaveCount(2);
		await expect(card.flag(SEVERE)).toContainText(reasons.get(SEVERE)!);
		await expect(card.flag(NERVE)).toContainText(reasons.get(NERVE)!);
		await expect(card.root).toContainText('does not diagnose');
		await expect(card.entriesLink(SEVERE)).toHaveText(/See the 1 entry/);

		await card.entriesLink(SEVERE).click();
		await expect(page).toHaveURL(new RegExp(`/history\\?ids=${severe.id}$`));
		const main = page.getByRole('main');
		// History's own entries, not the "Recently deleted" list below them.
		const entries = new HistoryPage(page).entries;
		await expect(main.getByText('Showing 1 entry from a doctor check.')).toBeVisible();
		await expect(entries).toHaveCount(1);
		await expect(entries).toContainText('Intensity 9 of 10');
		await expect(entries).toContainText('numbness');

		await main.getByRole('button', { name: /^Delete Cramp/ }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Episode deleted' })).toBeVisible();
		await expect(main.getByText('no longer in your log')).toBeVisible();
		await expect(entries).toHaveCount(0);

		await main.getByRole('link', { name: 'Show all' }).click();
		await expect(page).toHaveURL(/\/history$/);
		// The mild episode from today is still there: only the chosen one was deleted.
		await expect(entries).toHaveCount(1);
		await expect(entries).toContainText('Intensity 3 of 10');

		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
		await expect(page.getByRole('region', { name: 'Water' })).toBeVisible();
		await expect(card.root).toHaveCount(0);
		await page.reload();
		await ready(page);
		await expect(page.getByRole('region', { name: 'Water' })).toBeVisible();
		await expect(card.root).toHaveCount(0);
	});

	test('a hidden flag stays hidden after reload until a new matching episode', async ({ page }) => {
		const { severe, mild, timeZone, card } = await todayWithSevereNumbEpisode(page);
		await expect(card.flags).toHaveCount(2);

		await card.hideButton(SEVERE).click();
		await expect(card.flag(SEVERE)).toHaveCount(0);
		await expect(card.flag(NERVE)).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: `Hid “${SEVERE}”` })).toBeVisible();

		await page.reload();
		await ready(page);
		await expect(card.flag(NERVE)).toBeVisible();
		await expect(card.flag(SEVERE)).toHaveCount(0);

		// Hiding deleted nothing: both episodes are still in History.
		await page.goto('/history');
		await ready(page);
		await page.getByRole('button', { name: 'Show earlier days' }).click();
		await expect(new HistoryPage(page).entries).toHaveCount(2);

		await page.goto('/');
		await ready(page);
		const another = episode({ intensity: 8, location: 'hamstring' }, timeZone);
		await seed(page, { episodes: [another] });
		await page.reload();
		await ready(page);
		const reasons = expectedReasons([severe, mild, another], timeZone);
		await expect(card.flag(SEVERE)).toContainText(reasons.get(SEVERE)!);
		await expect(card.entriesLink(SEVERE)).toHaveText(/See the 2 entries/);
		await expect(card.flag(NERVE)).toBeVisible();
	});

	test('undo brings a hidden flag back; hiding every flag removes the card', async ({ page }) => {
		const { card } = await todayWithSevereNumbEpisode(page);
		await card.hideButton(NERVE).click();
		await expect(card.flag(NERVE)).toHaveCount(0);
		await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
		await expect(card.flag(NERVE)).toBeVisible();

		await card.hideButton(NERVE).click();
		await expect(card.flag(NERVE)).toHaveCount(0);
		await card.hideButton(SEVERE).click();
		await expect(card.root).toHaveCount(0);
		// The keyboard user whose button vanished lands somewhere on the page, not on nothing.
		await expect(page.locator('main')).toBeFocused();
	});
});

test('the explanation page lists every rule with the default thresholds', async ({ page }) => {
	const { card } = await todayWithSevereNumbEpisode(page);
	await card.root.getByRole('link', { name: 'How these checks work' }).click();
	await expect(page).toHaveURL(/\/see-a-doctor$/);
	await expect(page).toHaveTitle(/^When to see a doctor/);
	await expect(page.getByRole('heading', { level: 1, name: 'When to see a doctor' })).toBeVisible();
	await expect(page.getByTestId('rules-disclaimer')).toContainText(RULES_DISCLAIMER);

	const rules = describeRules(DEFAULT_THRESHOLDS);
	expect(rules.map((r) => r.id)).toEqual([...RULE_IDS]);
	const sections = page.getByRole('main').getByRole('region');
	await expect(sections).toHaveCount(rules.length);
	for (const [i, rule] of rules.entries()) {
		const section = sections.nth(i);
		await expect(section.getByRole('heading', { level: 2 })).toHaveText(rule.title);
		await expect(section).toContainText(rule.explanation);
		await expect(section).toContainText(rule.advice);
		for (const source of rule.sources) {
			if (source.url)
				await expect(section.getByRole('link', { name: source.name })).toHaveAttribute('href', source.url);
			else await expect(section).toContainText(source.name);
		}
	}
	// The numbers on the page are the code's: a few spelled out, read from the thresholds.
	await expect(sections.nth(0)).toContainText(`${DEFAULT_THRESHOLDS.severeIntensity} or more out of 10`);
	await expect(sections.nth(4)).toContainText(`the last ${DEFAULT_THRESHOLDS.frequentWindowDays} days`);
	await expect(sections.nth(5)).toContainText(`${DEFAULT_THRESHOLDS.risingBaselineDays} days before`);
});

test('Settings links to the explanation page', async ({ page }) => {
	await page.goto('/settings');
	await ready(page);
	await page.getByRole('link', { name: 'When to see a doctor' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'When to see a doctor' })).toBeVisible();
});

test('the explanation page is prerendered with its rules', async ({ request }) => {
	const html = await (await request.get('/see-a-doctor')).text();
	for (const rule of describeRules()) expect(html).toContain(rule.title);
});

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`accessibility, ${scheme}`, () => {
		test.beforeEach(async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
		});

		const seriousViolations = async (page: Page) => {
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
			return results.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		};

		test('Today with the doctor card has no serious violations', async ({ page }) => {
			const { card } = await todayWithSevereNumbEpisode(page);
			await expect(card.flags).toHaveCount(2);
			expect(await seriousViolations(page)).toEqual([]);
		});

		test('History showing a doctor check’s entries has no serious violations', async ({ page }) => {
			const { card } = await todayWithSevereNumbEpisode(page);
			await card.entriesLink(NERVE).click();
			await expect(page.getByText('Showing 1 entry from a doctor check.')).toBeVisible();
			expect(await seriousViolations(page)).toEqual([]);
		});

		test('the explanation page has no serious violations', async ({ page }) => {
			await page.goto('/see-a-doctor');
			await ready(page);
			await expect(page.getByRole('heading', { level: 2, name: SEVERE })).toBeVisible();
			expect(await seriousViolations(page)).toEqual([]);
		});
	});
}

test.describe('doctor card through the logging UI @mobile-only', () => {
	async function logSevereNumbEpisode(page: Page) {
		const today = new TodayPage(page);
		await today.logButton.click();
		const sheet = new EpisodeSheet(page);
		await sheet.expectOpen();
		await sheet.setIntensity(9);
		await sheet.check(/Numbness/);
		await sheet.save();
		await sheet.dialog.getByRole('button', { name: 'OK' }).click();
		await expect(sheet.dialog).toBeHidden();
		await sheet.tapsReachThePage();
		await today.itStopped();
	}

	test('log a severe episode with numbness, see both reasons, delete it, the card goes', async ({ page }) => {
		const today = new TodayPage(page);
		await today.goto();
		const card = new DoctorCard(page);
		await expect(card.root).toHaveCount(0);

		await logSevereNumbEpisode(page);
		await expect(card.flags).toHaveCount(2);
		await expect(card.flag(SEVERE)).toContainText('rated 9 out of 10');
		await expect(card.flag(NERVE)).toContainText(/numbness/i);

		const history = new HistoryPage(page);
		await history.goto();
		await history.delete('Cramp — calf');
		await today.goto();
		await expect(card.root).toHaveCount(0);
	});

	test('a hidden flag stays hidden until a new matching episode is logged', async ({ page }) => {
		const today = new TodayPage(page);
		await today.goto();
		const card = new DoctorCard(page);
		await logSevereNumbEpisode(page);
		await expect(card.flag(SEVERE)).toBeVisible();

		await card.hideButton(SEVERE).click();
		await expect(card.flag(SEVERE)).toHaveCount(0);
		await expect(card.flag(NERVE)).toBeVisible();
		await page.reload();
		await ready(page);
		await expect(card.flag(NERVE)).toBeVisible();
		await expect(card.flag(SEVERE)).toHaveCount(0);

		await logSevereNumbEpisode(page);
		await expect(card.flag(SEVERE)).toBeVisible();
	});
});
