import { chromium, type BrowserContext } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import config from '../../playwright.config';

const use = config.use ?? {};
const launchOptions = use.launchOptions ?? {};

/**
 * A browser on its own profile folder, so a spec can kill its process (SIGKILL, as a phone does to
 * a backgrounded app) and open the same profile again.
 */
export function launch(dir: string): Promise<BrowserContext> {
	return chromium.launchPersistentContext(dir, {
		executablePath: launchOptions.executablePath,
		args: launchOptions.args,
		viewport: { width: 360, height: 740 },
		hasTouch: true,
		serviceWorkers: 'block',
		baseURL: use.baseURL
	});
}

/** The browser's main process for this profile (its renderers carry --type=…). */
export function browserPid(dir: string): number {
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		let cmd: string;
		try {
			cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
		} catch {
			continue;
		}
		const args = cmd.split('\0');
		if (args.includes(`--user-data-dir=${dir}`) && !args.some((a) => a.startsWith('--type=')))
			return Number(entry);
	}
	throw new Error(`no browser process for ${dir}`);
}

/** Kills the profile's browser outright and opens the same profile again. */
export async function killAndReopen(context: BrowserContext, dir: string): Promise<BrowserContext> {
	process.kill(browserPid(dir), 'SIGKILL');
	await context.close().catch(() => undefined);
	return launch(dir);
}
