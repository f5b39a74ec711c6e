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

/**
 * The page's clock stops at 14:00 today. The opening nudge shows one thing at a time, and which one
 * depends on the hour: between midnight and 06:00 nothing comes before the backup, so the nudge
 * asks for it and the backup card stays away (a CI run at 00:20 failed the card's specs). At 14:00
 * the nudge is about water and the card is shown.
 */
async function afternoon(page: Page): Promise<number> {
	const at = await page.evaluate(() => new Date().setHours(14, 0, 0, 0));
	await page.clock.setFixedTime(at);
	return at;
}

/** One drink `days` ago and nothing since: logs older than two weeks, never backed up. */
async function seedDrinkDaysAgo(page: Page, days: number) {
	const timeZone = await pageTimeZone(page);
	const now = new Date();
	const at = new Date(now.getTime() - days * 86_400_000);
	await seedLogs(page, {
		episodes: [],
		water: [createWaterIntake({ ml: 250, at }, { now, timeZone })],
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
				// A day's drinks sum up in one row; opened, each drink is its own entry.
				await history.showAllDrinks();
				await expect(history.entries).toHaveCount(4);
				await expect(history.entries.filter({ hasText: /phone A|phone B/ })).toHaveCount(2);
			}
			expect(other.watch.problems).toEqual([]);
		} finally {
			await other.context.close();
		}
	});

	test('a passphrase-protected backup opens only with its passphrase', async ({ page, browser }, info) => {
		await seedTwoDays(page, 330, 'secret cramp');
		const mine = new YourDataCard(page);
		await mine.goto();
		await mine.card.getByLabel('Protect the file with a passphrase').check();
		const backUp = mine.card.getByRole('button', { name: 'Back up now' });
		await mine.card.getByLabel(/Passphrase/).fill('short');
		await expect(backUp).toBeDisabled();
		await mine.card.getByLabel(/Passphrase/).fill('correct horse battery');
		const file = await mine.backUp();
		expect(file.json).toMatchObject({ format: 'spasm-log-backup-encrypted', kdf: 'PBKDF2-SHA-256' });
		expect(file.json.iterations).toBeGreaterThanOrEqual(600_000);
		expect(file.text).not.toContain('secret cramp');

		const other = await freshProfile(browser, info);
		try {
			const theirs = new YourDataCard(other.page);
			await theirs.goto();
			await theirs.choose(file.name, file.text);
			const passphrase = other.page.getByLabel('Passphrase', { exact: true });
			await passphrase.fill('wrong horse battery');
			await other.page.getByRole('button', { name: 'Open backup' }).click();
			await expect(other.page.getByRole('alert')).toContainText('That passphrase does not open this backup');
			const history = new HistoryPage(other.page);
			await passphrase.fill('correct horse battery');
			await other.page.getByRole('button', { name: 'Open backup' }).click();
			await expect(theirs.row('episodes')).toContainText('1 new');
			await theirs.merge();
			await history.goto();
			await expect(history.entries.filter({ hasText: 'secret cramp' })).toHaveCount(1);
			expect(other.watch.problems).toEqual([]);
		} finally {
			await other.context.close();
		}
	});

	test('backing up to a folder writes a dated file there and keeps the newest five', async ({ page }) => {
		// The origin-private file system gives a real directory handle with the same interface the
		// folder picker returns, so the app's own writing and pruning run unchanged.
		await page.addInitScript(() => {
			(window as unknown as { showDirectoryPicker: () => Promise<unknown> }).showDirectoryPicker = async () =>
				(await navigator.storage.getDirectory()).getDirectoryHandle('backups', { create: true });
		});
		await seedTwoDays(page, 250, 'to the folder');
		const card = new YourDataCard(page);
		await card.goto();
		const older = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01'];
		await page.evaluate(async (days) => {
			const dir = await (
				await navigator.storage.getDirectory()
			).getDirectoryHandle('backups', { create: true });
			for (const day of days) {
				const writable = await (
					await dir.getFileHandle(`spasm-log-backup-${day}.json`, { create: true })
				).createWritable();
				await writable.write('{}');
				await writable.close();
			}
			const other = await (await dir.getFileHandle('holiday-photo.jpg', { create: true })).createWritable();
			await other.close();
		}, older);

		await card.card.getByRole('button', { name: 'Back up to a folder' }).click();
		await expect(card.card.getByRole('status')).toContainText('Backups also go to the folder “backups”');
		const names = await page.evaluate(async () => {
			const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('backups');
			const found: string[] = [];
			for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) found.push(name);
			return found.sort();
		});
		const todays = names.filter(
			(n) => !older.some((d) => n.includes(d)) && n.startsWith('spasm-log-backup-')
		);
		expect(todays).toHaveLength(1);
		// The newest five backups stay (today's and the four latest older ones); other files are left alone.
		expect(names).toEqual(
			['holiday-photo.jpg', ...older.slice(2).map((d) => `spasm-log-backup-${d}.json`), todays[0]].sort()
		);
		const content = await page.evaluate(async (name) => {
			const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('backups');
			return (await (await dir.getFileHandle(name)).getFile()).text();
		}, todays[0]!);
		expect(JSON.parse(content)).toMatchObject({
			format: 'spasm-log-backup',
			counts: { water: 1, episodes: 1 }
		});
		await expect(card.card.getByTestId('last-backup')).toContainText('Last backup:');
	});

	test('Today suggests a backup when logs are two weeks old and none was made; Later hides it', async ({
		page
	}) => {
		const now = await afternoon(page);
		await seedDrinkDaysAgo(page, 20);
		const today = new TodayPage(page);
		await today.goto();
		const banner = page.getByRole('region', { name: 'Time for a backup' });
		await expect(banner).toContainText('You have not made a backup yet');
		await banner.getByRole('button', { name: 'Later' }).click();
		await expect(banner).toBeHidden();
		// Snoozed for a week, in the database (so every tab and the next visit agree).
		const until = await page.evaluate(
			() =>
				new Promise<string>((resolve, reject) => {
					const open = indexedDB.open('spasm-log');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const req = open.result.transaction('kv').objectStore('kv').get('backup:snoozedUntil');
						req.onsuccess = () => {
							open.result.close();
							resolve(req.result?.value);
						};
					};
				})
		);
		const days = (Date.parse(until) - now) / 86_400_000;
		expect(days).toBeGreaterThan(6.9);
		expect(days).toBeLessThanOrEqual(7);
		await today.goto();
		await expect(today.waterTotal).toBeVisible();
		await expect(banner).toBeHidden();
	});

	test("Today's backup suggestion backs up in one tap and then goes away", async ({ page }) => {
		await afternoon(page);
		await seedDrinkDaysAgo(page, 20);
		const today = new TodayPage(page);
		await today.goto();
		const banner = page.getByRole('region', { name: 'Time for a backup' });
		const download = page.waitForEvent('download');
		await banner.getByRole('button', { name: 'Back up now' }).click();
		expect((await download).suggestedFilename()).toMatch(/^spasm-log-backup-\d{4}-\d{2}-\d{2}\.json$/);
		await expect(banner).toBeHidden();
		await expect(page.getByRole('status').filter({ hasText: 'Backup downloaded' })).toHaveCount(1);
	});
});
