import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, ready, test } from './fixtures';
import { EpisodeSheet } from './pages/episode-sheet';
import { TodayPage } from './pages/today-page';

async function seriousViolations(page: Page, include?: string) {
	let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
	if (include) builder = builder.include(include);
	const { violations } = await builder.analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} mode @layout`, () => {
		test.use({ colorScheme: scheme });

		test('Today, History and Settings have no serious accessibility violations', async ({ page }) => {
			const today = new TodayPage(page);
			await today.goto();
			await today.addWaterPreset('+ 250 ml');
			expect(await seriousViolations(page)).toEqual([]);

			for (const path of ['/history', '/settings', '/trends']) {
				await page.goto(path);
				await ready(page);
				expect(await seriousViolations(page), path).toEqual([]);
			}
		});

		test('the details sheet has no serious accessibility violations', async ({ page }) => {
			const today = new TodayPage(page);
			await today.goto();
			await today.logButton.click();
			const sheet = new EpisodeSheet(page);
			await sheet.expectOpen();
			await sheet.check(/Swelling/);
			expect(await seriousViolations(page, 'dialog')).toEqual([]);
		});
	});
}

test('every button and link on Today is at least 44 px in both directions @mobile-only', async ({ page }) => {
	const today = new TodayPage(page);
	await today.goto();
	const small = await page
		.locator('main button:visible, main a:visible, main input:visible, main select:visible, nav a')
		.evaluateAll((els) =>
			els
				.map((el) => ({ el, box: el.getBoundingClientRect() }))
				.filter(({ el, box }) => {
					const input = el as HTMLInputElement;
					if (input.type === 'checkbox' || input.type === 'radio') return false;
					return box.width < 44 || box.height < 44;
				})
				.map(
					({ el, box }) =>
						`${el.tagName} "${el.textContent?.trim() || el.getAttribute('aria-label')}" ${box.width}×${box.height}`
				)
		);
	expect(small).toEqual([]);
});

test('no horizontal scrolling at 360 px @mobile-only', async ({ page }) => {
	for (const path of ['/', '/history', '/settings', '/trends']) {
		await page.goto(path);
		await ready(page);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
});
