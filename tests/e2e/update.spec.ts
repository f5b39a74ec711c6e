import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { serveBuild } from '../../scripts/serve-build.js';
import { readPrecacheManifest } from '../../scripts/precache-manifest.js';
import { expect, precachedPaths, ready, test as base, waitForServiceWorker } from './fixtures';
import { BUILDS_ENV, buildVersions, VERSIONS } from './update-builds';

// Made by the global setup before the workers started; built here only when it skipped them.
let output = process.env[BUILDS_ENV] ?? '';
const dirOf = (version: string) => join(output, version);

type BuildServer = Awaited<ReturnType<typeof serveBuild>>;

// Each test gets its own static server, starting with the old build; the guard's "other origin"
// is measured against it.
const test = base.extend<{ server: BuildServer }>({
	// eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
	server: async ({}, use) => {
		const server = await serveBuild({ dir: dirOf(VERSIONS.old) });
		await use(server);
		await server.close();
	},
	baseURL: async ({ server }, use) => use(server.url)
});

// These specs are about the service worker (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

test.describe('updating to a new version @mobile-only', () => {
	// Both tests share one server pair and, without the global setup, one build.
	test.describe.configure({ mode: 'default' });

	test.beforeAll(async () => {
		if (output) return;
		test.setTimeout(180_000);
		output = buildVersions();
	});

	test.afterAll(() => {
		if (!process.env[BUILDS_ENV]) rmSync(output, { recursive: true, force: true });
	});

	test('the new version waits until the person presses Reload', async ({ page, context, server }) => {
		await page.goto('/settings');
		await ready(page);
		await waitForServiceWorker(page);
		const version = page.getByTestId('app-version');
		await expect(version).toHaveText(VERSIONS.old);

		// Something typed but not saved yet.
		const goal = page.getByLabel('Water goal (ml a day)');
		await expect(goal).toHaveValue('2000');
		await goal.fill('2600');

		server.setRoot(dirOf(VERSIONS.new));
		// The app looks for a new version when the device comes back online (and when it comes back
		// into view, and hourly).
		await context.setOffline(true);
		await context.setOffline(false);

		const prompt = page.getByRole('group', { name: 'App update' }).filter({ hasText: 'Update available' });
		await expect(prompt).toBeVisible();
		await expect(prompt.getByRole('button', { name: 'Reload' })).toBeVisible();
		// Nothing switched by itself: the old version still runs and the typing is still there.
		await expect(version).toHaveText(VERSIONS.old);
		await expect(goal).toHaveValue('2600');

		// Even a plain reload keeps the old version: the new one waits for the person's choice.
		await page.reload();
		await ready(page);
		await expect(version).toHaveText(VERSIONS.old);
		await expect(prompt).toBeVisible();

		await prompt.getByRole('button', { name: 'Reload' }).click();
		await expect(version).toHaveText(VERSIONS.new);
		await expect(
			page.getByRole('group', { name: 'App update' }).filter({ hasText: 'Update available' })
		).toHaveCount(0);
		expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
		// The old version's files are gone from the cache: it holds exactly the new precache list.
		const newFiles = readPrecacheManifest(dirOf(VERSIONS.new)).map((e) => e.url);
		expect(newFiles).not.toEqual(readPrecacheManifest(dirOf(VERSIONS.old)).map((e) => e.url));
		expect(await precachedPaths(page)).toEqual(newFiles.sort());
	});

	test('Later hides the prompt and keeps the old version running', async ({ page, context, server }) => {
		await page.goto('/');
		await ready(page);
		await waitForServiceWorker(page);
		server.setRoot(dirOf(VERSIONS.new));
		await context.setOffline(true);
		await context.setOffline(false);

		const prompt = page.getByRole('group', { name: 'App update' }).filter({ hasText: 'Update available' });
		await prompt.getByRole('button', { name: 'Later' }).click();
		await expect(prompt).toHaveCount(0);
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
		await expect(page.getByTestId('app-version')).toHaveText(VERSIONS.old);
	});
});
