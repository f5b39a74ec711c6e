import { describe, expect, it } from 'vitest';
import { emptyBackupData, type ReadBackup } from '$lib/domain/backup';
import { PartsCollector, sendInParts, type ReaderMessage } from './backup-reader';

function readBackup(water: number, deletions: number): ReadBackup {
	const data = emptyBackupData();
	data.tables.water = Array.from({ length: water }, (_, i) => ({ id: `w${i}`, ml: i }));
	data.tables.episodes = [{ id: 'e1', day: '2026-01-01' }];
	data.deletions = Array.from({ length: deletions }, (_, i) => ({
		id: `d${i}`,
		kind: 'water' as const,
		deletedAt: '2026-01-01T10:00:00Z'
	}));
	data.settings = { units: 'metric' };
	data.preferences = { 'pref:x': 1 };
	return {
		meta: { formatVersion: 1, appVersion: '1', schemaVersion: 2, exportedAt: '2026-01-01T10:00:00Z' },
		data,
		invalid: [],
		invalidCount: 0,
		unknownTables: []
	};
}

describe('a read backup sent from the worker in parts', () => {
	it('arrives whole, in order, after several messages none of which holds every record', () => {
		const original = readBackup(9001, 4001);
		const messages: ReaderMessage[] = [];
		sendInParts(structuredClone(original), (m) => messages.push(structuredClone(m)));
		expect(messages.length).toBeGreaterThan(4);
		for (const m of messages)
			if (m.type === 'records' || m.type === 'deletions') expect(m.records.length).toBeLessThanOrEqual(4000);
		const collector = new PartsCollector();
		const results = messages.map((m) => collector.add(m));
		expect(results.slice(0, -1).every((r) => r === null)).toBe(true);
		expect(results.at(-1)).toEqual({ type: 'done', result: original });
	});

	it('passes other messages through untouched', () => {
		const error: ReaderMessage = { type: 'error', code: 'empty', message: 'This file is empty.' };
		expect(new PartsCollector().add(error)).toBe(error);
	});
});
