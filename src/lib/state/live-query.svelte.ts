/**
 * What a live query may show before a write is durable, and why the app never acts on it.
 *
 * Dexie 4's `liveQuery` applies "optimistic updates": a write made OUTSIDE an explicit
 * transaction (a bare `table.add/put/delete`) is merged into the results of matching live queries
 * as soon as it is requested, before IndexedDB commits it. A screen subscribed here would then
 * show the new total (measured: "330 ml" 19 ms before the commit) and a reload or killed browser
 * at that instant lost the entry. Writes inside an explicit `rw` transaction are not applied
 * optimistically: a live query sees them only after the transaction committed.
 *
 * So in this app:
 * - every write goes through the data layer (`RecordRepository` and the repositories beside it),
 *   and each runs inside `SpasmLogDatabase.write` (an explicit `db.transaction('rw', …)`, wrapped
 *   by `guardWrite`); see the comment on `RecordRepository.#write` in
 *   src/lib/db/record-repository.ts. The one write outside Dexie, the pending-edits journal
 *   (`SpasmLogDatabase.journal`), goes to a table no live query reads: an edit journalled in the
 *   task that made it survives a tab closed before the edit's own write, and is folded into its
 *   record when the database next opens (src/lib/db/pending-edits.ts);
 * - "saved" wording, snackbars, totals a person is told about and closing a form happen only after
 *   the write's promise resolved, i.e. after the commit; what a LiveQuery shows is for reading,
 *   never the signal that something was saved;
 * - what it shows is also only what reads validly: the repositories set aside stored records that
 *   fail validation (see `DataLayer.unreadable`).
 */
import { untrack } from 'svelte';
import { loadDataModule, loadedDataModule } from './data-loader';
import type { QueryBatch } from './query-batch';

let collecting: QueryBatch | undefined;

/**
 * Makes the live queries created inside `make` share `batch` (one Dexie subscription, one read
 * transaction; see query-batch.ts). The root layout wraps the app's standing state in it.
 */
export function batchQueries<T>(batch: QueryBatch, make: () => T): T {
	const outer = collecting;
	collecting = batch;
	try {
		return make();
	} finally {
		collecting = outer;
	}
}

/**
 * The latest result of a database query, kept current by Dexie's liveQuery: a write in this tab
 * or in any other open tab re-runs the query. Must be created while a component (or an
 * `$effect.root`) is initialising; the subscription ends with it.
 *
 * `inputs` is read in a tracked scope, so when a `$state` it reads changes (a day range, say) the
 * query re-subscribes with the new inputs. The query itself runs untracked.
 *
 * Dexie is not on the first render's path: the subscription starts once the data layer's code has
 * loaded (at once when it already has), so `query` always meets a loaded data layer.
 *
 * Created inside `batchQueries`, it joins that batch instead of subscribing on its own; then
 * `query` runs inside a shared read transaction and must start its reads before awaiting anything
 * else (awaiting its own reads is fine).
 */
export class LiveQuery<T, I = void> {
	#current = $state.raw<T>() as T;
	#loaded = $state(false);
	#error = $state.raw<unknown>(undefined);

	constructor(query: (inputs: I) => Promise<T> | T, initial: T, inputs: () => I = () => undefined as I) {
		this.#current = initial;
		const batch = collecting;
		$effect(() => {
			const args = inputs();
			if (batch)
				return batch.join({
					run: () => query(args),
					next: (value) => {
						this.#current = value as T;
						this.#error = undefined;
						this.#loaded = true;
					},
					error: (error: unknown) => {
						this.#error = error;
						this.#loaded = true;
					}
				});
			let subscription: { unsubscribe(): void } | undefined;
			let stopped = false;
			const subscribe = ({ liveQuery }: { liveQuery: typeof import('dexie').liveQuery }) => {
				if (stopped) return;
				subscription = untrack(() =>
					liveQuery(() => {
						// A query that throws synchronously reports like one that rejects.
						try {
							return query(args);
						} catch (error) {
							return Promise.reject(error);
						}
					}).subscribe({
						next: (value) => {
							this.#current = value;
							this.#error = undefined;
							this.#loaded = true;
						},
						error: (error: unknown) => {
							this.#error = error;
							this.#loaded = true;
						}
					})
				);
			};
			const module = loadedDataModule();
			if (module) subscribe(module);
			else
				loadDataModule().then(subscribe, (error: unknown) => {
					this.#error = error;
					this.#loaded = true;
				});
			return () => {
				stopped = true;
				subscription?.unsubscribe();
			};
		});
	}

	get current(): T {
		return this.#current;
	}

	/** False until the first result arrives, so screens can tell "loading" from "empty". */
	get loaded(): boolean {
		return this.#loaded;
	}

	get error(): unknown {
		return this.#error;
	}
}
