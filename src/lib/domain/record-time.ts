import type { LogRecords, RecordKind } from './types';

/** When a record happened: episodes start, everything else happens at a moment. */
export function recordTime(record: LogRecords[RecordKind]): string {
	return 'startedAt' in record ? record.startedAt : record.at;
}
