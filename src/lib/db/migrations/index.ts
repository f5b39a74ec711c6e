import type { Transaction } from 'dexie';

/**
 * The schema history, oldest first. A new schema is a new entry here with a higher `version`
 * (never edit a shipped entry), plus a fixture of the previous version under `fixtures/` and a
 * test that opens it with the new schema (see migrations.test.ts and the README).
 */
export interface Migration {
	version: number;
	/** Dexie store definitions for this version: primary key first, then indexes. */
	stores: Record<string, string | null>;
	/** Rewrites records from the previous version; must keep every record. */
	upgrade?: (tx: Transaction) => Promise<void> | void;
	description: string;
}

export const MIGRATIONS: readonly Migration[] = [
	{
		version: 1,
		description: 'Initial schema: one table per record kind, each indexed by local day',
		stores: {
			// `day` is the only index a range query needs: "all records of a kind for a day range" is
			// one `where('day').between(from, to)` scan. Times are sorted in memory within a range.
			episodes: 'id, day',
			water: 'id, day',
			foods: 'id, day, foodId',
			stretches: 'id, day',
			exercise: 'id, day',
			customFoods: 'id, name',
			// Small keyed values: settings, last-used choices, favourites, hidden red flags.
			kv: 'key'
		}
	}
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
