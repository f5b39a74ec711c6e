import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			// User text must never become markup (see issue: no {@html} anywhere).
			'svelte/no-at-html-tags': 'error',
			// The app has no Svelte stores (runes only); this rule cost most of the lint time.
			'svelte/require-store-reactive-access': 'off'
		}
	},
	{
		// Domain code stays pure: no framework, database or DOM imports.
		files: ['src/lib/domain/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						'svelte',
						'svelte/*',
						'dexie',
						'$app/*',
						'$lib/db',
						'$lib/db/*',
						'$lib/state',
						'$lib/state/*',
						'$lib/components',
						'$lib/components/*',
						// The same layers reached by relative paths.
						'**/db',
						'**/db/**',
						'**/state',
						'**/state/**',
						'**/components',
						'**/components/**',
						'**/routes/**'
					]
				}
			]
		}
	},
	{
		// Only the data layer touches IndexedDB.
		files: ['src/lib/components/**', 'src/routes/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: ['dexie', '$lib/db', '$lib/db/*', '**/lib/db', '**/lib/db/**', '**/../db', '**/../db/**']
				}
			]
		}
	},
	{ ignores: ['build/', '.svelte-kit/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/'] }
);
