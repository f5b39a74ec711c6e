// `npx vitest bench --run src/lib/domain/stored-records.bench.ts`: what validating on read costs.
// Trends reads every record, so ten thousand records is about three years of a busy log.
import { bench, describe } from 'vitest';
import { RECORD_KINDS, type RecordKind } from './types';
import { StoredRecordReader, splitStored } from './stored-records';
import { randomLogs } from '$test-support/log-factories';

const logs = randomLogs(20260301, '2019-01-01', 2400);
const total = RECORD_KINDS.reduce((n, k) => n + logs[k].length, 0);
const scale = 10_000 / total;
const rows: Record<RecordKind, unknown[]> = Object.fromEntries(
	RECORD_KINDS.map((k) => [k, logs[k].slice(0, Math.round(logs[k].length * scale))])
) as Record<RecordKind, unknown[]>;

const copies: Record<RecordKind, unknown[]> = Object.fromEntries(
	RECORD_KINDS.map((k) => [k, structuredClone(rows[k])])
) as Record<RecordKind, unknown[]>;

describe(`${RECORD_KINDS.reduce((n, k) => n + rows[k].length, 0)} stored records`, () => {
	bench('validate every record on read (splitStored per kind)', () => {
		for (const kind of RECORD_KINDS) splitStored(kind, rows[kind]);
	});
	const readers = RECORD_KINDS.map((k) => new StoredRecordReader(k));
	for (const reader of readers) reader.split(rows[reader.kind]);
	bench('read again (StoredRecordReader remembers valid rows; fresh copies as IndexedDB returns)', () => {
		for (const reader of readers) reader.split(copies[reader.kind]);
	});
	bench('baseline: copy the arrays (no validation)', () => {
		for (const kind of RECORD_KINDS) rows[kind].slice();
	});
});
