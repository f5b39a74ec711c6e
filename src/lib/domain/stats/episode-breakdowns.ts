import type { Day, MedicationDose, ReliefMethod, SpasmEpisode } from '../types';
import { medicationKey } from './daily-series';
import { BODY_LOCATIONS, RELIEF_METHODS, type BodyLocation, type EpisodeKind } from '../vocabulary';

/** Which episodes a breakdown looks at. Omitted bounds are open; omitted kinds means every kind. */
export interface EpisodeFilter {
	from?: Day;
	to?: Day;
	kinds?: readonly EpisodeKind[];
}

function selector(filter: EpisodeFilter): (e: SpasmEpisode) => boolean {
	const { from, to } = filter;
	const kinds = filter.kinds ? new Set(filter.kinds) : null;
	return (e) =>
		(from === undefined || e.day >= from) &&
		(to === undefined || e.day <= to) &&
		(kinds?.has(e.kind) ?? true);
}

export interface LocationCount {
	location: BodyLocation;
	count: number;
}

/**
 * Episodes per body location, one entry for every location in vocabulary order (zeros included) so a
 * chart's bars stay in the same place as data arrives. A location outside the vocabulary counts as 'other'.
 */
export function episodesByLocation(
	episodes: readonly SpasmEpisode[],
	filter: EpisodeFilter = {}
): LocationCount[] {
	const keep = selector(filter);
	const counts = new Map<string, number>(BODY_LOCATIONS.map((l) => [l, 0]));
	for (const e of episodes) {
		if (!keep(e)) continue;
		const key = counts.has(e.location) ? e.location : 'other';
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return BODY_LOCATIONS.map((location) => ({ location, count: counts.get(location) ?? 0 }));
}

export interface HourCount {
	/** 0–23, the wall-clock hour the episode started where it was logged. */
	hour: number;
	count: number;
}

// The stored string keeps the wall-clock time and its offset, so the hour is read from the text:
// converting through Date would move it into the zone of whatever device draws the chart.
const HOUR_IN_ISO = /^\d{4}-\d{2}-\d{2}T(\d{2})/;

/** The local hour of an ISO timestamp with an offset, or null when the text has none. */
export function localHour(iso: string): number | null {
	const m = HOUR_IN_ISO.exec(iso);
	if (!m) return null;
	const hour = Number(m[1]);
	return hour <= 23 ? hour : null;
}

/** Episodes by local starting hour: always 24 entries, hour 0 first. Unreadable times are skipped. */
export function episodesByHour(episodes: readonly SpasmEpisode[], filter: EpisodeFilter = {}): HourCount[] {
	const keep = selector(filter);
	const counts = new Array<number>(24).fill(0);
	for (const e of episodes) {
		if (!keep(e)) continue;
		const hour = localHour(e.startedAt);
		if (hour !== null) counts[hour]! += 1;
	}
	return counts.map((count, hour) => ({ hour, count }));
}

export interface ReliefSummary {
	method: ReliefMethod;
	/** Episodes where the method was tried. */
	uses: number;
	aLot: number;
	aLittle: number;
	no: number;
	/** Tried but not rated (`helped: null`). */
	unrated: number;
	/** (aLot + aLittle) / rated uses; null when no use was rated. */
	helpedShare: number | null;
	/**
	 * "Medication" only: the medicines logged on the days of the episodes it was tried for, with how
	 * many of those episodes' days had each, most first. The logs cannot say which dose was the relief.
	 */
	medicines?: { name: string; days: number }[];
}

/**
 * How often each relief was tried and how it was rated. Only methods tried at least once appear,
 * most used first; ties go in vocabulary order, then the person's own methods alphabetically.
 */
export function reliefEffectiveness(
	episodes: readonly SpasmEpisode[],
	filter: EpisodeFilter = {}
): ReliefSummary[] {
	const keep = selector(filter);
	const byMethod = new Map<ReliefMethod, ReliefSummary>();
	for (const e of episodes) {
		if (!keep(e)) continue;
		for (const r of e.reliefs) {
			let s = byMethod.get(r.method);
			if (s === undefined) {
				s = { method: r.method, uses: 0, aLot: 0, aLittle: 0, no: 0, unrated: 0, helpedShare: null };
				byMethod.set(r.method, s);
			}
			s.uses += 1;
			if (r.helped === 'a-lot') s.aLot += 1;
			else if (r.helped === 'a-little') s.aLittle += 1;
			else if (r.helped === 'no') s.no += 1;
			else s.unrated += 1;
		}
	}
	const known = RELIEF_METHODS as readonly string[];
	const rank = (m: string) => {
		const i = known.indexOf(m);
		return i < 0 ? known.length : i;
	};
	return [...byMethod.values()]
		.map((s) => {
			const rated = s.aLot + s.aLittle + s.no;
			return { ...s, helpedShare: rated === 0 ? null : (s.aLot + s.aLittle) / rated };
		})
		.sort(
			(x, y) =>
				y.uses - x.uses ||
				rank(x.method) - rank(y.method) ||
				(x.method < y.method ? -1 : x.method > y.method ? 1 : 0)
		);
}

/**
 * Adds `medicines` to the "medication" relief: medicines (kind 'medicine') with a dose logged on a day
 * when an episode was eased with "medication". Other summaries pass through unchanged.
 */
export function withMedicines(
	summaries: ReliefSummary[],
	episodes: readonly SpasmEpisode[],
	doses: readonly MedicationDose[],
	filter: EpisodeFilter = {}
): ReliefSummary[] {
	const keep = selector(filter);
	const days = new Set<Day>();
	for (const e of episodes) if (keep(e) && e.reliefs.some((r) => r.method === 'medication')) days.add(e.day);
	if (days.size === 0) return summaries;
	const byItem = new Map<string, { name: string; days: Set<Day> }>();
	for (const d of doses) {
		if (d.kind !== 'medicine' || !days.has(d.day)) continue;
		const key = medicationKey(d.name);
		const item = byItem.get(key) ?? { name: d.name.trim(), days: new Set<Day>() };
		item.days.add(d.day);
		byItem.set(key, item);
	}
	const medicines = [...byItem.values()]
		.map((i) => ({ name: i.name, days: i.days.size }))
		.sort((a, b) => b.days - a.days || a.name.localeCompare(b.name, 'en-US'));
	return summaries.map((s) => (s.method === 'medication' ? { ...s, medicines } : s));
}

/** "Baclofen on 3 days, Ibuprofen on 1 day" for the medication relief's medicines; '' when none. */
export function medicinesText(summary: Pick<ReliefSummary, 'medicines'>): string {
	return (summary.medicines ?? [])
		.map((m) => `${m.name} on ${m.days} ${m.days === 1 ? 'day' : 'days'}`)
		.join(', ');
}
