import type { Deletion } from '../types';
import {
	BACKUP_TABLE_NAMES,
	emptyTables,
	versionOf,
	type BackupData,
	type BackupRecord,
	type BackupTableName
} from './backup-tables';

/** The records and tombstones two devices exchange; settings and preferences are not merged by time. */
export interface SyncState {
	tables: Record<BackupTableName, BackupRecord[]>;
	deletions: Deletion[];
}

/** Key order never decides a tie: two equal versions compare by their sorted JSON. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(
					Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
				)
			: v
	);
}

/**
 * Same JSON value, whatever the key order. Checked before `canonical`: merging a file into a device
 * that already holds the same records compares every pair, and building two sorted JSON strings
 * per pair froze the page for seconds on ten years of logs.
 */
function sameJson(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a)) {
		if (!Array.isArray(b) || a.length !== b.length) return false;
		for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
		return true;
	}
	if (Array.isArray(b)) return false;
	const x = a as Record<string, unknown>;
	const y = b as Record<string, unknown>;
	// JSON leaves out undefined fields; so does `canonical`.
	let n = 0;
	for (const key in x) {
		if (!Object.hasOwn(x, key) || x[key] === undefined) continue;
		n += 1;
		if (!Object.hasOwn(y, key) || !sameJson(x[key], y[key])) return false;
	}
	let m = 0;
	for (const key in y) if (Object.hasOwn(y, key) && y[key] !== undefined) m += 1;
	return n === m;
}

/** Which of two versions of one record wins: newer `updatedAt`, then a fixed order, so either side agrees. */
export function newerRecord(a: BackupRecord, b: BackupRecord): BackupRecord {
	const va = versionOf(a);
	const vb = versionOf(b);
	if (va !== vb) return va > vb ? a : b;
	if (sameJson(a, b)) return a;
	const ca = canonical(a);
	const cb = canonical(b);
	return ca >= cb ? a : b;
}

function sameRecord(a: BackupRecord, b: BackupRecord): boolean {
	return a === b || (versionOf(a) === versionOf(b) && sameJson(a, b));
}

function deletedMs(d: Deletion): number {
	const ms = Date.parse(d.deletedAt);
	return Number.isNaN(ms) ? 0 : ms;
}

function newerDeletion(a: Deletion, b: Deletion): Deletion {
	const da = deletedMs(a);
	const db = deletedMs(b);
	if (da !== db) return da > db ? a : b;
	return canonical(a) >= canonical(b) ? a : b;
}

/** A tombstone removes every version written at or before it; an edit after it keeps the record. */
function survives(record: BackupRecord, tombstone: Deletion | undefined): boolean {
	return !tombstone || versionOf(record) > deletedMs(tombstone);
}

/**
 * Merges two histories: every record id keeps its newest version, tombstones are kept (newest per
 * id) and remove every record version not newer than them. Commutative, associative and
 * idempotent, so two devices exchanging files in any order end with the same data.
 */
export function mergeSyncStates(a: SyncState, b: SyncState): SyncState {
	const tombstones = new Map<string, Deletion>();
	for (const d of [...a.deletions, ...b.deletions]) {
		const key = `${d.kind}\u0000${d.id}`;
		const held = tombstones.get(key);
		tombstones.set(key, held ? newerDeletion(held, d) : d);
	}
	const tables = emptyTables();
	for (const name of BACKUP_TABLE_NAMES) {
		const byId = new Map<string, BackupRecord>();
		for (const record of [...a.tables[name], ...b.tables[name]]) {
			const held = byId.get(record.id);
			byId.set(record.id, held ? newerRecord(held, record) : record);
		}
		const kept: BackupRecord[] = [];
		for (const record of byId.values()) {
			if (survives(record, tombstones.get(`${name}\u0000${record.id}`))) kept.push(record);
		}
		kept.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
		tables[name] = kept;
	}
	const deletions = [...tombstones.values()].sort((x, y) =>
		x.id < y.id ? -1 : x.id > y.id ? 1 : x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0
	);
	return { tables, deletions };
}

export interface TableChanges {
	/** In the file, not on this device. */
	added: number;
	/** On both; the file's version is newer and replaces this device's. */
	changed: number;
	/** On both; this device's version is newer or the same, and stays. */
	kept: number;
	/** On this device; removed by one of the file's tombstones. */
	deleted: number;
	/** The file's records of this kind. */
	inFile: number;
	/** Earliest and latest day among the file's records, when they carry days. */
	from: string | null;
	to: string | null;
}

export interface MergePlan {
	changes: Record<BackupTableName, TableChanges>;
	/** Records to write (new or newer), per table. */
	puts: Record<BackupTableName, BackupRecord[]>;
	/** Record ids to remove, per table. */
	removals: Record<BackupTableName, string[]>;
	/** Tombstones to write (new or newer). */
	deletions: Deletion[];
	/** True when the merge changes nothing. */
	empty: boolean;
}

/** What merging `incoming` (a file) into `local` (this device) would change, without changing anything. */
export function planMerge(local: SyncState, incoming: SyncState): MergePlan {
	const merged = mergeSyncStates(local, incoming);
	const changes = {} as Record<BackupTableName, TableChanges>;
	const puts = emptyTables();
	const removals = {} as Record<BackupTableName, string[]>;
	let empty = true;
	for (const name of BACKUP_TABLE_NAMES) {
		const mine = new Map(local.tables[name].map((r) => [r.id, r]));
		const result = new Map(merged.tables[name].map((r) => [r.id, r]));
		const c: TableChanges = { added: 0, changed: 0, kept: 0, deleted: 0, inFile: 0, from: null, to: null };
		for (const record of incoming.tables[name]) {
			c.inFile += 1;
			if (typeof record.day === 'string') {
				if (c.from === null || record.day < c.from) c.from = record.day;
				if (c.to === null || record.day > c.to) c.to = record.day;
			}
			const held = mine.get(record.id);
			const after = result.get(record.id);
			if (!held) {
				if (after) c.added += 1;
			} else if (after && !sameRecord(after, held)) {
				c.changed += 1;
			} else if (after) {
				c.kept += 1;
			}
		}
		removals[name] = [];
		for (const [id, record] of result) {
			const held = mine.get(id);
			if (!held || !sameRecord(held, record)) puts[name].push(record);
		}
		for (const id of mine.keys()) {
			if (!result.has(id)) {
				removals[name].push(id);
				c.deleted += 1;
			}
		}
		if (puts[name].length || removals[name].length) empty = false;
		changes[name] = c;
	}
	const myTombstones = new Map(local.deletions.map((d) => [`${d.kind}\u0000${d.id}`, d]));
	const deletions = merged.deletions.filter((d) => {
		const held = myTombstones.get(`${d.kind}\u0000${d.id}`);
		return !held || canonical(held) !== canonical(d);
	});
	if (deletions.length) empty = false;
	return { changes, puts, removals, deletions, empty };
}

/**
 * Whether two reads of a device hold the same records and tombstones, in the same order (a store
 * is read in key order). A merge planned against one then applies unchanged to the other.
 */
export function sameSyncState(a: SyncState, b: SyncState): boolean {
	const same = (x: readonly object[], y: readonly object[]) =>
		x.length === y.length && x.every((item, i) => sameJson(item, y[i]));
	return BACKUP_TABLE_NAMES.every((t) => same(a.tables[t], b.tables[t])) && same(a.deletions, b.deletions);
}

export function syncStateOf(data: BackupData): SyncState {
	return { tables: data.tables, deletions: data.deletions };
}
