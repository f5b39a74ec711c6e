import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { formatReportDay, wallClock } from '../../src/lib/domain/report';
import { describeRules } from '../../src/lib/domain/rules';
import type { Logs, SpasmEpisode } from '../../src/lib/domain/types';
import { expect, ready, test, waitForServiceWorker } from './fixtures';
import { episode, pageTimeZone, seedLogs } from './seed';

// The report is read offline, from the precache: these specs run with the service worker.
test.use({ serviceWorkers: 'allow' });

const TITLES = new Map(describeRules().map((r) => [r.id, r.title]));

/** 90 days, one episode a day (every fifth a twitch), a severe one and one with numbness. */
function ninetyDays(timeZone: string): Logs {
	const episodes: SpasmEpisode[] = [];
	for (let i = 0; i < 90; i++) {
		episodes.push(
			episode(
				{
					daysAgo: i,
					kind: i % 5 === 0 ? 'twitch' : 'cramp',
					intensity: i === 3 ? 9 : i % 8,
					durationSec: 30 + i,
					location: i % 2 ? 'calf' : 'hamstring',
					side: 'left',
					signs: { weakness: false, numbness: i === 4, swelling: false, redness: false, warmth: false },
					notes: i === 1 ? 'Woke me at night' : ''
				},
				timeZone
			)
		);
	}
	return { episodes, water: [], foods: [], stretches: [], exercise: [] };
}

function pdfText(file: string, pages?: [number, number]): string {
	const range = pages ? ['-f', String(pages[0]), '-l', String(pages[1])] : [];
	return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' });
}

async function openReportOffline(page: Page, context: import('@playwright/test').BrowserContext) {
	const timeZone = await pageTimeZone(page);
	const logs = ninetyDays(timeZone);
	await seedLogs(page, logs);
	await waitForServiceWorker(page);
	await context.setOffline(true);
	const response = await page.goto('/report');
	expect(response?.fromServiceWorker()).toBe(true);
	await ready(page);
	await expect(page.getByTestId('report-episodes')).toHaveText('72 on 72 days');
	return logs;
}

test.describe('doctor report @mobile-only', () => {
	// Seeding 90 days, a service worker install and two PDFs take a while on a shared machine.
	test.describe.configure({ timeout: 120_000 });

	test('opens offline and prints to A4 and Letter with the header, red flags, count and every episode', async ({
		page,
		context
	}, testInfo) => {
		await page.goto('/');
		const logs = await openReportOffline(page, context);
		const sorted = [...logs.episodes].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
		const first = sorted[0]!;
		const last = sorted.at(-1)!;
		const row = (e: SpasmEpisode) => `${formatReportDay(e.day)}\\s+${wallClock(e.startedAt)}`;

		// On a phone the page never scrolls sideways (the appendix scrolls inside itself).
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

		for (const format of ['A4', 'Letter'] as const) {
			const file = testInfo.outputPath(`report-${format}.pdf`);
			writeFileSync(file, await page.pdf({ format }));
			if (process.env.REPORT_PDF_DIR) {
				writeFileSync(path.join(process.env.REPORT_PDF_DIR, `report-${format}.pdf`), readFileSync(file));
			}
			const text = pdfText(file);
			expect(text).toContain('Self-reported symptom log — not reviewed by a clinician');
			expect(text).toMatch(/Spasm Log \S+/);
			for (const id of ['severe', 'nerve-signs', 'frequent'] as const) expect(text).toContain(TITLES.get(id));
			expect(text).toMatch(/Appendix: every episode in the period \(90\)/);
			expect(text).toMatch(new RegExp(row(first)));
			expect(text).toMatch(new RegExp(row(last)));
			// No navigation on paper.
			expect(text).not.toMatch(/Today\s+History\s+Trends\s+Settings/);
			// The red flags and the whole summary fit on page 1.
			const page1 = pdfText(file, [1, 1]);
			expect(page1).toContain(TITLES.get('severe'));
			expect(page1).toMatch(/Spasms and cramps\s+72 on 72 days/);
			expect(page1).toContain('Warning signs noted');
			expect(page1).not.toContain('Spasms and cramps per week');
		}
	});

	test('leaves notes out when asked, and prints the name only on the paper', async ({ page, context }) => {
		await page.goto('/');
		await openReportOffline(page, context);
		await expect(page.getByTestId('report-appendix')).toContainText('Woke me at night');
		await page.getByLabel('Include my notes').uncheck();
		await expect(page.getByTestId('report-appendix')).not.toContainText('Woke me at night');
		await page.getByLabel(/Name to print/).fill('Alex Example');
		await expect(page.getByRole('heading', { name: /Alex Example/ })).toBeVisible();
		await page.getByRole('radio', { name: 'Last 30 days' }).check();
		await expect(page.getByTestId('report-episodes')).toHaveText('24 on 24 days');
		// Never stored: a fresh load has no name.
		await page.reload();
		await ready(page);
		await expect(page.getByLabel(/Name to print/)).toHaveValue('');
	});

	test('the CSV download unzips to one file per kind with every row', async ({ page }) => {
		const timeZone = await (async () => {
			await page.goto('/');
			return pageTimeZone(page);
		})();
		const logs = ninetyDays(timeZone);
		logs.water = [];
		await seedLogs(page, logs);
		await page.goto('/settings');
		await ready(page);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download spreadsheets (CSV)' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^spasm-log-csv-\d{4}-\d{2}-\d{2}\.zip$/);
		const files = unzipSync(readFileSync(await download.path()));
		expect(Object.keys(files)).toEqual([
			'episodes.csv',
			'water.csv',
			'foods.csv',
			'stretches.csv',
			'exercise.csv'
		]);
		const rows = Object.fromEntries(
			Object.entries(files).map(([name, bytes]) => {
				// A UTF-8 byte order mark first (TextDecoder would silently drop it, so read the bytes).
				expect([...bytes.slice(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
				const text = strFromU8(bytes);
				return [name, Papa.parse(text, { header: true, skipEmptyLines: true }).data.length];
			})
		);
		expect(rows).toEqual({
			'episodes.csv': 90,
			'water.csv': 0,
			'foods.csv': 0,
			'stretches.csv': 0,
			'exercise.csv': 0
		});
		await expect(page.getByTestId('csv-status')).toContainText('90 rows in 5 files');
	});
});
