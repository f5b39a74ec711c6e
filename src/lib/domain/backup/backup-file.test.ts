import { describe, expect, it } from 'vitest';
import { sampleBackupData } from '$test-support/backup-factories';
import {
	BackupError,
	MAX_BACKUP_RECORDS,
	buildBackupFile,
	readBackupText,
	upgradeBackup,
	type BackupErrorCode
} from './backup-file';
import v1Fixture from './fixtures/v1.json';

const meta = { appVersion: '0.1.0', schemaVersion: 2, exportedAt: '2026-12-01T10:00:00.000+01:00' };
const fileText = (mutate: (doc: Record<string, unknown>) => void = () => {}) => {
	const doc = JSON.parse(JSON.stringify(buildBackupFile(sampleBackupData(), meta)));
	mutate(doc);
	return JSON.stringify(doc);
};

function refused(text: string): BackupErrorCode {
	try {
		readBackupText(text);
	} catch (error) {
		if (error instanceof BackupError) return error.code;
		throw error;
	}
	throw new Error('was not refused');
}

describe('backup file', () => {
	it('reads back exactly what was written, every kind, settings, preferences and tombstones', () => {
		const data = sampleBackupData();
		const read = readBackupText(JSON.stringify(buildBackupFile(data, meta)));
		expect(read.data).toEqual(data);
		expect(read.invalid).toEqual([]);
		expect(read.meta).toEqual({ formatVersion: 1, ...meta });
	});

	it('counts every table and the tombstones', () => {
		const file = buildBackupFile(sampleBackupData(), meta);
		expect(file.counts).toEqual({
			episodes: 1,
			water: 1,
			foods: 1,
			stretches: 1,
			exercise: 1,
			customFoods: 1,
			medications: 0,
			medicationItems: 0,
			checkins: 0,
			deletions: 1
		});
	});

	it('reads the version 1 fixture', () => {
		const read = readBackupText(JSON.stringify(v1Fixture));
		expect(read.invalid).toEqual([]);
		expect(read.data.tables.episodes).toHaveLength(1);
		expect(read.data.deletions).toHaveLength(1);
	});

	it('fills updatedAt for records written before schema 2', () => {
		const text = fileText((doc) => {
			doc.schemaVersion = 1;
			const water = (doc.data as { water: Record<string, unknown>[] }).water[0]!;
			delete water.updatedAt;
		});
		const read = readBackupText(text);
		const water = read.data.tables.water[0]!;
		expect(water.updatedAt).toBe(water.at);
	});
});

describe('format upgrades', () => {
	const chain = {
		1: (doc: Record<string, unknown>) => ({ ...doc, formatVersion: 2, note: 'from 1' }),
		2: (doc: Record<string, unknown>) => ({ ...doc, formatVersion: 3, note2: 'from 2' })
	};

	it('runs every step from the file version to the current one, in order', () => {
		expect(upgradeBackup({ formatVersion: 1 }, chain, 3)).toEqual({
			formatVersion: 3,
			note: 'from 1',
			note2: 'from 2'
		});
		expect(upgradeBackup({ formatVersion: 2 }, chain, 3)).toEqual({ formatVersion: 3, note2: 'from 2' });
	});

	it('leaves a current file as it is', () => {
		const doc = { formatVersion: 3 };
		expect(upgradeBackup(doc, chain, 3)).toBe(doc);
	});

	it('refuses a newer version', () => {
		expect(() => upgradeBackup({ formatVersion: 4 }, chain, 3)).toThrow(/newer version/);
	});
});

describe('hostile files change nothing and say why', () => {
	const cases: [string, () => string, BackupErrorCode][] = [
		['empty', () => '', 'empty'],
		['only whitespace', () => '  \n', 'empty'],
		['not JSON', () => 'hello, this is a text file', 'not-json'],
		['truncated', () => fileText().slice(0, 200), 'not-json'],
		['a different app’s JSON', () => JSON.stringify({ habits: [], version: 3 }), 'not-a-backup'],
		['a JSON array', () => '[1,2,3]', 'not-a-backup'],
		['JSON null', () => 'null', 'not-a-backup'],
		['a newer format version', () => fileText((d) => (d.formatVersion = 2)), 'newer-version'],
		['a format version that is not a number', () => fileText((d) => (d.formatVersion = '1')), 'damaged'],
		['no data section', () => fileText((d) => delete d.data), 'damaged'],
		[
			'a table that is not a list',
			() => fileText((d) => ((d.data as Record<string, unknown>).water = { a: 1 })),
			'damaged'
		],
		[
			'too many records',
			() =>
				JSON.stringify({
					format: 'spasm-log-backup',
					formatVersion: 1,
					data: { water: new Array(MAX_BACKUP_RECORDS + 100_001).fill(0) }
				}),
			'too-many-records'
		],
		['larger than the cap', () => ' '.repeat(50 * 1024 * 1024 + 1) + '{}', 'too-large'],
		[
			'encrypted, read without a passphrase',
			() => JSON.stringify({ format: 'spasm-log-backup-encrypted' }),
			'needs-passphrase'
		]
	];
	it.each(cases)('%s', (_name, text, code) => {
		expect(refused(text())).toBe(code);
	});

	it('lists records of the wrong types with their field messages, and keeps the valid ones', () => {
		const read = readBackupText(
			fileText((d) => {
				const data = d.data as Record<string, Record<string, unknown>[]>;
				data.water!.push({ ...data.water![0], id: '11111111-1111-4111-8111-111111111111', ml: '250' });
				data.episodes![0]!.intensity = 11;
			})
		);
		expect(read.data.tables.water).toHaveLength(1);
		expect(read.data.tables.episodes).toHaveLength(0);
		expect(read.invalid).toEqual([
			{
				table: 'episodes',
				index: 0,
				id: expect.any(String),
				issues: [{ path: 'intensity', message: 'Intensity must be at most 10' }]
			},
			{
				table: 'water',
				index: 1,
				id: '11111111-1111-4111-8111-111111111111',
				issues: [{ path: 'ml', message: 'Amount must be a number' }]
			}
		]);
	});

	it('rejects a second record with the same id', () => {
		const read = readBackupText(
			fileText((d) => {
				const data = d.data as Record<string, Record<string, unknown>[]>;
				data.water!.push({ ...data.water![0], ml: 999 });
			})
		);
		expect(read.data.tables.water).toHaveLength(1);
		expect(read.data.tables.water[0]!.ml).toBe(250);
		expect(read.invalid[0]!.issues[0]!.message).toBe('The same id appears twice in this file');
	});

	it('refuses a 10 MB string without quoting it back', () => {
		const huge = 'x'.repeat(10 * 1024 * 1024);
		const read = readBackupText(
			fileText((d) => {
				const data = d.data as Record<string, Record<string, unknown>[]>;
				data.episodes![0]!.notes = huge;
				data.water![0]!.id = huge;
			})
		);
		expect(read.data.tables.episodes).toHaveLength(0);
		expect(read.data.tables.water).toHaveLength(0);
		expect(JSON.stringify(read.invalid).length).toBeLessThan(1000);
	});

	it('never lets __proto__ or constructor keys reach an object’s prototype', () => {
		const text = fileText()
			.replace(
				'"data":{',
				'"__proto__":{"polluted":1},"data":{"__proto__":{"polluted":2},"constructor":{"prototype":{"polluted":3}},'
			)
			.replace('"preferences":{', '"preferences":{"__proto__":{"polluted":4},"constructor":5,');
		const read = readBackupText(text);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getPrototypeOf(read.data.preferences)).toBe(Object.prototype);
		expect(Object.keys(read.data.preferences)).toEqual(['pref:favouriteFoods']);
		expect(read.unknownTables).toEqual(['__proto__', 'constructor']);
		const withProtoInRecord = fileText().replace('"ml":250', '"ml":250,"__proto__":{"polluted":5}');
		const record = readBackupText(withProtoInRecord).data.tables.water[0]!;
		expect((record as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('reads 40,000 records', () => {
		const doc = JSON.parse(fileText());
		const water = doc.data.water[0];
		doc.data.water = Array.from({ length: 40_000 }, (_, i) => ({
			...water,
			id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`
		}));
		const progress: number[] = [];
		const read = readBackupText(JSON.stringify(doc), { onProgress: (done) => progress.push(done) });
		expect(read.data.tables.water).toHaveLength(40_000);
		expect(progress.at(-1)).toBe(40_006);
	}, 120_000);
});
