import AxeBuilder from '@axe-core/playwright';
import { expect, ready, test } from './fixtures';
import { SettingsPage } from './pages/settings-page';
import { TodayPage } from './pages/today-page';

test.use({ colorScheme: 'dark' });

/** Relative luminance of an `rgb(…)` colour, 0 (black) to 1 (white). */
function luminance(css: string): number {
	const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
	const lin = (c: number) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

test('dark mode: the snackbar and the big buttons are dark surfaces, and axe finds nothing serious @mobile-only', async ({
	page
}) => {
	const today = new TodayPage(page);
	await today.goto();
	await today.addWaterPreset('+ 250 ml');
	const message = page.getByTestId('snackbar-message');
	await expect(message).toBeVisible();

	const surfaces = await page.evaluate(() => {
		const bg = (el: Element | null) => (el ? getComputedStyle(el).backgroundColor : '');
		return {
			snackbar: bg(document.querySelector('[data-testid="snackbar-message"]')),
			log: bg(
				[...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Log a spasm')) ?? null
			),
			preset: bg(
				[...document.querySelectorAll('button')].find((b) => b.textContent?.includes('+ 250 ml')) ?? null
			)
		};
	});
	for (const [name, colour] of Object.entries(surfaces)) {
		expect(luminance(colour), `${name} background ${colour}`).toBeLessThan(0.2);
	}

	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('dark mode: Settings has no serious accessibility problems and no white surface @mobile-only', async ({
	page
}) => {
	const settings = new SettingsPage(page);
	await settings.goto();
	const brightest = await page.evaluate(() =>
		Math.max(
			...[...document.querySelectorAll('body *')].map((el) => {
				const m = getComputedStyle(el)
					.backgroundColor.match(/\d+(\.\d+)?/g)
					?.map(Number) ?? [0, 0, 0, 0];
				// Transparent backgrounds show what is behind them.
				return m.length === 4 && m[3] === 0 ? 0 : Math.max(m[0]!, m[1]!, m[2]!);
			})
		)
	);
	expect(brightest).toBeLessThan(200);
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => v.id)).toEqual([]);
});

test('the browser bar colour follows the in-app theme, and the manifest splash is dark-friendly', async ({
	page
}) => {
	const settings = new SettingsPage(page);
	await settings.goto();
	await settings.useTheme('Light');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	const colours = () =>
		page
			.locator('meta[name="theme-color"]')
			.evaluateAll((metas) => metas.map((m) => m.getAttribute('content')));
	await expect.poll(colours).toEqual(['#ffffff', '#ffffff']);
	await settings.useTheme('Dark');
	await expect.poll(colours).toEqual(['#172120', '#172120']);
	await settings.useTheme('Match device');
	await expect.poll(colours).toEqual(['#ffffff', '#172120']);

	const manifest = await (await page.request.get('/manifest.webmanifest')).json();
	expect(manifest.background_color).toBe('#0f1514');
	await page.reload();
	await ready(page);
});
