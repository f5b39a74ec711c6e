import { DEFAULT_SETTINGS, validateSettings, type Settings } from '$lib/domain';
import type { SpasmLogDatabase } from './database';
import { guardWrite } from './errors';
import { PREF_KEYS } from './pref-keys';

const KEY = 'settings';

export class SettingsRepository {
	constructor(private readonly db: SpasmLogDatabase) {}

	/** Stored settings, with defaults for anything missing or no longer valid. */
	async get(): Promise<Settings> {
		const row = await this.db.kv.get(KEY);
		const merged = { ...DEFAULT_SETTINGS, ...(row?.value as Partial<Settings> | undefined) };
		const result = validateSettings(merged);
		return result.ok ? result.value : { ...DEFAULT_SETTINGS };
	}

	/** Validates the merged result, then writes it; invalid input leaves the stored settings as they were. */
	async update(changes: Partial<Settings>): Promise<Settings> {
		return guardWrite(() =>
			this.db.write([this.db.kv], async () => {
				const next = { ...(await this.get()), ...changes };
				const result = validateSettings(next);
				if (!result.ok) throw result.error;
				await this.db.kv.put({ key: KEY, value: result.value });
				return result.value;
			})
		);
	}
}

/**
 * Small remembered choices (last used episode fields, last custom water amount, favourite foods,
 * hidden red flags). Each has a fallback, so a value from an older app version never breaks a screen.
 */
export class PreferenceRepository {
	constructor(private readonly db: SpasmLogDatabase) {}

	async get<T>(key: string, fallback: T, isValid: (value: unknown) => value is T): Promise<T> {
		const row = await this.db.kv.get(`pref:${key}`);
		return row && isValid(row.value) ? row.value : fallback;
	}

	/** One explicit transaction: a live query never shows the value before it is stored. */
	async set<T>(key: string, value: T): Promise<void> {
		await guardWrite(() =>
			this.db.write([this.db.kv], async () => {
				await this.db.kv.put({ key: `pref:${key}`, value });
			})
		);
	}

	/**
	 * Read-modify-write in one transaction, so two tabs changing the same preference at the same
	 * moment both count (favourites, hidden red flags). Returns the stored value.
	 */
	async update<T>(
		key: string,
		fallback: T,
		isValid: (value: unknown) => value is T,
		change: (current: T) => T
	): Promise<T> {
		return guardWrite(() =>
			this.db.write([this.db.kv], async () => {
				const next = change(await this.get(key, fallback, isValid));
				await this.db.kv.put({ key: `pref:${key}`, value: next });
				return next;
			})
		);
	}
}

export { PREF_KEYS };
