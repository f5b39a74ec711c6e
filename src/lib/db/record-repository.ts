import {
	ValidationError,
	deviceTimeZone,
	StoredRecordReader,
	toOffsetIso,
	validateRecord,
	type UnreadableRecord,
	type Day,
	type LogRecords,
	type RecordKind,
	type SpasmEpisode
} from '$lib/domain';
import { recordTime } from '$lib/domain/record-time';
import type { Table } from 'dexie';
import type { SpasmLogDatabase } from './database';
import { guardWrite, RecordNotFoundError } from './errors';
import { pendingEditKey, sameValue, type PendingEdit } from './pending-edits';

type AnyRecord = LogRecords[RecordKind];

export { recordTime };
/** Fields a patch never takes from the writer: the identity and the write stamp. */
const FIXED_FIELDS = new Set(['id', 'updatedAt']);

function field(record: object, key: string): unknown {
	return (record as Record<string, unknown>)[key];
}

/**
 * Oldest first, ties by id. Each time is parsed once, not twice per comparison: for ten years of
 * records the comparator's `Date.parse` calls cost more than reading the records.
 */
export function sortByTime<T extends AnyRecord>(rows: T[]): T[] {
	const keys = new Float64Array(rows.length);
	const order = new Uint32Array(rows.length);
	for (let i = 0; i < rows.length; i++) {
		keys[i] = Date.parse(recordTime(rows[i]!));
		order[i] = i;
	}
	order.sort((a, b) => {
		const d = keys[a]! - keys[b]!;
		if (d !== 0) return d;
		const x = rows[a]!.id;
		const y = rows[b]!.id;
		return x < y ? -1 : x > y ? 1 : 0;
	});
	const out = new Array<T>(rows.length);
	for (let i = 0; i < rows.length; i++) out[i] = rows[order[i]!]!;
	return out;
}

/**
 * Reads and writes one kind of dated record. Every write validates first and throws only
 * `ValidationError` for bad input, so a rejected write leaves the store exactly as it was.
 *
 * Every read validates too: a stored record that fails (corrupted, or written by a bug) is set
 * aside, never returned as a domain record, so one bad row cannot blank or skew a screen.
 * `unreadable()` lists what was set aside; the backup reads the tables itself and keeps it.
 */
export class RecordRepository<K extends RecordKind> {
	readonly #reader: StoredRecordReader<K>;

	constructor(
		private readonly db: SpasmLogDatabase,
		readonly kind: K
	) {
		this.#reader = new StoredRecordReader(kind);
	}

	// Typed loosely on purpose: Dexie's EntityTable cannot be indexed by a generic kind.
	private get table(): Table<LogRecords[K], string, LogRecords[K]> {
		return this.db[this.kind] as unknown as Table<LogRecords[K], string, LogRecords[K]>;
	}

	private validate(input: unknown, now: Date = new Date()): LogRecords[K] {
		const result = validateRecord(this.kind, input, { now });
		if (!result.ok) throw result.error;
		return result.value;
	}

	/**
	 * Every write below runs inside an explicit `db.transaction('rw', …)`. Besides grouping, this
	 * keeps Dexie's live queries from showing the write before it commits (Dexie applies
	 * "optimistic" results only to writes made outside an explicit transaction). When called
	 * inside a caller's transaction that includes this table, the write joins it.
	 */
	#write<T>(body: () => Promise<T>): Promise<T> {
		return guardWrite(() => this.db.write([this.table], body));
	}

	async add(input: LogRecords[K]): Promise<LogRecords[K]> {
		const record = this.validate(input);
		// `add`, not `put`: a second record with an existing id is a bug, not an update.
		await this.#write(() => this.table.add(record));
		return record;
	}

	/** Replaces a stored record as a whole, with a fresh `updatedAt`. Prefer `patch` for edits. */
	async update(input: LogRecords[K], now: Date = new Date()): Promise<LogRecords[K]> {
		const candidate =
			input && typeof input === 'object'
				? ({ ...input, updatedAt: toOffsetIso(now, deviceTimeZone()) } as LogRecords[K])
				: input;
		const record = this.validate(candidate, now);
		await this.#write(async () => {
			if (!(await this.table.get(record.id))) throw new RecordNotFoundError(record.id);
			await this.table.put(record);
		});
		return record;
	}

	/**
	 * Applies only `changes` to the stored record, in one read-write transaction, so fields this
	 * writer did not change keep whatever another tab or screen stored meanwhile.
	 *
	 * `base` is the copy the writer started from. `conflicts` names the fields the writer changed
	 * that someone else also changed since `base` (to a different value); the writer's value is
	 * kept, as the later one, and the caller says so in plain words. Without `base` nothing is
	 * reported. Throws RecordNotFoundError if the record is gone, ValidationError if the merged
	 * record is invalid (the store is then unchanged).
	 */
	async patch(
		id: string,
		changes: Partial<LogRecords[K]>,
		base?: LogRecords[K],
		now: Date = new Date(),
		journalToken?: string
	): Promise<{ record: LogRecords[K]; conflicts: string[] }> {
		// With a journal token the write also clears its journal rows, so it needs that table too.
		const tables = journalToken ? [this.table, this.db.pendingEdits] : [this.table];
		return guardWrite(() =>
			this.db.write(tables, async () => {
				const stored = await this.table.get(id);
				if (!stored) throw new RecordNotFoundError(id);
				const own = Object.entries(changes).filter(([key]) => !FIXED_FIELDS.has(key));
				const conflicts = base
					? own
							.filter(
								([key, value]) =>
									!sameValue(field(base, key), field(stored, key)) && !sameValue(value, field(stored, key))
							)
							.map(([key]) => key)
					: [];
				const record = this.validate(
					{
						...stored,
						...Object.fromEntries(own),
						id: stored.id,
						updatedAt: toOffsetIso(now, deviceTimeZone())
					},
					now
				);
				await this.table.put(record);
				if (journalToken) {
					const keys = own.map(([key]) => pendingEditKey(this.kind, id, key));
					const rows = await this.db.pendingEdits.bulkGet(keys);
					const mine = rows.filter((row) => row?.token === journalToken).map((row) => row!.key);
					if (mine.length) await this.db.pendingEdits.bulkDelete(mine);
				}
				return { record, conflicts };
			})
		);
	}

	/**
	 * Journals a change before its `patch`, in this very task (see SpasmLogDatabase.journal).
	 * `from` holds, per field, the values it had before the change as the editor knew them.
	 * Returns the token to pass to `patch`, whose commit removes these rows.
	 */
	journal(
		id: string,
		changes: Partial<LogRecords[K]>,
		from: Partial<Record<keyof LogRecords[K], unknown[]>>,
		at: number = Date.now()
	): string {
		const token = crypto.randomUUID();
		const rows: PendingEdit[] = Object.entries(changes)
			.filter(([key]) => !FIXED_FIELDS.has(key))
			.map(([key, value]) => ({
				key: pendingEditKey(this.kind, id, key),
				kind: this.kind,
				recordId: id,
				field: key,
				value,
				from: (from as Record<string, unknown[] | undefined>)[key] ?? [],
				at,
				token
			}));
		this.db.journal(rows);
		return token;
	}

	/** The valid records among stored rows; the others are set aside (see `unreadable`). */
	#readable(rows: readonly unknown[]): LogRecords[K][] {
		return this.#reader.split(rows).valid;
	}

	/** The `count` most recent records (by time), newest first. */
	async latest(count: number): Promise<LogRecords[K][]> {
		// Days are indexed, times are not: read the newest days until there are enough records.
		const rows = await this.table
			.orderBy('day')
			.reverse()
			.limit(count * 3)
			.toArray();
		return sortByTime(this.#readable(rows)).reverse().slice(0, count);
	}

	/**
	 * Deletes and returns what was deleted, so the caller can offer undo. The deletion's tombstone is
	 * written in the same transaction, so a backup carries it and a merge removes the record elsewhere.
	 */
	async delete(id: string, now: Date = new Date()): Promise<LogRecords[K] | undefined> {
		return guardWrite(() =>
			this.db.write([this.table, this.db.deletions], async () => {
				const existing = await this.table.get(id);
				if (!existing) return undefined;
				await this.table.delete(id);
				await this.db.deletions.put({ id, kind: this.kind, deletedAt: toOffsetIso(now, deviceTimeZone()) });
				return existing;
			})
		);
	}

	/**
	 * Undo for deleting an unreadable record: puts back exactly what was stored, unvalidated (it
	 * stays set aside, as before the delete), and removes the tombstone, in one transaction.
	 */
	async restoreAsStored(stored: unknown): Promise<void> {
		const id = (stored as { id?: unknown } | null)?.id;
		if (typeof id !== 'string') throw new ValidationError([{ path: 'id', message: 'Required' }], this.kind);
		await guardWrite(() =>
			this.db.write([this.table, this.db.deletions], async () => {
				await this.db.deletions.delete(id);
				await this.table.put(stored as LogRecords[K]);
			})
		);
	}

	/**
	 * Puts a deleted record back exactly as it was (undo) and removes its tombstone, in one
	 * transaction: if the browser refuses (a full disk), neither happens, the record stays deleted
	 * and the caller still holds it to try again.
	 */
	async restore(record: LogRecords[K]): Promise<LogRecords[K]> {
		const valid = this.validate(record);
		await guardWrite(() =>
			this.db.write([this.table, this.db.deletions], async () => {
				await this.db.deletions.delete(valid.id);
				await this.table.put(valid);
			})
		);
		return valid;
	}

	/** The record with this id; undefined when there is none or it is unreadable. */
	async get(id: string): Promise<LogRecords[K] | undefined> {
		const row = await this.table.get(id);
		if (row === undefined) return undefined;
		const checked = this.#reader.check(row);
		return checked.ok ? checked.value : undefined;
	}

	/** Every record whose local day is in [from, to], oldest first: one index range scan. */
	async listByDayRange(from: Day, to: Day): Promise<LogRecords[K][]> {
		if (to < from) return [];
		const rows = await this.table.where('day').between(from, to, true, true).toArray();
		return sortByTime(this.#readable(rows));
	}

	listByDay(day: Day): Promise<LogRecords[K][]> {
		return this.listByDayRange(day, day);
	}

	async all(): Promise<LogRecords[K][]> {
		return sortByTime(this.#readable(await this.table.toArray()));
	}

	/** Stored records that fail validation, whatever their day (a broken one may have none). */
	async unreadable(): Promise<UnreadableRecord[]> {
		return this.#reader.split(await this.table.toArray()).unreadable;
	}

	// The day lookups skip unreadable rows, so a broken `day` never becomes where a range starts.
	#isReadable = (row: unknown): boolean => this.#reader.check(row).ok;

	/** The earliest local day holding a record of this kind, if any. */
	async firstDay(): Promise<Day | undefined> {
		const first = await this.table.orderBy('day').filter(this.#isReadable).first();
		return first?.day;
	}

	/** The latest day before `day` holding a record of this kind: where the next older page starts. */
	async lastDayBefore(day: Day): Promise<Day | undefined> {
		const row = await this.table.where('day').below(day).filter(this.#isReadable).last();
		return row?.day;
	}

	async lastDay(): Promise<Day | undefined> {
		const last = await this.table.orderBy('day').filter(this.#isReadable).last();
		return last?.day;
	}

	count(): Promise<number> {
		return this.table.count();
	}
}

export type EpisodeRepository = RecordRepository<'episodes'>;
export type { SpasmEpisode };
export { ValidationError };
