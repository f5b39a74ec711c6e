import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		setupFiles: ['src/test-setup.ts'],
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts'],
					environment: 'node'
				}
			},
			{
				// Rune tests need Svelte's client build: in the server build effects never run.
				extends: true,
				test: {
					name: 'runes',
					include: ['src/**/*.svelte.test.ts'],
					environment: 'happy-dom'
				}
			}
		]
	}
});
