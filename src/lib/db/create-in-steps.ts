import type { Table } from 'dexie';

/** An object store as IndexedDB is asked to create it. */
export interface StoreShape {
	name: string;
	keyPath: string | string[] | null;
	autoIncrement: boolean;
	indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
}

/** The stores Dexie would create for these tables, read from Dexie's own parsed schema. */
export function storeShapes(tables: readonly Table[]): StoreShape[] {
	return tables.map(({ schema }) => ({
		name: schema.name,
		keyPath: schema.primKey.keyPath ?? null,
		autoIncrement: !!schema.primKey.auto,
		indexes: schema.indexes.map((index) => ({
			name: index.name,
			keyPath: index.keyPath as string | string[],
			unique: !!index.unique,
			multiEntry: !!index.multi
		}))
	}));
}

/**
 * Creates a database that does not exist yet, one object store per task.
 *
 * Dexie creates every store and index of a new database in one task: on a first visit that was
 * the longest task after the first render (24–31 ms of CPU in the bench's traces, four times that
 * on Lighthouse's throttled phone), when a person may already be tapping. Here each store is made
 * in a task of its own: a request on the store keeps the upgrade transaction alive into the next
 * task. Dexie then opens a database at the version it expects and has nothing to create.
 *
 * Exactly what Dexie's own `createTable` does, store by store (a unit test compares the two). A
 * database that already exists (another tab was quicker) is left alone: the upgrade is aborted
 * before it touches anything. Resolves `true` once created and closed, `false` if it did nothing
 * or failed; either way Dexie's `open` follows and handles whatever is there.
 */
export function createInSteps(
	factory: IDBFactory,
	name: string,
	version: number,
	stores: readonly StoreShape[]
): Promise<boolean> {
	return new Promise((resolve) => {
		let request: IDBOpenDBRequest;
		try {
			request = factory.open(name, version);
		} catch {
			resolve(false);
			return;
		}
		let created = false;
		request.onupgradeneeded = (event) => {
			const db = request.result;
			const upgrade = request.transaction!;
			if (event.oldVersion !== 0) {
				upgrade.abort();
				return;
			}
			let next = 0;
			const step = () => {
				if (next === stores.length) {
					created = true;
					return;
				}
				const shape = stores[next++]!;
				try {
					const store = db.createObjectStore(
						shape.name,
						shape.keyPath
							? { keyPath: shape.keyPath, autoIncrement: shape.autoIncrement }
							: { autoIncrement: shape.autoIncrement }
					);
					for (const index of shape.indexes)
						store.createIndex(index.name, index.keyPath, {
							unique: index.unique,
							multiEntry: index.multiEntry
						});
					store.count().onsuccess = step;
				} catch {
					upgrade.abort();
				}
			};
			step();
		};
		request.onsuccess = () => {
			request.result.close();
			resolve(created);
		};
		request.onerror = (event) => {
			// An aborted upgrade is an expected outcome here, not an error for the page.
			event.preventDefault();
			resolve(false);
		};
	});
}
