import type Dexie from 'dexie';

/**
 * For tests: while `state.full` is true every write fails at IndexedDB's level, inside the real
 * transaction, with the QuotaExceededError a full disk gives. Reads keep working. Call before
 * the database opens.
 */
export function simulateFullDisk(db: Dexie, state: { full: boolean }): void {
	db.use({
		stack: 'dbcore',
		name: 'full-disk-simulator',
		create: (down) => ({
			...down,
			table: (name) => {
				const table = down.table(name);
				return {
					...table,
					mutate: (request) =>
						state.full
							? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
							: table.mutate(request)
				};
			}
		})
	});
}
