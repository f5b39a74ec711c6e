import { deviceTimeZone, toOffsetIso, validateRecord, type RecordKind } from '$lib/domain';
import type Dexie from 'dexie';

/**
 * One field of an edit, journalled the instant it is made and removed when the edit's own write
 * commits. A row still here when the database next opens is an edit whose write never finished
 * (the tab was closed or the browser killed between the write's read and its put); it is folded
 * into its record then, before anything else reads the database.
 */
export interface PendingEdit {
	/** `${kind} ${recordId} ${field}`: a newer change of the same field replaces the older row. */
	key: string;
	kind: RecordKind;
	recordId: string;
	field: string;
	value: unknown;
	/**
	 * What the field held before this change, as the editor knew it: the value it showed and the
	 * value last confirmed stored. If the stored field is still one of these, no one else changed it.
	 */
	from: unknown[];
	/** When the change was made (epoch ms, this device's clock). */
	at: number;
	/** The write that carries this change; its commit deletes exactly the rows with its token. */
	token: string;
}

export const PENDING_EDITS_TABLE = 'pendingEdits';

export function pendingEditKey(kind: RecordKind, recordId: string, field: string): string {
	return `${kind} ${recordId} ${field}`;
}

/** Field values are JSON-shaped (strings, numbers, null, small arrays and objects). */
export function sameValue(a: unknown, b: unknown): boolean {
	return Object.is(a, b) || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Applies leftover edits to their stored record, field by field. A change is taken unless the
 * field was changed by someone else after it was made: the stored value is neither one of the
 * change's `from` values nor written before the change. Returns the new record, or null when
 * nothing changes.
 */
export function foldEdits(
	stored: Record<string, unknown>,
	edits: readonly PendingEdit[]
): Record<string, unknown> | null {
	const storedAt = typeof stored.updatedAt === 'string' ? Date.parse(stored.updatedAt) : NaN;
	const next = { ...stored };
	let changed = false;
	for (const edit of [...edits].sort((a, b) => a.at - b.at)) {
		if (edit.field === 'id' || edit.field === 'updatedAt' || edit.field === 'createdAt') continue;
		const current = next[edit.field];
		if (sameValue(current, edit.value)) continue;
		const untouched = edit.from.some((v) => sameValue(v, stored[edit.field]));
		const olderRecord = !Number.isNaN(storedAt) && storedAt <= edit.at;
		if (!untouched && !olderRecord) continue;
		next[edit.field] = edit.value;
		changed = true;
	}
	return changed ? next : null;
}

/**
 * Folds every leftover edit into its record in one transaction, each record validated as any
 * write is; an edit that would make its record invalid is dropped. Runs from `on('ready')` with
 * the database Dexie hands it there (the only one not blocked until this resolves).
 */
export async function foldPendingEdits(db: Dexie, now: Date = new Date()): Promise<void> {
	if (!db.tables.some((t) => t.name === PENDING_EDITS_TABLE)) return;
	const journal = db.table<PendingEdit, string>(PENDING_EDITS_TABLE);
	const rows = await journal.toArray();
	if (!rows.length) return;
	const kinds = [...new Set(rows.map((r) => r.kind))].filter((k) => db.tables.some((t) => t.name === k));
	await db.transaction('rw', [PENDING_EDITS_TABLE, ...kinds], async () => {
		const byRecord = new Map<string, PendingEdit[]>();
		for (const row of rows) {
			const id = `${row.kind} ${row.recordId}`;
			byRecord.set(id, [...(byRecord.get(id) ?? []), row]);
		}
		for (const edits of byRecord.values()) {
			const { kind, recordId } = edits[0]!;
			if (kinds.includes(kind)) {
				const stored = (await db.table(kind).get(recordId)) as Record<string, unknown> | undefined;
				const next = stored && foldEdits(stored, edits);
				if (next) {
					const result = validateRecord(
						kind,
						{ ...next, updatedAt: toOffsetIso(now, deviceTimeZone()) },
						{ now }
					);
					if (result.ok) await db.table(kind).put(result.value);
				}
			}
			await journal.bulkDelete(edits.map((e) => e.key));
		}
	});
}
