import { loadDataModule, loadedDataModule } from './data-loader';

type DataModule = typeof import('$lib/db');

/** One live query's part in a batch: what it reads and where its result goes. */
export interface BatchMember {
	run(): Promise<unknown> | unknown;
	next(value: unknown): void;
	error(error: unknown): void;
}

type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Live queries that start together and read together: the queries behind the app's standing state
 * (Today's totals, the usual choice, the running timer, foods, check-ins, red flags, settings).
 * Each on its own made its own Dexie subscription and one transaction per store it read: Today's
 * first screen opened about a hundred transactions, and their bookkeeping, not the small reads, was
 * most of the data layer's main-thread time after the first render.
 *
 * Here they are one Dexie `liveQuery` whose reads share one read-only transaction (`readTogether`).
 * A write that touches anything any member read re-runs them all; they are small (a day, a few
 * weeks, a few preferences) and the re-run is one transaction too. Members that join or leave in
 * the same task (a screen's queries start in one effect flush) cause one re-subscription.
 *
 * A member's error (a rejected or throwing query) goes to that member only.
 */
export class QueryBatch {
	readonly #readTogether: (body: () => Promise<Settled[]>) => Promise<Settled[]>;
	readonly #members = new Set<BatchMember>();
	#scheduled = false;
	#generation = 0;
	#subscription: { unsubscribe(): void } | undefined;

	readonly #opened: () => Promise<void>;

	/**
	 * `readTogether` is the data layer's; it is read when the batch subscribes, not before.
	 * `opened` (the data layer's too) is awaited before the first subscription.
	 */
	constructor(
		readTogether: <T>(body: () => Promise<T>) => Promise<T>,
		opened: () => Promise<void> = () => Promise.resolve()
	) {
		this.#readTogether = readTogether;
		this.#opened = opened;
	}

	/** Adds a member; the returned function removes it. */
	join(member: BatchMember): () => void {
		this.#members.add(member);
		this.#schedule();
		return () => {
			if (this.#members.delete(member)) this.#schedule();
		};
	}

	#schedule(): void {
		if (this.#scheduled) return;
		this.#scheduled = true;
		queueMicrotask(() => {
			this.#scheduled = false;
			this.#resubscribe();
		});
	}

	#resubscribe(): void {
		this.#subscription?.unsubscribe();
		this.#subscription = undefined;
		const generation = ++this.#generation;
		const members = [...this.#members];
		if (members.length === 0) return;
		const subscribe = ({ liveQuery }: Pick<DataModule, 'liveQuery'>) => {
			if (generation !== this.#generation) return;
			this.#subscription = liveQuery(() =>
				this.#readTogether(() => Promise.all(members.map(settle)))
			).subscribe({
				next: (results) => results.forEach((result, i) => deliver(members[i]!, result)),
				error: (error: unknown) => members.forEach((member) => member.error(error))
			});
		};
		const module = loadedDataModule();
		if (module) subscribe(module);
		else
			// Each batch waiting for the data layer starts its reads once the database is open, in a
			// task of its own: the batches' first reads (Dexie's read path runs cold the first time)
			// all started in the task that opened the database, one long task.
			loadDataModule()
				.then(async (loaded) => {
					await this.#opened();
					await new Promise((resolve) => setTimeout(resolve));
					return loaded;
				})
				.then(subscribe, (error: unknown) => {
					if (generation === this.#generation) members.forEach((member) => member.error(error));
				});
	}
}

/** Runs one member's query without letting its failure fail the others (or their transaction). */
function settle(member: BatchMember): Promise<Settled> {
	try {
		return Promise.resolve(member.run()).then(
			(value): Settled => ({ ok: true, value }),
			(error: unknown): Settled => ({ ok: false, error })
		);
	} catch (error) {
		return Promise.resolve({ ok: false, error });
	}
}

function deliver(member: BatchMember, result: Settled): void {
	if (result.ok) member.next(result.value);
	else member.error(result.error);
}
