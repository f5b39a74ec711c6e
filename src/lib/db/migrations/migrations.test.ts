import { afterEach, describe, expect, it } from 'vitest';
import { validateRecord, type RecordKind } from '$lib/domain';
import { SpasmLogDatabase } from '../database';
import { LATEST_VERSION, MIGRATIONS } from './index';
import v1 from './fixtures/v1.json';
import v2 from './fixtures/v2.json';

interface Fixture {
	version: number;
	tables: Record<string, Record<string, unknown>[]>;
}

type Row = Record<string, unknown>;

/**
 * What each upgrade deliberately rewrites, applied to a fixture row of the version before it; every
 * other field must come through unchanged.
 */
const REWRITES: Record<number, (table: string, row: Row) => Row> = {
	// v2: records other than episodes gain updatedAt, filled from the moment they happened.
	2: (table, row) =>
		['water', 'foods', 'stretches', 'exercise'].includes(table) && row.updatedAt === undefined
			? { ...row, updatedAt: row.at }
			: row
};

function expectedAtLatest(fixture: Fixture, table: string, row: Row): Row {
	let out = row;
	for (const m of MIGRATIONS) if (m.version > fixture.version) out = REWRITES[m.version]?.(table, out) ?? out;
	return out;
}

const fixtures: Fixture[] = [v1, v2];
const opened: SpasmLogDatabase[] = [];

afterEach(async () => {
	for (const db of opened.splice(0)) {
		db.close();
		await db.delete();
	}
});

/** Writes a fixture with the schema as it was at the fixture's version, then closes it. */
async function writeFixture(name: string, fixture: Fixture): Promise<void> {
	const old = new SpasmLogDatabase(
		name,
		MIGRATIONS.filter((m) => m.version <= fixture.version)
	);
	await old.open();
	expect(old.verno).toBe(fixture.version);
	for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
	old.close();
}

describe('schema migrations', () => {
	it('has strictly increasing versions', () => {
		const versions = MIGRATIONS.map((m) => m.version);
		expect(versions).toEqual([...versions].sort((a, b) => a - b).filter((v, i, a) => a.indexOf(v) === i));
	});

	it('has a fixture for every version before the latest, and for the first one', () => {
		const needed = MIGRATIONS.filter((m) => m.version < LATEST_VERSION || m.version === 1).map(
			(m) => m.version
		);
		expect(fixtures.map((f) => f.version)).toEqual(expect.arrayContaining(needed));
	});

	for (const fixture of fixtures) {
		it(`opens a version ${fixture.version} database at version ${LATEST_VERSION} with every record intact`, async () => {
			const name = `migration-v${fixture.version}-${crypto.randomUUID()}`;
			await writeFixture(name, fixture);

			const db = new SpasmLogDatabase(name);
			opened.push(db);
			await db.open();
			expect(db.verno).toBe(LATEST_VERSION);
			for (const [table, rows] of Object.entries(fixture.tables)) {
				const stored = await db.table(table).toArray();
				const key = table === 'kv' ? 'key' : 'id';
				const sortBy = (a: Record<string, unknown>, b: Record<string, unknown>) =>
					String(a[key]).localeCompare(String(b[key]));
				const expected = rows.map((row) => expectedAtLatest(fixture, table, row));
				expect([...stored].sort(sortBy), table).toEqual(expected.sort(sortBy));
				for (const row of stored) {
					if (!['episodes', 'water', 'foods', 'stretches', 'exercise', 'medications'].includes(table))
						continue;
					const result = validateRecord(table as RecordKind, row);
					expect(result.ok ? 'valid' : result.error.message, `${table} ${String(row.id)}`).toBe('valid');
				}
			}
		});
	}
});
