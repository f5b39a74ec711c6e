import { expect, ready, test, watchContext } from './fixtures';

// The guard in fixtures.ts fails every other spec on a CSP violation or a request to another
// origin. These tests break the rules on purpose, in a context of their own that the guard of
// this test does not watch, and check that the same watcher notices.
test.describe('the e2e guard @mobile-only', () => {
	test('catches CSP violations the shipped policy reports', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ baseURL });
		const watch = await watchContext(context, new URL(baseURL!).origin);
		const page = await context.newPage();
		await page.goto('/');
		await ready(page);

		await page.evaluate(() => {
			const styled = document.createElement('div');
			styled.setAttribute('style', 'color: red');
			document.body.append(styled);
			const script = document.createElement('script');
			script.textContent = 'window.inlineScriptRan = true';
			document.body.append(script);
		});
		await page.evaluate(() => fetch('http://127.0.0.1:9/').catch(() => 'blocked'));

		for (const directive of ['style-src-attr', 'script-src-elem', 'connect-src'])
			await expect.poll(() => watch.problems.join('\n')).toContain(`violation: ${directive}`);
		expect(await page.evaluate(() => 'inlineScriptRan' in window)).toBe(false);
		await context.close();
	});

	test('lets styles set through the CSSOM pass (Svelte transitions, style: after hydration)', async ({
		page
	}) => {
		await page.goto('/');
		await ready(page);
		const applied = await page.evaluate(async () => {
			const box = document.createElement('div');
			document.body.append(box);
			box.style.cssText = 'width: 42px';
			box.style.setProperty('height', '7px');
			await box.animate([{ opacity: 0 }, { opacity: 1 }], 10).finished;
			return [getComputedStyle(box).width, getComputedStyle(box).height];
		});
		expect(applied).toEqual(['42px', '7px']);
		// This page's own guard fails the test if any of that was reported as a violation.
	});

	test('catches requests to another origin', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ baseURL });
		const watch = await watchContext(context, new URL(baseURL!).origin);
		const page = await context.newPage();
		// A page without the app's CSP, so the request really leaves.
		await page.setContent('<p>no policy here</p>');
		await page.evaluate(() => fetch('http://127.0.0.1:9/beacon').catch(() => 'refused'));

		await expect.poll(() => watch.foreign).toEqual(['http://127.0.0.1:9/beacon']);
		await context.close();
	});
});
