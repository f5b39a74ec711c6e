import type { LogRecords, RecordKind } from '../types';
import { SIGN_KEYS } from '../vocabulary';

type Cell = string | number | null;

export interface CsvColumn<T> {
	/** Lower snake case with the unit in the name (`water_ml`, `duration_s`), so a spreadsheet needs no legend. */
	name: string;
	value: (record: T) => Cell;
}

export interface CsvTable<K extends RecordKind = RecordKind> {
	kind: K;
	file: string;
	columns: readonly CsvColumn<LogRecords[K]>[];
}

/** Lists in one cell read as "a; b; c": a comma would look like a column break to a person. */
export const LIST_SEPARATOR = '; ';
const list = (items: readonly string[]) => items.join(LIST_SEPARATOR);

function table<K extends RecordKind>(kind: K, columns: readonly CsvColumn<LogRecords[K]>[]): CsvTable<K> {
	return { kind, file: `${kind}.csv`, columns };
}

/**
 * One table per record kind, in this order in the zip. A new kind (medications, say) is one more
 * `table(...)` line here once it is in `LogRecords`. Times are the stored ISO 8601 text with its offset,
 * so a row keeps the wall-clock time it was logged at.
 */
export type AnyCsvTable = { [K in RecordKind]: CsvTable<K> }[RecordKind];

export const CSV_TABLES: readonly AnyCsvTable[] = [
	table('episodes', [
		{ name: 'id', value: (e) => e.id },
		{ name: 'started_at', value: (e) => e.startedAt },
		{ name: 'day', value: (e) => e.day },
		{ name: 'kind', value: (e) => e.kind },
		{ name: 'body_area', value: (e) => e.location },
		{ name: 'side', value: (e) => e.side },
		{ name: 'duration_s', value: (e) => e.durationSec },
		// Empty when not rated: a blank is not a zero.
		{
			name: 'intensity_0_10',
			value: (e) => {
				const v: unknown = e.intensity;
				return typeof v === 'number' && Number.isFinite(v) ? v : null;
			}
		},
		{ name: 'triggers', value: (e) => list(e.triggers) },
		{ name: 'reliefs', value: (e) => list(e.reliefs.map((r) => r.method)) },
		{
			name: 'reliefs_helped',
			value: (e) => list(e.reliefs.map((r) => `${r.method}: ${r.helped ?? 'not rated'}`))
		},
		{ name: 'signs', value: (e) => list(SIGN_KEYS.filter((k) => e.signs?.[k] === true)) },
		{ name: 'notes', value: (e) => e.notes },
		{ name: 'created_at', value: (e) => e.createdAt },
		{ name: 'updated_at', value: (e) => e.updatedAt }
	]),
	table('water', [
		{ name: 'id', value: (w) => w.id },
		{ name: 'at', value: (w) => w.at },
		{ name: 'day', value: (w) => w.day },
		{ name: 'water_ml', value: (w) => w.ml }
	]),
	table('foods', [
		{ name: 'id', value: (f) => f.id },
		{ name: 'at', value: (f) => f.at },
		{ name: 'day', value: (f) => f.day },
		{ name: 'food_id', value: (f) => f.foodId },
		{ name: 'name', value: (f) => f.name },
		{ name: 'servings', value: (f) => f.servings },
		{ name: 'magnesium_mg', value: (f) => f.mg.magnesium },
		{ name: 'potassium_mg', value: (f) => f.mg.potassium },
		{ name: 'calcium_mg', value: (f) => f.mg.calcium },
		{ name: 'sodium_mg', value: (f) => f.mg.sodium }
	]),
	table('stretches', [
		{ name: 'id', value: (s) => s.id },
		{ name: 'at', value: (s) => s.at },
		{ name: 'day', value: (s) => s.day },
		{ name: 'duration_s', value: (s) => s.durationSec },
		{ name: 'routine', value: (s) => s.routine },
		{ name: 'areas', value: (s) => list(s.areas) }
	]),
	table('exercise', [
		{ name: 'id', value: (x) => x.id },
		{ name: 'at', value: (x) => x.at },
		{ name: 'day', value: (x) => x.day },
		{ name: 'exercise_min', value: (x) => x.minutes }
	])
];

/** The header and one array of cells per record, in the order given. */
export function tableRows<K extends RecordKind>(
	t: CsvTable<K>,
	records: readonly LogRecords[K][]
): { fields: string[]; data: Cell[][] } {
	return {
		fields: t.columns.map((c) => c.name),
		data: records.map((r) => t.columns.map((c) => c.value(r)))
	};
}
