// A new, empty database per test (fake-indexeddb in unit tests), so tests never share records.
import { createDataLayer, SpasmLogDatabase, type DataLayer } from '$lib/db';

/** Opens a data layer over a database with a fresh random name. */
export async function openFreshDataLayer(name = `test-${crypto.randomUUID()}`): Promise<DataLayer> {
	const data = createDataLayer(new SpasmLogDatabase(name));
	await data.db.open();
	return data;
}

/** Closes and deletes what `openFreshDataLayer` opened. */
export async function discardDataLayer(data: DataLayer): Promise<void> {
	data.db.close();
	await data.db.delete();
}
