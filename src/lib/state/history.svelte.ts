import { RECORD_KINDS, addDays, type Day, type LogRecords, type Logs, type RecordKind } from '$lib/domain';
import { recordTime, type DataLayer } from '$lib/db';
import type { Clock } from './clock.svelte';
import { LiveQuery } from './live-query.svelte';

export type HistoryEntry = {
	[K in RecordKind]: { kind: K; record: LogRecords[K]; time: string };
}[RecordKind];

export interface HistoryDay {
	day: Day;
	entries: HistoryEntry[];
}

/** Days per page: long histories load a window at a time, never everything. */
export const HISTORY_PAGE_DAYS = 14;

const EMPTY: Logs = { episodes: [], water: [], foods: [], stretches: [], exercise: [] };

/**
 * History, newest day first, loaded by day range. "Show earlier" widens the range by a page; the
 * filter narrows the kinds shown without reloading.
 */
export class HistoryState {
	readonly #clock: Clock;
	readonly #data: DataLayer;
	#pages = $state(1);
	/** Set when "Show earlier" jumps over a gap to the next older day with records. */
	#jumpTo = $state<Day | null>(null);
	#kinds = $state<RecordKind[]>([...RECORD_KINDS]);
	#logs: LiveQuery<Logs, { from: Day; to: Day }>;
	#firstDay: LiveQuery<Day | null>;

	readonly from: Day;

	readonly days: HistoryDay[] = $derived.by(() => {
		const byDay: Record<Day, HistoryEntry[]> = {};
		for (const kind of this.#kinds) {
			for (const record of this.#logs.current[kind]) {
				const entry = { kind, record, time: recordTime(record) } as HistoryEntry;
				(byDay[record.day] ??= []).push(entry);
			}
		}
		return Object.entries(byDay)
			.sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
			.map(([day, entries]) => ({
				day,
				entries: entries.sort((a, b) => Date.parse(b.time) - Date.parse(a.time))
			}));
	});

	constructor(data: DataLayer, clock: Clock) {
		this.#clock = clock;
		this.#data = data;
		this.from = $derived.by(() => {
			const paged = addDays(clock.today, -(HISTORY_PAGE_DAYS * this.#pages) + 1);
			return this.#jumpTo && this.#jumpTo < paged ? this.#jumpTo : paged;
		});
		// Future-dated entries (a clock set wrong) stay visible: the range runs a year ahead.
		this.#logs = new LiveQuery(
			({ from, to }) => data.logsInRange(from, to),
			EMPTY,
			() => ({ from: this.from, to: addDays(this.#clock.today, 366) })
		);
		this.#firstDay = new LiveQuery(async () => (await data.firstDay()) ?? null, null);
	}

	get loaded(): boolean {
		return this.#logs.loaded;
	}

	get kinds(): readonly RecordKind[] {
		return this.#kinds;
	}

	/** True while older records exist beyond the loaded range. */
	get hasEarlier(): boolean {
		const first = this.#firstDay.current;
		return first !== null && first < this.from;
	}

	get isEmpty(): boolean {
		return this.#firstDay.loaded && this.#firstDay.current === null;
	}

	/** Loads the next page of days; a long gap with no records is skipped in one step. */
	async showEarlier(): Promise<void> {
		const from = this.from;
		const older = await this.#data.lastDayBefore(from);
		this.#pages += 1;
		const paged = addDays(this.#clock.today, -(HISTORY_PAGE_DAYS * this.#pages) + 1);
		if (older && older < paged) this.#jumpTo = addDays(older, -(HISTORY_PAGE_DAYS - 1));
	}

	setKinds(kinds: RecordKind[]): void {
		this.#kinds = kinds;
	}

	toggleKind(kind: RecordKind): void {
		this.#kinds = this.#kinds.includes(kind) ? this.#kinds.filter((k) => k !== kind) : [...this.#kinds, kind];
	}
}
