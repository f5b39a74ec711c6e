import type { Day, Logs } from '$lib/domain';
import {
	rangeStart,
	trendsReport,
	type Lag,
	type TrendRange,
	type Overlay,
	type TrendsReport
} from '$lib/domain/stats';
import type { DataLayer } from '$lib/db';
import type { Clock } from './clock.svelte';
import { LiveQuery } from './live-query.svelte';
import type { SettingsState } from './settings.svelte';
import { measureSince } from './timing';

/**
 * Logs as loaded, with what they were loaded for, so a report never mixes two ranges: those of
 * `range` up to `today`, or every record (`range` 'all') from which any range can be cut.
 */
interface Snapshot {
	range: TrendRange;
	today: Day;
	trackedStart: Day | null;
	logs: Logs;
}

export interface TrendsOptions {
	/**
	 * Load the whole history once the first range is on screen (when the browser is idle), so a
	 * later switch of range, "All time" included, only recomputes and never waits for a read.
	 * Default true.
	 */
	preload?: boolean;
}

/** The records of `logs` whose day is in [from, to]; each list keeps its order (by time, or by day). */
function sliceLogs(logs: Logs, from: Day, to: Day): Logs {
	const inRange = <T extends { day: Day }>(list: readonly T[]) =>
		list.filter((r) => r.day >= from && r.day <= to);
	return {
		episodes: inRange(logs.episodes),
		water: inRange(logs.water),
		foods: inRange(logs.foods),
		stretches: inRange(logs.stretches),
		exercise: inRange(logs.exercise),
		medications: inRange(logs.medications),
		...(logs.checkins ? { checkins: inRange(logs.checkins) } : {})
	};
}

function afterIdle(task: () => void): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(task, { timeout: 2000 });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(task, 200);
	return () => clearTimeout(id);
}

/**
 * The Trends screen: the chosen range's logs, kept current by a live query (a write in any tab
 * recomputes), and the report the charts, sentences and tables all read. Statistics live in
 * `$lib/domain/stats`; this class only chooses what to load and when to recompute.
 *
 * The first range on screen reads only its own days. Then, when the browser is idle, the live query
 * switches to the whole history: ten years are about 38,000 records and reading them takes longer
 * than computing and drawing the report, so reading them on the "All time" click made that click
 * wait twice as long. From then on a range switch cuts the range out of what is already loaded.
 *
 * Built by `AppState.createTrends(TrendsState)`: the Trends route imports this class, so it and the
 * statistics stay out of the JavaScript every other page loads.
 */
export class TrendsState {
	#range = $state<TrendRange>(30);
	#overlay = $state<Overlay>('water');
	#lag = $state<Lag>(0);
	/** True once the whole history is (being) loaded instead of the chosen range's days. */
	#everything = $state(false);
	readonly #clock: Pick<Clock, 'today'>;
	readonly #settings: SettingsState;
	#snapshot: LiveQuery<Snapshot | null, { range: TrendRange; today: Day }>;
	/** The range the report is for: the chosen one once the snapshot holds its days, else the snapshot's. */
	readonly #shown: TrendRange | null;

	/** Null until the first load (and the settings it depends on) arrive. */
	readonly report: TrendsReport | null;

	constructor(
		data: DataLayer,
		clock: Pick<Clock, 'today'>,
		settings: SettingsState,
		options: TrendsOptions = {}
	) {
		this.#clock = clock;
		this.#settings = settings;
		this.#snapshot = new LiveQuery(
			async ({ range, today }) => {
				const start = performance.now();
				const from = rangeStart(range, today);
				// The tracked start comes from the whole record: the range alone cannot tell an empty
				// first week of the range from a week before the person started logging.
				const [trackedStart, logs] = await Promise.all([
					data.firstDay(),
					from === null ? data.allLogs() : data.logsInRange(from, today)
				]);
				measureSince('trends:read', start, { range });
				return { range, today, trackedStart: trackedStart ?? null, logs };
			},
			null,
			// Once everything is loaded the range is not read here, so a switch never re-subscribes.
			() => ({
				range: this.#everything || this.#range === 'all' ? 'all' : this.#range,
				today: this.#clock.today
			})
		);
		if (options.preload ?? true) {
			$effect(() => {
				if (this.#everything || !this.#snapshot.loaded) return;
				return afterIdle(() => (this.#everything = true));
			});
		}
		this.#shown = $derived.by(() => {
			const snapshot = this.#snapshot.current;
			if (snapshot === null) return null;
			const range = this.#range;
			if (snapshot.today !== this.#clock.today) return snapshot.range;
			if (snapshot.range === 'all' || snapshot.range === range) return range;
			return range !== 'all' && range <= snapshot.range ? range : snapshot.range;
		});
		this.report = $derived.by(() => {
			const snapshot = this.#snapshot.current;
			const range = this.#shown;
			if (snapshot === null || range === null || !this.#settings.loaded) return null;
			const { waterGoalMl, stretchGoalMin } = this.#settings.current;
			const start = performance.now();
			const from = rangeStart(range, snapshot.today);
			const logs =
				from === null || range === snapshot.range
					? snapshot.logs
					: sliceLogs(snapshot.logs, from, snapshot.today);
			const report = trendsReport(logs, {
				range,
				today: snapshot.today,
				trackedStart: snapshot.trackedStart,
				waterGoalMl,
				stretchGoalMin
			});
			measureSince('trends:compute', start, { range });
			return report;
		});
	}

	get range(): TrendRange {
		return this.#range;
	}

	get overlay(): Overlay {
		return this.#overlay;
	}

	get lag(): Lag {
		return this.#lag;
	}

	/** True once the whole history is loaded: a range switch then needs no read. */
	get preloaded(): boolean {
		return this.#snapshot.current?.range === 'all';
	}

	get loaded(): boolean {
		return this.report !== null;
	}

	/** True while the report on screen is for another range (or day) than the one chosen. */
	get pending(): boolean {
		const r = this.report;
		return r === null || r.range !== this.#range || r.to !== this.#clock.today;
	}

	get error(): unknown {
		return this.#snapshot.error;
	}

	setRange(range: TrendRange): void {
		this.#range = range;
	}

	setOverlay(overlay: Overlay): void {
		this.#overlay = overlay;
	}

	setLag(lag: Lag): void {
		this.#lag = lag;
	}
}
