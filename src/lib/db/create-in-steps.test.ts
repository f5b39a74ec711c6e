import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_NAME, SpasmLogDatabase } from './database';
import { createInSteps, storeShapes } from './create-in-steps';
import { MIGRATIONS } from './migrations';

const names: string[] = [];
afterEach(async () => {
	for (const name of names.splice(0)) await Dexie.delete(name);
});

function unique(label: string): string {
	const name = `${label}-${crypto.randomUUID()}`;
	names.push(name);
	return name;
}

/** Everything IndexedDB knows about a database's shape, read without Dexie. */
async function shapeOf(name: string) {
	const db = await new Promise<IDBDatabase>((resolve, reject) => {
		const request = indexedDB.open(name);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	const storeNames = [...db.objectStoreNames].sort();
	const stores = storeNames.length ? db.transaction(storeNames, 'readonly') : undefined;
	const shape = {
		version: db.version,
		stores: storeNames.map((storeName) => {
			const store = stores!.objectStore(storeName);
			return {
				name: storeName,
				keyPath: store.keyPath,
				autoIncrement: store.autoIncrement,
				indexes: [...store.indexNames].sort().map((indexName) => {
					const index = store.index(indexName);
					return {
						name: indexName,
						keyPath: index.keyPath,
						unique: index.unique,
						multiEntry: index.multiEntry
					};
				})
			};
		})
	};
	db.close();
	return shape;
}

/** The database as Dexie alone creates it, in its one task. */
async function createdByDexie(name: string, migrations = MIGRATIONS) {
	const db = new Dexie(name);
	for (const m of migrations) db.version(m.version).stores(m.stores);
	await db.open();
	db.close();
	return shapeOf(name);
}

/** Runs createInSteps on `name` with the stores and version these migrations declare. */
function createStepwise(name: string, migrations = MIGRATIONS): Promise<boolean> {
	const schema = new SpasmLogDatabase(DATABASE_NAME, migrations);
	return createInSteps(indexedDB, name, Math.round(schema.verno * 10), storeShapes(schema.tables));
}

describe('createInSteps', () => {
	it('creates every store and index exactly as Dexie does, at the same version', async () => {
		const byDexie = await createdByDexie(unique('dexie'));
		const name = unique('steps');
		expect(await createStepwise(name)).toBe(true);
		const bySteps = await shapeOf(name);
		expect(bySteps.stores.length).toBeGreaterThan(5);
		expect(bySteps).toEqual(byDexie);
	});

	it('matches Dexie for every shipped version, not only the latest', async () => {
		for (let i = 1; i <= MIGRATIONS.length; i++) {
			const migrations = MIGRATIONS.slice(0, i);
			const byDexie = await createdByDexie(unique(`dexie-v${i}`), migrations);
			const name = unique(`steps-v${i}`);
			await createStepwise(name, migrations);
			expect(await shapeOf(name)).toEqual(byDexie);
		}
	});

	it('is what a first open goes through, and Dexie then opens it without patching anything', async () => {
		const name = unique('first-open');
		const db = new SpasmLogDatabase(name);
		await db.open();
		await db.kv.put({ key: 'probe', value: 1 });
		expect(await db.kv.get('probe')).toEqual({ key: 'probe', value: 1 });
		db.close();
		const byDexie = await createdByDexie(unique('dexie-reference'));
		expect(await shapeOf(name)).toEqual(byDexie);
	});

	it('leaves an older database alone (its migrations are Dexie’s job) and reports doing nothing', async () => {
		const name = unique('older');
		const old = new SpasmLogDatabase(name, MIGRATIONS.slice(0, 1));
		await old.open();
		await old.table('episodes').count();
		old.close();
		const before = await shapeOf(name);
		expect(await createStepwise(name)).toBe(false);
		expect(await shapeOf(name)).toEqual(before);
	});

	it('does nothing to a database that is already at the version asked for', async () => {
		const name = unique('current');
		const db = new SpasmLogDatabase(name);
		await db.open();
		await db.kv.put({ key: 'kept', value: true });
		db.close();
		expect(await createStepwise(name)).toBe(false);
		const reopened = new SpasmLogDatabase(name);
		expect(await reopened.kv.get('kept')).toEqual({ key: 'kept', value: true });
		reopened.close();
	});
});
