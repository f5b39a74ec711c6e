import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, ready, test } from './fixtures';
import { killAndReopen, launch } from './killable-browser';
import { EpisodeSheet } from './pages/episode-sheet';
import { TodayPage } from './pages/today-page';
import { storedEpisodes } from './seed';

/**
 * An edit in the episode sheet survives leaving right after it: reload, navigation to another URL,
 * or closing the tab, 0, 100 or 200 ms after the change. EDIT_DURABILITY_TRIES sets the tries per
 * cell (1 by default; 30 for a report). The table is printed for the issue note.
 * Killing the browser: see the next describe.
 */
const TRIES = Number(process.env.EDIT_DURABILITY_TRIES ?? 1);
const CELLS = process.env.EDIT_DURABILITY_CELLS?.split(',');
const DELAYS = [0, 100, 200];
type Leave = 'reload' | 'navigate' | 'close';
const LEAVES: Leave[] = ['reload', 'navigate', 'close'];
type Action = {
	name: string;
	expected: (i: number) => Record<string, unknown>;
	run: (s: EpisodeSheet, i: number) => Promise<void>;
};
const ACTIONS: Action[] = [
	{
		name: 'notes',
		expected: (i) => ({ notes: `note ${i}` }),
		run: (s, i) => s.dialog.getByLabel('Notes').fill(`note ${i}`)
	},
	{
		name: 'intensity',
		expected: (i) => ({ intensity: i % 10 }),
		run: (s, i) => s.setIntensity(i % 10)
	}
];

async function storedEpisode(page: Page, id: string): Promise<Record<string, unknown> | undefined> {
	return page.evaluate(
		(id) =>
			new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
				const open = indexedDB.open('spasm-log');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const req = open.result.transaction('episodes').objectStore('episodes').get(id);
					req.onsuccess = () => {
						open.result.close();
						resolve(req.result);
					};
					req.onerror = () => reject(req.error);
				};
			}),
		id
	);
}

/**
 * Whether the reopened app holds the edit. An edit whose write was cut off is folded in from the
 * journal when the app opens its database, so this reads until it matches or the expectation
 * times out (then it counts as lost), rather than at one instant before the app has opened.
 */
async function kept(page: Page, id: string, expected: Record<string, unknown>): Promise<boolean> {
	return expect
		.poll(async () => {
			const stored = await storedEpisode(page, id);
			return !!stored && Object.entries(expected).every(([k, v]) => stored[k] === v);
		})
		.toBe(true)
		.then(
			() => true,
			() => false
		);
}

async function firstEpisodeId(page: Page): Promise<string> {
	const ids = (await storedEpisodes(page)).map((episode) => String(episode.id));
	if (!ids[0]) throw new Error('no episode stored');
	return ids[0];
}

test.describe('edits in the sheet are durable @mobile-only', () => {
	test.describe.configure({ timeout: 120_000 + TRIES * 60_000 });

	test('action × leave × delay: nothing lost', async ({ page, context }) => {
		const rows: string[] = [
			'| action | leave | delay ms | tried | lost |',
			'| --- | --- | --- | --- | --- |'
		];
		let lostTotal = 0;
		let current = page;
		const today = new TodayPage(current);
		await today.goto();
		await today.logButton.click();
		let sheet = new EpisodeSheet(current);
		await sheet.expectOpen();
		await sheet.dialog.getByRole('button', { name: 'Close' }).click();
		const id = await firstEpisodeId(current);
		let n = 0;
		for (const action of ACTIONS) {
			for (const leave of LEAVES) {
				for (const delay of DELAYS) {
					// EDIT_DURABILITY_CELLS (e.g. "close:0,reload:0") narrows a report to some cells.
					if (CELLS && !CELLS.includes(`${leave}:${delay}`)) continue;
					let lost = 0;
					for (let t = 0; t < TRIES; t++) {
						n += 1;
						const todayPage = new TodayPage(current);
						await todayPage.goto();
						await current.getByRole('button', { name: 'Add details' }).click();
						sheet = new EpisodeSheet(current);
						await sheet.expectOpen();
						await expect(sheet.dialog.locator('form')).not.toHaveAttribute('inert', '');
						await action.run(sheet, n);
						if (delay) await current.waitForTimeout(delay); // the delay is the variable under test
						if (leave === 'reload') await current.reload();
						else if (leave === 'navigate') await current.goto('/settings');
						else {
							await current.close({ runBeforeUnload: true });
							current = await context.newPage();
							await current.goto('/');
						}
						if (!(await kept(current, id, action.expected(n)))) lost += 1;
					}
					lostTotal += lost;
					rows.push(`| ${action.name} | ${leave} | ${delay} | ${TRIES} | ${lost} |`);
				}
			}
		}
		console.log(rows.join('\n'));
		expect(lostTotal).toBe(0);
	});
});

/**
 * The browser process killed (SIGKILL, no pagehide, nothing can be flushed) after an edit. With
 * EDIT_DURABILITY_TRIES set (a report), the kill comes 300 ms after the change; in the normal
 * suite it comes once the sheet says "Changes saved.", so a loaded machine cannot make it flaky:
 * what the sheet calls saved must survive.
 */
test.describe('edits survive a killed browser @mobile-only', () => {
	const report = process.env.EDIT_DURABILITY_TRIES !== undefined;
	test.describe.configure({ timeout: 120_000 + TRIES * 90_000 });

	test('kill after the change: nothing lost', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'spasm-edit-kill-'));
		let context = await launch(dir);
		let page = context.pages()[0] ?? (await context.newPage());
		const rows = [`| action | leave | after | tried | lost |`, '| --- | --- | --- | --- | --- |'];
		let lostTotal = 0;
		try {
			await page.goto('/');
			await ready(page);
			await page.getByRole('button', { name: 'Log a spasm' }).click();
			const first = new EpisodeSheet(page);
			await first.expectOpen();
			await first.close();
			const id = await firstEpisodeId(page);
			let n = 100;
			for (const action of ACTIONS) {
				let lost = 0;
				for (let t = 0; t < TRIES; t++) {
					n += 1;
					await page.goto('/');
					await ready(page);
					await page.getByRole('button', { name: 'Add details' }).click();
					const sheet = new EpisodeSheet(page);
					await sheet.expectOpen();
					await action.run(sheet, n);
					if (report)
						await page.waitForTimeout(300); // the delay is the variable under test
					else await sheet.expectSaved();
					context = await killAndReopen(context, dir);
					page = context.pages()[0] ?? (await context.newPage());
					await page.goto('/');
					if (!(await kept(page, id, action.expected(n)))) lost += 1;
				}
				lostTotal += lost;
				rows.push(
					`| ${action.name} | kill | ${report ? '300 ms' : '"Changes saved."'} | ${TRIES} | ${lost} |`
				);
			}
		} finally {
			await context.close().catch(() => undefined);
			rmSync(dir, { recursive: true, force: true });
		}
		console.log(rows.join('\n'));
		expect(lostTotal, rows.join('\n')).toBe(0);
	});
});

test.describe('two tabs @mobile-only', () => {
	test('two tabs editing different fields of one episode keep both changes', async ({ page, context }) => {
		const today = new TodayPage(page);
		await today.goto();
		await today.logButton.click();
		const a = new EpisodeSheet(page);
		await a.expectOpen();

		const other = await context.newPage();
		await other.goto('/');
		await other.getByRole('button', { name: 'Add details' }).click();
		const b = new EpisodeSheet(other);
		await b.expectOpen();

		await b.setIntensity(9);
		await b.expectSaved();
		await a.dialog.getByLabel('Notes').fill('typed in tab A');
		await a.expectSaved();
		await a.save();
		await b.save();
		await expect(a.dialog).toBeHidden();
		await expect(b.dialog).toBeHidden();

		const history = page;
		await history.goto('/history');
		const entry = history.locator('li.entry').filter({ hasText: 'Cramp — calf' });
		await expect(entry).toContainText('Intensity 9 of 10');
		await expect(entry).toContainText('Notes: typed in tab A');
	});
});
