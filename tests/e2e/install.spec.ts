import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { readPrecacheManifest } from '../../scripts/precache-manifest.js';
import { expect, precachedPaths, ready, test, waitForServiceWorker, watchContext } from './fixtures';

// These specs are about the service worker (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

interface ManifestIcon {
	src: string;
	sizes: string;
	type?: string;
	purpose?: string;
}

test.describe('installable PWA @mobile-only', () => {
	test("passes Chromium's own installability check", async ({ baseURL, launchOptions }) => {
		// Chromium never offers to install from an incognito profile, which Playwright's usual
		// contexts are: use a real (throwaway) profile, watched like every other page.
		const profile = mkdtempSync(join(tmpdir(), 'spasm-log-install-'));
		const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
		try {
			const watch = await watchContext(context, new URL(baseURL!).origin);
			const page = context.pages()[0] ?? (await context.newPage());
			await page.goto('/');
			await ready(page);
			await waitForServiceWorker(page);
			const cdp = await context.newCDPSession(page);
			await expect
				.poll(async () => {
					const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
					return installabilityErrors.map((e) => e.errorId);
				})
				.toEqual([]);
			expect(watch.foreign).toEqual([]);
			expect(watch.problems).toEqual([]);
		} finally {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	});

	test('has a complete manifest whose icons and shortcuts resolve', async ({ page, request }) => {
		await page.goto('/');
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		const manifestUrl = new URL(href!, page.url());
		const manifest = await (await request.get(manifestUrl.href)).json();

		expect(manifest).toMatchObject({
			name: 'Spasm Log',
			short_name: 'Spasm Log',
			start_url: '/',
			scope: '/',
			display: 'standalone'
		});
		expect(manifest.description).toBeTruthy();
		expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
		expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
		await expect(page.locator('meta[name="theme-color"][media*="dark"]')).toHaveCount(1);
		await expect(page.locator('meta[name="theme-color"][media*="light"]')).toHaveCount(1);

		const icons: ManifestIcon[] = manifest.icons;
		const sizes = (purpose?: string) =>
			icons.filter((i) => (i.purpose ?? 'any') === (purpose ?? 'any')).map((i) => i.sizes);
		expect(sizes()).toEqual(expect.arrayContaining(['192x192', '512x512']));
		expect(sizes('maskable')).toContain('512x512');
		for (const icon of icons) {
			const response = await request.get(new URL(icon.src, manifestUrl).href);
			expect(response.ok(), icon.src).toBe(true);
			expect(response.headers()['content-type']).toBe(icon.type);
		}

		const shortcuts = manifest.shortcuts.map((s: { name: string; url: string }) => [s.name, s.url]);
		expect(shortcuts).toEqual([
			['Log a spasm', '/?action=log-spasm'],
			['Add water', '/?action=add-water']
		]);
	});
});

test.describe('build output @mobile-only', () => {
	test('the precache lists the app shell, every page and every build file', async ({ page }) => {
		const manifest = readPrecacheManifest('build');
		const urls = manifest.map((e) => e.url);
		expect(urls).toEqual(
			expect.arrayContaining(['/', '/history', '/trends', '/settings', '/200.html', '/manifest.webmanifest'])
		);
		const { readdirSync } = await import('node:fs');
		const built = readdirSync('build', { recursive: true, withFileTypes: true })
			.filter((d) => d.isFile())
			.map((d) => `${d.parentPath}/${d.name}`.replace(/^build/, ''));
		for (const file of built.filter((f) => f.startsWith('/_app/immutable/'))) expect(urls).toContain(file);
		for (const html of built.filter((f) => f.endsWith('.html')))
			expect(urls).toContain(html === '/index.html' ? '/' : html === '/200.html' ? html : html.slice(0, -5));

		// What the worker really stored on the first visit is exactly that list.
		await page.goto('/');
		await waitForServiceWorker(page);
		expect(await precachedPaths(page)).toEqual([...urls].sort());
	});
});
