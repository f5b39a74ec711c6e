import { DEFAULT_SETTINGS, type Settings } from '$lib/domain/types';
import type { DataLayer } from '$lib/db';
import { LiveQuery } from './live-query.svelte';

export class SettingsState {
	readonly #data: DataLayer;
	#query: LiveQuery<Settings>;

	// No TypeScript parameter properties in .svelte.ts files: Svelte strips types but emits no code.
	constructor(data: DataLayer) {
		this.#data = data;
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

	update(changes: Partial<Settings>): Promise<Settings> {
		return this.#data.settings.update(changes);
	}
}
