import { addDays } from '$lib/domain/time';
import {
	RECORD_KINDS,
	emptyLogs,
	type Day,
	type LogRecords,
	type Logs,
	type RecordKind
} from '$lib/domain/types';
import type { DataLayer } from '$lib/db';
import type { UnreadableRecord } from '$lib/domain/stored-records';
import { recordTime } from '$lib/domain/record-time';
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

const EMPTY: Logs = emptyLogs();

export interface HistoryOptions {
	/** When it returns ids, only those entries are shown, whatever their day (e.g. a doctor check's evidence). */
	ids?: () => readonly string[] | null;
}

/** More ids than this in a link is not a list a person asked to see. */
const MAX_IDS = 500;

/** Ids from a `?ids=a,b` query value: trimmed, deduplicated, empty parts dropped. */
export function parseIdList(value: string | null): string[] | null {
	if (value === null) return null;
	const parts = value.split(',').map((id) => id.trim());
	const ids = parts.filter((id, i) => id && parts.indexOf(id) === i);
	return ids.length ? ids.slice(0, MAX_IDS) : null;
}

interface ById {
	/** Which ids the result is for, so a stale result is never shown as the answer to a new list. */
	key: string;
	logs: Logs;
}

async function logsById(data: DataLayer, ids: readonly string[] | null): Promise<ById> {
	if (!ids) return { key: '', logs: EMPTY };
	const found = await Promise.all(
		RECORD_KINDS.map(async (kind) => {
			const records = await Promise.all(ids.map((id) => data.records[kind].get(id)));
			return [kind, records.filter((r) => r !== undefined)] as const;
		})
	);
	return { key: ids.join(','), logs: Object.fromEntries(found) as unknown as Logs };
}

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
	#ids: () => readonly string[] | null;
	#byId: LiveQuery<ById, readonly string[] | null>;
	#unreadable: LiveQuery<UnreadableRecord[]>;

	readonly from: Day;

	readonly days: HistoryDay[] = $derived.by(() => {
		const byDay: Record<Day, HistoryEntry[]> = {};
		for (const kind of this.#kinds) {
			for (const record of this.#source[kind]) {
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

	constructor(data: DataLayer, clock: Clock, options: HistoryOptions = {}) {
		this.#clock = clock;
		this.#data = data;
		this.#ids = options.ids ?? (() => null);
		this.#byId = new LiveQuery(
			(ids) => logsById(data, ids),
			{ key: '', logs: EMPTY },
			() => this.#ids()
		);
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
		this.#unreadable = new LiveQuery(() => data.unreadable(), []);
	}

	/** Stored records that failed validation: left out of the days above, listed so they can be deleted. */
	get unreadable(): readonly UnreadableRecord[] {
		return this.#unreadable.current;
	}

	get #source(): Logs {
		return this.#ids() ? this.#byId.current.logs : this.#logs.current;
	}

	get loaded(): boolean {
		const ids = this.#ids();
		// The days shown and whether there are earlier ones are known together: the list said "no
		// entries in the days shown" for a moment before it knew the log was empty.
		if (!ids) return this.#logs.loaded && this.#firstDay.loaded;
		return this.#byId.loaded && this.#byId.current.key === ids.join(',');
	}

	/** The ids asked for, when showing only chosen entries; null when showing days. */
	get onlyIds(): readonly string[] | null {
		return this.#ids();
	}

	/** How many of the asked-for entries still exist, whatever the kind filter. */
	get foundCount(): number {
		const found = this.#byId.current.logs;
		return RECORD_KINDS.reduce((sum, kind) => sum + found[kind].length, 0);
	}

	get kinds(): readonly RecordKind[] {
		return this.#kinds;
	}

	/** True while older records exist beyond the loaded range. */
	get hasEarlier(): boolean {
		const first = this.#firstDay.current;
		if (this.#ids()) return false;
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

	toggleKind(kind: RecordKind): void {
		this.#kinds = this.#kinds.includes(kind) ? this.#kinds.filter((k) => k !== kind) : [...this.#kinds, kind];
	}
}

/** One line of a day in History: an entry, or a day's drinks summed up in one row. */
export type HistoryRow =
	| { type: 'entry'; entry: HistoryEntry }
	| { type: 'drinks'; entries: Extract<HistoryEntry, { kind: 'water' }>[]; totalMl: number };

/**
 * A day's rows: two or more drinks become one summary row (five "Water — 500 ml" cards a day
 * cluttered the list), standing where the day's latest drink stood. Everything else stays as is.
 */
export function dayRows(entries: readonly HistoryEntry[]): HistoryRow[] {
	const drinks = entries.filter((e): e is Extract<HistoryEntry, { kind: 'water' }> => e.kind === 'water');
	if (drinks.length < 2) return entries.map((entry) => ({ type: 'entry', entry }));
	const rows: HistoryRow[] = [];
	let placed = false;
	for (const entry of entries) {
		if (entry.kind !== 'water') rows.push({ type: 'entry', entry });
		else if (!placed) {
			placed = true;
			rows.push({
				type: 'drinks',
				entries: drinks,
				totalMl: drinks.reduce((sum, d) => sum + d.record.ml, 0)
			});
		}
	}
	return rows;
}
