import { afterEach, describe, expect, it } from 'vitest';
import { validateRecord, type RecordKind } from '$lib/domain';
import { SpasmLogDatabase } from '../database';
import { LATEST_VERSION, MIGRATIONS } from './index';
import v1 from './fixtures/v1.json';

interface Fixture {
	version: number;
	tables: Record<string, Record<string, unknown>[]>;
}

const fixtures: Fixture[] = [v1];
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
				expect([...stored].sort(sortBy), table).toEqual([...rows].sort(sortBy));
			}
		});

		it(`version ${fixture.version} fixture records are valid domain records`, () => {
			for (const kind of ['episodes', 'water', 'foods', 'stretches', 'exercise'] as RecordKind[]) {
				for (const row of fixture.tables[kind] ?? []) {
					const result = validateRecord(kind, row);
					expect(result.ok ? 'valid' : result.error.message, `${kind} ${String(row.id)}`).toBe('valid');
				}
			}
		});
	}
});
