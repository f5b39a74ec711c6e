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

/** The logs of one range, with what they were loaded for, so a report never mixes two ranges. */
interface Snapshot {
	range: TrendRange;
	today: Day;
	trackedStart: Day | null;
	logs: Logs;
}

/**
 * The Trends screen: the chosen range's logs, kept current by a live query (a write in any tab
 * recomputes), and the report the charts, sentences and tables all read. Statistics live in
 * `$lib/domain/stats`; this class only chooses what to load and when to recompute.
 *
 * Built by `AppState.createTrends(TrendsState)`: the Trends route imports this class, so it and the
 * statistics stay out of the JavaScript every other page loads.
 */
export class TrendsState {
	#range = $state<TrendRange>(30);
	#overlay = $state<Overlay>('water');
	#lag = $state<Lag>(0);
	readonly #clock: Pick<Clock, 'today'>;
	readonly #settings: SettingsState;
	#snapshot: LiveQuery<Snapshot | null, { range: TrendRange; today: Day }>;

	/** Null until the first load (and the settings it depends on) arrive. */
	readonly report: TrendsReport | null;

	constructor(data: DataLayer, clock: Pick<Clock, 'today'>, settings: SettingsState) {
		this.#clock = clock;
		this.#settings = settings;
		this.#snapshot = new LiveQuery(
			async ({ range, today }) => {
				const from = rangeStart(range, today);
				// The tracked start comes from the whole record: the range alone cannot tell an empty
				// first week of the range from a week before the person started logging.
				const [trackedStart, logs] = await Promise.all([
					data.firstDay(),
					from === null ? data.allLogs() : data.logsInRange(from, today)
				]);
				return { range, today, trackedStart: trackedStart ?? null, logs };
			},
			null,
			() => ({ range: this.#range, today: this.#clock.today })
		);
		this.report = $derived.by(() => {
			const snapshot = this.#snapshot.current;
			if (snapshot === null || !this.#settings.loaded) return null;
			const { waterGoalMl, stretchGoalMin } = this.#settings.current;
			const start = performance.now();
			const report = trendsReport(snapshot.logs, {
				range: snapshot.range,
				today: snapshot.today,
				trackedStart: snapshot.trackedStart,
				waterGoalMl,
				stretchGoalMin
			});
			measureSince('trends:compute', start, { range: snapshot.range });
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
