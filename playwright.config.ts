import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// These machines cannot download Playwright's browsers: use the system Chromium when there is one.
const executablePath =
	process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// Without these Chromium keeps dialling Google services and stalls on a closed network.
const quietChromium = [
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

const port = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
	testDir: 'tests',
	globalSetup: './tests/global-setup.ts',
	testMatch: /.*\.spec\.ts/,
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: process.env.CI ? 2 : undefined,
	reporter: process.env.CI ? [['list']] : [['list']],
	// Generous, so a loaded 2-core machine (CI, or builds running beside it) slows specs without
	// failing them; a spec that really fails still fails, only later.
	timeout: 60_000,
	expect: { timeout: 15_000 },
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
		// The service worker's first-visit precaching competes with timing-sensitive specs (fake
		// clocks): feature specs run without it; the offline, update and install specs turn it on
		// with test.use({ serviceWorkers: 'allow' }).
		serviceWorkers: 'block',
		launchOptions: { executablePath, args: quietChromium }
	},
	projects: [
		{
			name: 'mobile',
			use: { ...devices['Desktop Chrome'], viewport: { width: 360, height: 740 }, hasTouch: true }
		},
		{
			name: 'desktop',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
			// Only what depends on the screen size runs here too (tagged @layout: navigation, contrast
			// and target sizes, charts); everything else (data, offline, build output) runs once, on
			// the small screen.
			grep: /@layout/
		}
	],
	webServer: {
		// Tests run against the production build, served as a static host serves it (with 200.html).
		command: `npm run build && node scripts/serve-build.js --port ${port}`,
		url: `http://localhost:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
