import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every spec uses this `test`: it fails the test if the app requests anything from another
 * origin, reports a Content-Security-Policy violation, or logs an uncaught error.
 */
export const test = base.extend<{ guard: void }>({
	guard: [
		async ({ page, baseURL }, use) => {
			const origin = new URL(baseURL!).origin;
			const foreign: string[] = [];
			const problems: string[] = [];
			page.on('request', (request) => {
				const url = request.url();
				if (/^(data|blob):/.test(url)) return;
				if (new URL(url).origin !== origin) foreign.push(url);
			});
			page.on('console', (message) => {
				const text = message.text();
				if (/Content[- ]Security[- ]Policy|Refused to (load|execute|apply|connect)/i.test(text))
					problems.push(text);
			});
			page.on('pageerror', (error) => problems.push(`Uncaught: ${error.message}`));
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) => {
					console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
				});
			});
			await use();
			expect(foreign, 'requests to other origins').toEqual([]);
			expect(problems, 'CSP violations and uncaught errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Waits until the app has hydrated, so clicks reach Svelte's handlers. */
export async function ready(page: Page): Promise<void> {
	await expect(page.locator('html[data-ready="true"]')).toHaveCount(1);
}
