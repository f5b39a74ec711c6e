import type { SpasmLogDatabase } from './database';

/**
 * Calls `listener` when another tab opens the database with a newer schema (a newer app version).
 * This connection closes at once so the other tab's upgrade is not blocked, and stays closed:
 * Dexie would otherwise reopen it with this tab's older schema on the next query and fail. The
 * page is left as it is, with whatever the person was typing; the app asks them to reload.
 */
export function onUpgradedElsewhere(db: SpasmLogDatabase, listener: () => void): () => void {
	const handler = () => {
		db.close({ disableAutoOpen: true });
		listener();
		// Dexie runs handlers newest first; `false` skips its default, which closes and reopens.
		return false;
	};
	db.on('versionchange', handler);
	return () => db.on('versionchange').unsubscribe(handler);
}
