import { rmSync } from 'node:fs';
import { BUILDS_ENV, buildVersions } from './e2e/update-builds';

/**
 * The update spec's two extra builds, made once before any worker starts (Playwright starts the web
 * server, whose build comes first, before this), so they never compete with running specs for the
 * CPU. Skipped when the command names spec files and the update spec is not among them.
 */
export default function globalSetup(): (() => void) | undefined {
	const files = process.argv.slice(2).filter((arg) => /\.spec\.ts|tests\//.test(arg));
	if (files.length > 0 && !files.some((file) => file.includes('update'))) return undefined;
	const output = buildVersions();
	// Workers inherit the runner's environment.
	process.env[BUILDS_ENV] = output;
	return () => rmSync(output, { recursive: true, force: true });
}
