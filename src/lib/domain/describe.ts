import type { LogRecords, RecordKind, UnitSystem } from './types';
import { routineName } from './stretches/routines';
import { formatDose } from './medications/supplement-minerals';
import { MINERAL_NAMES } from './foods/intake-text';
import { formatDuration, formatWater } from './units';
import {
	HELPED_LABELS,
	KIND_LABELS,
	LOCATION_LABELS,
	MEDICATION_KIND_LABELS,
	RELIEF_LABELS,
	SIGN_KEYS,
	SIGN_LABELS,
	TRIGGER_LABELS,
	labelFor
} from './vocabulary';

export interface RecordSummary {
	title: string;
	details: string[];
}

function sideText(side: string | null): string {
	return side === 'both' ? 'both sides' : side ? `${side}` : '';
}

/** Key fields of any record, in words, for lists and screen readers. */
export function describeRecord<K extends RecordKind>(
	kind: K,
	record: LogRecords[K],
	units: UnitSystem,
	/** The id of the episode whose timer is still running: its duration is not missing, just not over. */
	options: { runningEpisodeId?: string | null } = {}
): RecordSummary {
	switch (kind) {
		case 'episodes': {
			const e = record as LogRecords['episodes'];
			const where = [sideText(e.side), labelFor(LOCATION_LABELS, e.location).toLowerCase()]
				.filter(Boolean)
				.join(' ');
			const details = [
				e.intensity === null ? 'Intensity not rated' : `Intensity ${e.intensity} of 10`,
				e.durationSec !== null
					? `Lasted ${formatDuration(e.durationSec)}`
					: e.id === options.runningEpisodeId
						? 'In progress'
						: 'Duration not recorded'
			];
			if (e.triggers.length)
				details.push(`Triggers: ${e.triggers.map((t) => labelFor(TRIGGER_LABELS, t)).join(', ')}`);
			if (e.reliefs.length)
				details.push(
					`Relief: ${e.reliefs
						.map(
							(r) =>
								labelFor(RELIEF_LABELS, r.method) +
								(r.helped ? ` (${HELPED_LABELS[r.helped].toLowerCase()})` : '')
						)
						.join(', ')}`
				);
			const signs = SIGN_KEYS.filter((k) => e.signs[k]).map((k) => SIGN_LABELS[k].toLowerCase());
			if (signs.length) details.push(`Noticed: ${signs.join(', ')}`);
			if (e.notes) details.push(`Notes: ${e.notes}`);
			return { title: `${KIND_LABELS[e.kind]} — ${where}`, details };
		}
		case 'water': {
			const w = record as LogRecords['water'];
			return { title: `Water — ${formatWater(w.ml, units)}`, details: [] };
		}
		case 'foods': {
			const f = record as LogRecords['foods'];
			const servings = f.servings === 1 ? '1 serving' : `${f.servings} servings`;
			return {
				title: `Food — ${f.name}`,
				details: [
					servings,
					`Mg ${Math.round(f.mg.magnesium)} · K ${Math.round(f.mg.potassium)} · Ca ${Math.round(f.mg.calcium)} · Na ${Math.round(f.mg.sodium)} mg`
				]
			};
		}
		case 'stretches': {
			const s = record as LogRecords['stretches'];
			return {
				title: `Stretching — ${formatDuration(s.durationSec)}`,
				details: [
					`Routine: ${routineName(s.routine)}`,
					...(s.areas.length
						? [`Areas: ${s.areas.map((a) => labelFor(LOCATION_LABELS, a).toLowerCase()).join(', ')}`]
						: [])
				]
			};
		}
		case 'exercise': {
			const x = record as LogRecords['exercise'];
			return { title: `Exercise — ${x.minutes} min`, details: [] };
		}
		case 'medications': {
			const m = record as LogRecords['medications'];
			const details = [`${MEDICATION_KIND_LABELS[m.kind]}, ${formatDose(m.amount, m.unit)}`];
			if (m.mineral && m.mineralMg !== undefined)
				details.push(`${MINERAL_NAMES[m.mineral]} ${Math.round(m.mineralMg)} mg`);
			return { title: `${m.kind === 'medicine' ? 'Medicine' : 'Supplement'} — ${m.name}`, details };
		}
	}
	return { title: kind, details: [] };
}
