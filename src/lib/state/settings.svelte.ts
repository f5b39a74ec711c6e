import { DEFAULT_SETTINGS, type Settings } from '$lib/domain/types';
import type { DataLayer } from '$lib/db';
import { LiveQuery } from './live-query.svelte';
import type { Snackbar } from './snackbar.svelte';
import { explainWriteErrors } from './write-errors';

export class SettingsState {
	readonly #data: DataLayer;
	#query: LiveQuery<Settings>;

	// No TypeScript parameter properties in .svelte.ts files: Svelte strips types but emits no code.
	readonly #snackbar: Snackbar;

	constructor(data: DataLayer, snackbar: Snackbar) {
		this.#data = data;
		this.#snackbar = snackbar;
		this.#query = new LiveQuery(() => data.settings.get(), { ...DEFAULT_SETTINGS });
	}

	get current(): Settings {
		return this.#query.current;
	}

	get loaded(): boolean {
		return this.#query.loaded;
	}

	get units() {
		return this.#query.current.units;
	}

	/** Resolves after the commit; a refused write is explained in the snackbar and rethrown. */
	update(changes: Partial<Settings>): Promise<Settings> {
		return explainWriteErrors(this.#snackbar, () => this.#data.settings.update(changes), {
			explainAll: true
		});
	}
}
