// node tests/screenshots/take-shots.mjs <port> <label> <outdir>, with a build served on <port>
// Today with a running timer, the sheet's first screen, Settings: light and dark at 360×740,
// plus each sheet section's offset from the sheet's top and "It stopped"'s position.
import { chromium } from '@playwright/test';
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';
const [port, label, out] = process.argv.slice(2);
const browser = await chromium.launch({
	executablePath,
	args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
});
const results = {};
for (const scheme of ['light', 'dark']) {
	const ctx = await browser.newContext({
		viewport: { width: 360, height: 740 },
		hasTouch: true,
		isMobile: true,
		deviceScaleFactor: 1,
		colorScheme: scheme,
		serviceWorkers: 'block'
	});
	const page = await ctx.newPage();
	await page.goto(`http://localhost:${port}/`);
	await page.waitForSelector('html[data-ready="true"]', { timeout: 5000 }).catch(() => undefined);
	await page.getByRole('button', { name: /Log a spasm/ }).click();
	await page.getByRole('dialog').waitFor();
	await page.waitForTimeout(900);
	await page.screenshot({ path: `${out}/${label}-sheet-first-screen-${scheme}.png` });
	if (scheme === 'light') {
		results.sections = await page.evaluate(() => {
			const d = document.querySelector('dialog[open]') ?? document.querySelector('[role=dialog]');
			const scroller =
				[d, ...d.querySelectorAll('*')].find(
					(e) => e.scrollHeight > e.clientHeight + 4 && getComputedStyle(e).overflowY !== 'visible'
				) ?? d;
			const top = scroller.getBoundingClientRect().top - scroller.scrollTop;
			const pick = (re) => {
				const el = [...d.querySelectorAll('legend, h2, h3, h4, label, summary')].find((e) =>
					re.test(e.textContent.trim())
				);
				return el ? Math.round(el.getBoundingClientRect().top - top) : null;
			};
			return {
				'what happened (kind)': pick(/^What (was it|happened)|^Kind/),
				'where (body map)': pick(/^Where/),
				'What may help now': pick(/^What may help now/),
				'Anything unusual (the five signs)': pick(/^(Anything unusual|Did you notice)/),
				intensity: pick(/^How (strong|bad|intense)|^Intensity/),
				triggers: pick(/^(Possible )?triggers/i),
				reliefs: pick(/^What (did you try|helped)|^Relief/i),
				notes: pick(/^Notes/),
				'sheet scroll height': scroller.scrollHeight
			};
		});
	}
	await page.keyboard.press('Escape');
	await page.getByRole('dialog').waitFor({ state: 'hidden' });
	await page.waitForTimeout(400);
	const stop = page.getByRole('button', { name: /It stopped/ }).first();
	const box = await stop.boundingBox();
	if (scheme === 'light') results.itStopped = box && { y: Math.round(box.y), height: Math.round(box.height) };
	await page.screenshot({ path: `${out}/${label}-today-running-${scheme}.png` });
	await page.goto(`http://localhost:${port}/settings`);
	await page.waitForSelector('html[data-ready="true"]', { timeout: 5000 }).catch(() => undefined);
	await page.waitForTimeout(800);
	await page.screenshot({ path: `${out}/${label}-settings-${scheme}.png` });
	await ctx.close();
}
console.log(JSON.stringify(results, null, 2));
await browser.close();
