import type { Day, LogRecords, RecordKind } from './types';
import { isDay, parseInstant } from './time';
import { validateCheckIn, validateRecord } from './validation';
import type { FieldIssue } from './validation-error';

/**
 * A stored record that fails validation (corrupted, or written by a bug or an older version). It
 * is set aside: never shown or counted as if valid, listed so the person can delete it, and kept
 * as stored so a backup still carries it.
 */
export interface UnreadableRecord {
	/** A log record's kind, or a daily check-in ("no spasms that day"). */
	kind: RecordKind | 'checkins';
	/** The stored key, as stored; what a delete needs. */
	id: string;
	/** The record's day when it can still be read, else null. */
	day: Day | null;
	/** When it happened (`startedAt` or `at`) when that can still be read, else null. */
	time: string | null;
	/** What is wrong, in plain words, one line per field. */
	problems: string[];
}

export type StoredCheck<K extends RecordKind> =
	{ ok: true; value: LogRecords[K] } | { ok: false; unreadable: UnreadableRecord };

const FIELD_NAMES: Record<string, string> = {
	id: 'Id',
	startedAt: 'Start time',
	at: 'Time',
	day: 'Day',
	durationSec: 'Duration',
	kind: 'Kind',
	location: 'Body area',
	side: 'Side',
	intensity: 'Intensity',
	triggers: 'Triggers',
	reliefs: 'What helped',
	signs: 'Warning signs',
	notes: 'Notes',
	createdAt: 'Created time',
	updatedAt: 'Changed time',
	ml: 'Amount',
	foodId: 'Food',
	name: 'Name',
	servings: 'Servings',
	mg: 'Minerals',
	routine: 'Routine',
	areas: 'Body areas',
	minutes: 'Minutes',
	amount: 'Amount',
	unit: 'Unit',
	mineral: 'Mineral',
	mineralMg: 'Mineral amount'
};

/** Validation messages written for a form, said again for a record nobody is typing. */
function plainMessage(message: string): string {
	if (message === 'Required') return 'missing';
	if (message === 'Must be a set of fields') return 'not readable';
	if (message.includes('ISO 8601')) return 'not a date and time';
	return `${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}

/** "Triggers: must be a list", "Warning signs: missing", "Amount must be a number". */
function plainProblem(issue: FieldIssue): string {
	if (issue.path === '') return 'Not a record the app knows';
	const root = issue.path.split('.')[0]!;
	const name = FIELD_NAMES[root] ?? root;
	if (issue.message.toLowerCase().startsWith(name.toLowerCase())) return issue.message;
	return `${name}: ${plainMessage(issue.message)}`;
}

/**
 * Plain-word problems, the first one per field, at most `max` (a badly broken record would list
 * dozens).
 */
export function plainProblems(issues: readonly FieldIssue[], max = 3): string[] {
	const firstPerField = new Map<string, FieldIssue>();
	for (const issue of issues) {
		const root = issue.path.split('.')[0]!;
		if (!firstPerField.has(root)) firstPerField.set(root, issue);
	}
	const lines = [...firstPerField.values()].map(plainProblem);
	return lines.length > max ? [...lines.slice(0, max), `and ${lines.length - max} more`] : lines;
}

function readableField(row: unknown, key: string): unknown {
	return row !== null && typeof row === 'object' ? (row as Record<string, unknown>)[key] : undefined;
}

/**
 * Checks a record as read from storage: its shape only, not whether its time is in the future (a
 * clock set wrong stays readable). A valid record comes back as stored, without a copy.
 */
export function checkStoredRecord<K extends RecordKind>(kind: K, row: unknown): StoredCheck<K> {
	const result = validateRecord(kind, row);
	if (result.ok) return { ok: true, value: row as LogRecords[K] };
	const id = readableField(row, 'id');
	const day = readableField(row, 'day');
	const time = readableField(row, kind === 'episodes' ? 'startedAt' : 'at');
	return {
		ok: false,
		unreadable: {
			kind,
			id: typeof id === 'string' ? id : String(id),
			day: isDay(day) ? day : null,
			time: typeof time === 'string' && parseInstant(time) ? time : null,
			problems: plainProblems(result.error.issues)
		}
	};
}

/**
 * The daily check-ins that fail validation, described as unreadable records: a broken one stops
 * its day counting as tracked, so it is listed for the person to see and delete, not just skipped.
 */
export function unreadableCheckIns(rows: readonly unknown[]): UnreadableRecord[] {
	const found: UnreadableRecord[] = [];
	for (const row of rows) {
		const result = validateCheckIn(row);
		if (result.ok) continue;
		const id = readableField(row, 'id');
		const day = readableField(row, 'day');
		const time = readableField(row, 'at');
		found.push({
			kind: 'checkins',
			id: typeof id === 'string' ? id : String(id),
			day: isDay(day) ? day : null,
			time: typeof time === 'string' && parseInstant(time) ? time : null,
			problems: plainProblems(result.error.issues)
		});
	}
	return found;
}

/** Splits stored rows into the valid records (in order) and the unreadable ones. */
export function splitStored<K extends RecordKind>(
	kind: K,
	rows: readonly unknown[]
): { valid: LogRecords[K][]; unreadable: UnreadableRecord[] } {
	const valid: LogRecords[K][] = [];
	const unreadable: UnreadableRecord[] = [];
	for (const row of rows) {
		const checked = checkStoredRecord(kind, row);
		if (checked.ok) valid.push(checked.value);
		else unreadable.push(checked.unreadable);
	}
	return { valid, unreadable };
}

/** Same value all the way down; NaN equals NaN and -0 does not equal 0 (as `Object.is`). */
function sameStored(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const keysA = Object.keys(a);
	if (keysA.length !== Object.keys(b).length) return false;
	for (const key of keysA) {
		if (!Object.hasOwn(b, key)) return false;
		if (!sameStored((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
	}
	return true;
}

/** Past this many remembered records the memory is dropped and rebuilt by the next reads. */
const MAX_REMEMBERED = 50_000;

/**
 * `splitStored` that remembers the records it found valid: a live query re-reads every record on
 * each write, and comparing a row with the one validated last time is far cheaper than validating
 * it again. Validation of a stored record depends on nothing but its content, so a row equal to a
 * valid one is valid.
 */
export class StoredRecordReader<K extends RecordKind> {
	readonly #valid = new Map<string, unknown>();

	constructor(readonly kind: K) {}

	check(row: unknown): StoredCheck<K> {
		const id = readableField(row, 'id');
		if (typeof id === 'string' && sameStored(this.#valid.get(id), row))
			return { ok: true, value: row as LogRecords[K] };
		const checked = checkStoredRecord(this.kind, row);
		if (checked.ok && typeof id === 'string') {
			if (this.#valid.size >= MAX_REMEMBERED) this.#valid.clear();
			// A copy: a caller that changed the returned record must not change what counts as valid.
			this.#valid.set(id, structuredClone(row));
		}
		return checked;
	}

	split(rows: readonly unknown[]): { valid: LogRecords[K][]; unreadable: UnreadableRecord[] } {
		const valid: LogRecords[K][] = [];
		const unreadable: UnreadableRecord[] = [];
		for (const row of rows) {
			const checked = this.check(row);
			if (checked.ok) valid.push(checked.value);
			else unreadable.push(checked.unreadable);
		}
		return { valid, unreadable };
	}
}
