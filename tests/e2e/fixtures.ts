import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export interface PageWatch {
	/** Requests to any origin other than the app's. */
	foreign: string[];
	/** CSP violations (reported by the page or logged by Chromium) and uncaught errors. */
	problems: string[];
}

const CSP_MESSAGE = /Content[- ]Security[- ]Policy|Refused to (load|execute|apply|connect|frame)/i;

/**
 * Records what the guard fails on, for every page of `context` (tabs a test opens too) and,
 * where Chromium reports them, the service worker's own requests.
 */
export async function watchContext(context: BrowserContext, appOrigin: string): Promise<PageWatch> {
	const watch: PageWatch = { foreign: [], problems: [] };
	context.on('request', (request) => {
		const url = request.url();
		if (/^(data|blob|about):/.test(url)) return;
		if (new URL(url).origin !== appOrigin) watch.foreign.push(url);
	});
	const watchPage = (page: Page) => {
		page.on('console', (message) => {
			if (CSP_MESSAGE.test(message.text())) watch.problems.push(message.text());
		});
		page.on('pageerror', (error) => watch.problems.push(`Uncaught: ${error.message}\n${error.stack ?? ''}`));
	};
	context.pages().forEach(watchPage);
	context.on('page', watchPage);
	// Chromium logs most violations to the console, but not all (e.g. some from workers): the
	// event catches the rest, and the console listener above then sees it.
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
		});
	});
	return watch;
}

/**
 * Every spec uses this `test`: it fails the test if the app requests anything from another
 * origin, reports a Content-Security-Policy violation, or logs an uncaught error.
 */
export const test = base.extend<{ guard: void }>({
	guard: [
		async ({ context, baseURL }, use) => {
			const watch = await watchContext(context, new URL(baseURL!).origin);
			await use();
			expect(watch.foreign, 'requests to other origins').toEqual([]);
			expect(watch.problems, 'CSP violations and uncaught errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Waits until the app has hydrated, so clicks reach Svelte's handlers. */
export async function ready(page: Page): Promise<void> {
	await expect(page.locator('html[data-ready="true"]')).toHaveCount(1);
}

/**
 * Waits until a service worker controls the page: from then on every page loads from its
 * precache. On the first visit the worker claims the page as soon as it has precached everything.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The paths in the service worker's precache (every precache cache, should there be several). */
export async function precachedPaths(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const names = (await caches.keys()).filter((name) => name.includes('precache'));
		const paths: string[] = [];
		for (const name of names)
			for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
		return paths.sort();
	});
}

/**
 * Runs `act`, then waits for a new snackbar message containing `text`: the app shows it only
 * after the write committed, so a spec may reload or navigate once this returns.
 */
export async function confirmed(page: Page, text: string | RegExp, act: () => Promise<void>): Promise<void> {
	const newest = () =>
		page.evaluate(() =>
			Math.max(
				0,
				...[...document.querySelectorAll('[data-message-id]')].map((e) =>
					Number(e.getAttribute('data-message-id'))
				)
			)
		);
	const before = await newest();
	await act();
	await page.waitForFunction(
		(previous) =>
			Math.max(
				0,
				...[...document.querySelectorAll('[data-message-id]')].map((e) =>
					Number(e.getAttribute('data-message-id'))
				)
			) > previous,
		before
	);
	const last = page.locator('[data-message-id]').filter({ hasText: text }).last();
	await expect(last).toContainText(text);
}
