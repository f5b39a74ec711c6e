import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, ready, test } from './fixtures';
import { killAndReopen, launch } from './killable-browser';

/**
 * New records survive the moment the screen says they exist: the browser is killed (SIGKILL,
 * as a phone does to a backgrounded app), reloaded or closed the instant the new total or the
 * saved message appears, then the same profile is reopened and the stored records counted.
 * DURABILITY_TRIES sets the tries per action and way of leaving (1 by default, so 3 per action
 * in the normal suite; 30 for a report), DURABILITY_LEAVES which ways (e.g. "kill").
 */
const TRIES = Number(process.env.DURABILITY_TRIES ?? 1);

type Leave = 'kill' | 'reload' | 'close';
const LEAVES = (process.env.DURABILITY_LEAVES?.split(',') ?? ['kill', 'reload', 'close']) as Leave[];

interface Action {
	name: string;
	store: 'water' | 'foods' | 'exercise' | 'episodes';
	/** Does the action and returns the instant the screen says the new record is there. */
	run(page: Page, before: number): Promise<void>;
}

/** Resolves the instant (the next animation frame) the page shows `text` in any of `selectors`. */
function shown(page: Page, selectors: string[], text: string): Promise<unknown> {
	return page.waitForFunction(
		([sels, want]) =>
			sels.some((s) => [...document.querySelectorAll(s)].some((e) => e.textContent?.includes(want))),
		[selectors, text] as const,
		{ polling: 'raf', timeout: 15_000 }
	);
}

const SNACKBAR = '[role="status"]';
const WATER_TOTAL = '[data-testid="water-total"]';

const ACTIONS: Action[] = [
	{
		name: 'water preset',
		store: 'water',
		async run(page, before) {
			const signal = shown(
				page,
				[WATER_TOTAL, SNACKBAR],
				`${((before + 1) * 250).toLocaleString('en-US')} ml`
			);
			await page
				.getByRole('region', { name: 'Water' })
				.getByRole('button', { name: '+ 250 ml', exact: true })
				.click();
			await signal;
		}
	},
	{
		name: 'custom amount',
		store: 'water',
		async run(page, before) {
			const water = page.getByRole('region', { name: 'Water' });
			await water.getByLabel(/Other amount/).fill('330');
			const signal = shown(
				page,
				[WATER_TOTAL, SNACKBAR],
				`${((before + 1) * 330).toLocaleString('en-US')} ml`
			);
			await water.getByRole('button', { name: 'Add', exact: true }).click();
			await signal;
		}
	},
	{
		name: 'food',
		store: 'foods',
		async run(page) {
			const foods = page.getByRole('region', { name: 'Electrolyte foods' });
			await foods.getByLabel('Search foods').fill('banana');
			const signal = shown(page, [SNACKBAR], 'of Banana');
			await foods
				.getByRole('list', { name: 'Search results' })
				.getByRole('button', { name: 'Log Banana', exact: true })
				.click();
			await signal;
		}
	},
	{
		name: 'exercise',
		store: 'exercise',
		async run(page) {
			const water = page.getByRole('region', { name: 'Water' });
			await water.getByLabel(/Exercise \(minutes\)/).fill('1');
			const signal = shown(page, [SNACKBAR], 'Logged 1 min of exercise');
			await water.getByRole('button', { name: 'Log exercise' }).click();
			await signal;
		}
	},
	{
		name: 'one-tap episode',
		store: 'episodes',
		async run(page) {
			// The previous try's episode may still be running: stop it first, as a person would.
			const stop = page.getByRole('button', { name: 'It stopped' });
			if (await stop.isVisible()) {
				await stop.click();
				await expect(stop).toBeHidden();
			}
			const signal = page.getByRole('dialog').waitFor();
			await page.getByRole('button', { name: 'Log a spasm' }).click();
			await signal;
		}
	}
];

/** Counts the records of one store straight from IndexedDB, not through the app. */
function count(page: Page, store: string): Promise<number> {
	return page.evaluate(
		(name) =>
			new Promise<number>((resolve, reject) => {
				const request = indexedDB.open('spasm-log');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					if (!db.objectStoreNames.contains(name)) return resolve(0);
					const c = db.transaction(name).objectStore(name).count();
					c.onsuccess = () => {
						db.close();
						resolve(c.result);
					};
					c.onerror = () => reject(c.error);
				};
			}),
		store
	);
}

async function openToday(page: Page): Promise<void> {
	await page.goto('/');
	await ready(page);
	// The day has loaded (not "Loading…"), so the totals the actions wait for are real.
	await expect(page.getByTestId('water-total').locator('strong')).toBeVisible();
}

test.describe('new records survive leaving at once @mobile-only', () => {
	test.describe.configure({ timeout: 60_000 + TRIES * LEAVES.length * 45_000 });

	for (const action of ACTIONS) {
		test(`${action.name}: kill, reload or close the instant it shows`, async () => {
			const rows: string[] = [];
			let lostTotal = 0;
			for (const leave of LEAVES) {
				const dir = mkdtempSync(join(tmpdir(), 'spasm-durability-'));
				let context = await launch(dir);
				let page = context.pages()[0] ?? (await context.newPage());
				let lost = 0;
				try {
					await openToday(page);
					for (let i = 0; i < TRIES; i++) {
						const before = await count(page, action.store);
						await action.run(page, before);
						if (leave === 'kill') {
							context = await killAndReopen(context, dir);
							page = context.pages()[0] ?? (await context.newPage());
						} else if (leave === 'close') {
							const next = await context.newPage();
							await page.close();
							page = next;
						}
						if (leave === 'reload') await page.reload();
						await openToday(page);
						const after = await count(page, action.store);
						if (after !== before + 1) lost++;
						// Leaves no sheet open over the next try.
						await page.keyboard.press('Escape');
					}
				} finally {
					await context.close().catch(() => undefined);
					rmSync(dir, { recursive: true, force: true });
				}
				rows.push(`| ${action.name} | ${leave} | ${TRIES} | ${lost} |`);
				lostTotal += lost;
			}
			const table = ['| action | leave | tried | lost |', '|---|---|---|---|', ...rows].join('\n');
			console.log(table);
			await test.info().attach(`durability ${action.name}`, { body: table, contentType: 'text/markdown' });
			expect(lostTotal, table).toBe(0);
		});
	}
});
