import type { Browser, BrowserContext, Page, TestInfo } from '@playwright/test';
import { createWaterIntake } from '../../src/lib/domain/records';
import { expect, test, watchContext, type PageWatch } from './fixtures';
import { HistoryPage } from './pages/history-page';
import { TodayPage } from './pages/today-page';
import { YourDataCard } from './pages/your-data';
import { episode, pageTimeZone, seedLogs } from './seed';

/** A second, empty browser profile: another phone. Guarded like the test's own context. */
async function freshProfile(
	browser: Browser,
	info: TestInfo
): Promise<{ context: BrowserContext; page: Page; watch: PageWatch }> {
	const baseURL = info.project.use.baseURL!;
	const context = await browser.newContext({
		baseURL,
		serviceWorkers: 'block',
		viewport: info.project.use.viewport
	});
	const watch = await watchContext(context, new URL(baseURL).origin);
	return { context, page: await context.newPage(), watch };
}

async function seedTwoDays(page: Page, ml: number, note: string) {
	const tz = await pageTimeZone(page);
	const now = new Date();
	await seedLogs(page, {
		episodes: [episode({ kind: 'cramp', location: 'calf', intensity: 6, notes: note, daysAgo: 1 }, tz)],
		water: [createWaterIntake({ ml, at: new Date(now.getTime() - 60_000) }, { now, timeZone: tz })],
		foods: [],
		stretches: [],
		exercise: [],
		medications: []
	});
}

test.describe('Backup and restore', () => {
	test('backs up from Settings and restores into a fresh profile with the same data', async ({
		page,
		browser
	}, info) => {
		await seedTwoDays(page, 330, 'night cramp');
		const mine = new YourDataCard(page);
		await mine.goto();
		await expect(mine.card.getByTestId('last-backup')).toHaveText('No backup yet');
		const file = await mine.backUp();
		expect(file.name).toMatch(/^spasm-log-backup-\d{4}-\d{2}-\d{2}\.json$/);
		expect(file.json).toMatchObject({ format: 'spasm-log-backup', formatVersion: 1 });
		expect(file.json.counts).toMatchObject({ episodes: 1, water: 1 });
		await expect(mine.card.getByTestId('last-backup')).toContainText('Last backup:');

		const other = await freshProfile(browser, info);
		try {
			const theirs = new YourDataCard(other.page);
			await theirs.goto();
			await theirs.choose(file.name, file.text);
			await expect(theirs.row('episodes')).toContainText('1 in the file');
			await expect(theirs.row('episodes')).toContainText('1 new');
			await expect(theirs.row('water')).toContainText('1 new');
			await theirs.merge();
			await expect(other.page.getByTestId('restore-done')).toHaveText(/2 records added or updated/);

			const today = new TodayPage(other.page);
			await today.goto();
			await expect(today.waterTotal).toContainText('330');
			const history = new HistoryPage(other.page);
			await history.goto();
			await expect(history.entries.filter({ hasText: 'night cramp' })).toHaveCount(1);
			await expect(history.entries).toHaveCount(2);
			expect(other.watch.problems).toEqual([]);
			expect(other.watch.foreign).toEqual([]);
		} finally {
			await other.context.close();
		}
	});

	test('a hostile file gets a clear message and changes nothing', async ({ page }) => {
		await seedTwoDays(page, 250, 'before');
		const history = new HistoryPage(page);
		await history.goto();
		await expect(history.entries).toHaveCount(2);

		const card = new YourDataCard(page);
		await card.goto();
		await card.choose('notes.json', 'this is not a backup');
		await expect(page.getByTestId('restore-refused')).toContainText('damaged or was cut off');
		await expect(page.getByTestId('restore-refused')).toContainText('Nothing was changed.');
		await card.choose(
			'future.json',
			JSON.stringify({ format: 'spasm-log-backup', formatVersion: 99, data: {} })
		);
		await expect(page.getByTestId('restore-refused')).toContainText('made by a newer version');
		await card.choose('other-app.json', JSON.stringify({ habits: [{ id: 1 }] }));
		await expect(page.getByTestId('restore-refused')).toContainText('not a Spasm Log backup');

		await history.goto();
		await expect(history.entries).toHaveCount(2);
	});

	test('invalid records are listed and skipped only when the person agrees', async ({ page }) => {
		await seedTwoDays(page, 250, 'mine');
		const card = new YourDataCard(page);
		await card.goto();
		const file = await card.backUp();
		const data = file.json.data as { water: Record<string, unknown>[] };
		data.water.push({ ...data.water[0], id: '11111111-1111-4111-8111-111111111111', ml: 99_999 });
		await card.choose('edited.json', JSON.stringify(file.json));
		await expect(page.getByTestId('restore-invalid')).toContainText('ml: Amount must be at most 5000');
		const merge = card.preview.getByRole('button', { name: 'Merge into this device' });
		await expect(merge).toBeDisabled();
		await card.preview.getByLabel('Skip it and restore the rest').check();
		await card.merge();
		await expect(page.getByTestId('restore-done')).toHaveText(/Nothing to restore/);
	});

	test('two profiles that logged apart end with the same history after exchanging backups', async ({
		page,
		browser
	}, info) => {
		await seedTwoDays(page, 250, 'phone A');
		const other = await freshProfile(browser, info);
		try {
			await seedTwoDays(other.page, 500, 'phone B');
			const a = new YourDataCard(page);
			const b = new YourDataCard(other.page);

			await a.goto();
			const fromA = await a.backUp();
			await b.goto();
			await b.choose(fromA.name, fromA.text);
			await expect(b.row('episodes')).toContainText('1 new');
			await b.merge();

			const fromB = await b.backUp();
			await a.goto();
			await a.choose(fromB.name, fromB.text);
			await expect(a.row('episodes')).toContainText('1 new');
			await expect(a.row('episodes')).toContainText('1 older or the same');
			await a.merge();

			for (const p of [page, other.page]) {
				const history = new HistoryPage(p);
				await history.goto();
				await expect(history.entries).toHaveCount(4);
				await expect(history.entries.filter({ hasText: /phone A|phone B/ })).toHaveCount(2);
			}
			expect(other.watch.problems).toEqual([]);
		} finally {
			await other.context.close();
		}
	});
});
