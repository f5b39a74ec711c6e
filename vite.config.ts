import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		setupFiles: ['src/test-setup.ts'],
		// Property tests take ~1 s on an idle machine and over 10 s on a loaded 2-core one; a timeout
		// is a hang detector here, never a performance check.
		testTimeout: 60_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					// scripts/: the bench's own pure helpers (its trace rewriting, say).
					include: ['src/**/*.test.ts', 'scripts/**/*.test.mjs'],
					exclude: ['src/**/*.svelte.test.ts'],
					environment: 'node'
				}
			},
			{
				// Rune tests need Svelte's client build: in the server build effects never run.
				extends: true,
				// Component tests mount with Svelte's client runtime (`mount` is server-only otherwise).
				resolve: { conditions: ['browser'] },
				test: {
					name: 'runes',
					include: ['src/**/*.svelte.test.ts'],
					environment: 'happy-dom'
				}
			}
		]
	}
});
