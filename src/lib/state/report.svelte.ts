import { addDays, type Day, type Logs } from '$lib/domain';
import { referenceIntakes } from '$lib/domain/foods/reference-intakes';
import {
	doctorReport,
	reportPeriod,
	type DoctorReport,
	type ReportPeriod,
	type ReportPeriodChoice
} from '$lib/domain/report';
import type { DataLayer } from '$lib/db';
import type { Clock } from './clock.svelte';
import { LiveQuery } from './live-query.svelte';
import type { SettingsState } from './settings.svelte';
import { measureSince } from './timing';

/** Days before the period the red-flag windows look back over (rising: 7 + 21 days, plus slack). */
const LOOKBACK_DAYS = 35;

interface Snapshot {
	period: ReportPeriod;
	trackedStart: Day | null;
	logs: Logs;
}

/**
 * The doctor report page: the chosen period, whether notes go in, and the report computed from the
 * period's logs (kept current by a live query). The name typed for the paper is held here only, never
 * written anywhere. Built by `AppState.createReport(ReportState)` so the report code ships with /report.
 */
export class ReportState {
	#choice = $state<ReportPeriodChoice>(90);
	#customFrom = $state('');
	#customTo = $state('');
	#includeNotes = $state(true);
	#name = $state('');
	readonly #clock: Pick<Clock, 'today' | 'now'>;
	readonly #settings: SettingsState;
	#snapshot: LiveQuery<Snapshot | null, { period: ReportPeriod | null }>;

	readonly period: ReportPeriod | null;
	readonly report: DoctorReport | null;

	constructor(data: DataLayer, clock: Pick<Clock, 'today' | 'now'>, settings: SettingsState) {
		this.#clock = clock;
		this.#settings = settings;
		this.period = $derived(
			reportPeriod(this.#choice, this.#clock.today, { from: this.#customFrom, to: this.#customTo })
		);
		this.#snapshot = new LiveQuery(
			async ({ period }) => {
				if (period === null) return null;
				const [trackedStart, logs] = await Promise.all([
					data.firstDay(),
					data.logsInRange(addDays(period.from, -LOOKBACK_DAYS), period.to)
				]);
				return { period, trackedStart: trackedStart ?? null, logs };
			},
			null,
			() => ({ period: this.period })
		);
		this.report = $derived.by(() => {
			const snapshot = this.#snapshot.current;
			const period = this.period;
			if (snapshot === null || period === null || !this.#settings.loaded) return null;
			if (snapshot.period.from !== period.from || snapshot.period.to !== period.to) return null;
			const { waterGoalMl, stretchGoalMin, referenceGroup } = this.#settings.current;
			const start = performance.now();
			const report = doctorReport(snapshot.logs, {
				period,
				generatedAt: this.#clock.now,
				trackedStart: snapshot.trackedStart,
				waterGoalMl,
				stretchGoalMin,
				referenceMg: referenceIntakes(referenceGroup),
				includeNotes: this.#includeNotes
			});
			measureSince('report:compute', start, { days: report.days });
			return report;
		});
	}

	get choice(): ReportPeriodChoice {
		return this.#choice;
	}
	get customFrom(): string {
		return this.#customFrom;
	}
	get customTo(): string {
		return this.#customTo;
	}
	get includeNotes(): boolean {
		return this.#includeNotes;
	}
	get name(): string {
		return this.#name;
	}
	get error(): unknown {
		return this.#snapshot.error;
	}

	setChoice(choice: ReportPeriodChoice): void {
		if (choice === 'custom' && this.#customFrom === '' && this.#customTo === '' && this.period) {
			this.#customFrom = this.period.from;
			this.#customTo = this.period.to;
		}
		this.#choice = choice;
	}
	setCustom(from: string, to: string): void {
		this.#customFrom = from;
		this.#customTo = to;
	}
	setIncludeNotes(include: boolean): void {
		this.#includeNotes = include;
	}
	setName(name: string): void {
		this.#name = name.slice(0, 120);
	}
}
