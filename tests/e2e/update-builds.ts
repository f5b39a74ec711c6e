import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Two releases that differ only in their version. */
export const VERSIONS = { old: 'e2e-old', new: 'e2e-new' } as const;

/** Where Playwright's global setup left the two builds, if it made them. */
export const BUILDS_ENV = 'SPASM_LOG_UPDATE_BUILDS';

/**
 * Builds both versions, one after the other (they share `.svelte-kit/`), into a folder outside the
 * project so linters and type checks never see them. Returns the folder.
 */
export function buildVersions(): string {
	const output = mkdtempSync(join(tmpdir(), 'spasm-log-update-'));
	for (const version of Object.values(VERSIONS)) {
		execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
			env: { ...process.env, SPASM_LOG_VERSION: version, SPASM_LOG_BUILD_DIR: join(output, version) },
			stdio: ['ignore', 'ignore', 'pipe']
		});
	}
	return output;
}
