import { describe, expect, it } from 'vitest';
import { water } from '$test-support/log-factories';
import { StoredRecordReader, checkStoredRecord, plainProblems } from './stored-records';

describe('StoredRecordReader', () => {
	it('finds a remembered valid row valid again, and a changed one by its content', () => {
		const reader = new StoredRecordReader('water');
		const row = water('2026-11-24', 250);
		expect(reader.check(row).ok).toBe(true);
		expect(reader.check({ ...row }).ok).toBe(true);
		expect(reader.check({ ...row, ml: Number.NaN }).ok).toBe(false);
		expect(reader.check({ ...row, ml: '250' }).ok).toBe(false);
		expect(reader.check({ ...row, extra: undefined }).ok).toBe(true);
	});

	it('is not fooled by a caller that changed a returned record', () => {
		const reader = new StoredRecordReader('water');
		const row = water('2026-11-24', 250);
		const checked = reader.check(row);
		if (!checked.ok) throw new Error('expected valid');
		(checked.value as { ml: unknown }).ml = null;
		expect(reader.check({ ...row, ml: null }).ok).toBe(false);
	});

	it('splits rows in order', () => {
		const reader = new StoredRecordReader('water');
		const a = water('2026-11-24', 250);
		const b = { ...water('2026-11-24', 250), ml: null };
		const c = water('2026-11-25', 500);
		const { valid, unreadable } = reader.split([a, b, c]);
		expect(valid).toEqual([a, c]);
		expect(unreadable.map((u) => u.id)).toEqual([b.id]);
	});
});

describe('plain problems', () => {
	it.each([
		[[{ path: 'ml', message: 'Amount must be a number' }], ['Amount must be a number']],
		[[{ path: 'signs', message: 'Required' }], ['Warning signs: missing']],
		[[{ path: 'mg', message: 'Must be a set of fields' }], ['Minerals: not readable']],
		[[{ path: 'triggers', message: 'Must be a list' }], ['Triggers: must be a list']],
		[[{ path: '', message: 'Must be a set of fields' }], ['Not a record the app knows']],
		[
			[
				{ path: 'signs.weakness', message: 'Must be yes or no' },
				{ path: 'signs.numbness', message: 'Must be yes or no' }
			],
			['Warning signs: must be yes or no']
		]
	])('%j reads %j', (issues, lines) => {
		expect(plainProblems(issues)).toEqual(lines);
	});

	it('keeps at most three and counts the rest', () => {
		const issues = ['id', 'at', 'day', 'ml', 'updatedAt'].map((path) => ({ path, message: 'Required' }));
		expect(plainProblems(issues)).toEqual(['Id: missing', 'Time: missing', 'Day: missing', 'and 2 more']);
	});

	it('reads a non-object as an unreadable record without an id', () => {
		const checked = checkStoredRecord('water', null);
		expect(checked.ok).toBe(false);
		if (!checked.ok) expect(checked.unreadable).toMatchObject({ kind: 'water', day: null, time: null });
	});
});
