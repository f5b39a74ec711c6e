import type { Transaction } from 'dexie';

/** Where a record kind keeps the moment it happened: episodes start, everything else happens at. */
const TIME_FIELD = { water: 'at', foods: 'at', stretches: 'at', exercise: 'at' } as const;

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
	},
	{
		version: 2,
		description:
			'updatedAt on every record (merging edits and backups), deletion tombstones, daily check-ins, medicines and supplements',
		stores: {
			// Tombstones: a deleted record's id, kind and when, so deletions travel in backups.
			deletions: 'id, kind, deletedAt',
			// "No spasms today": one per day the person said so; makes a day count as tracked.
			checkins: 'id, day',
			// Supplement and medicine doses taken, by day like every other record kind.
			medications: 'id, day, name',
			// The person's saved supplements and medicines with their usual dose (one-tap logging).
			medicationItems: 'id, name'
		},
		async upgrade(tx) {
			// Episodes already carry updatedAt; other kinds never changed after being written until
			// now, so the moment they happened is the moment they were last written as far as we know.
			for (const [table, field] of Object.entries(TIME_FIELD)) {
				await tx
					.table(table)
					.toCollection()
					.modify((record: Record<string, unknown>) => {
						if (typeof record.updatedAt !== 'string') record.updatedAt = record[field];
					});
			}
		}
	},
	{
		version: 3,
		description: 'A journal of edits made but not yet confirmed written, folded into their records on open',
		stores: {
			// One row per edited field (`kind id field`), written in the same task as the change with no
			// read before it, so closing the tab in that instant cannot lose it (see db/pending-edits.ts).
			pendingEdits: 'key'
		}
	}
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
