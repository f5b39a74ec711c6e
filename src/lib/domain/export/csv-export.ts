// Loaded only when the person exports (dynamic import): PapaParse and fflate never reach Today.
import { strToU8, zipSync, type Zippable } from 'fflate';
import Papa from 'papaparse';
import type { Logs } from '../types';
import { CSV_TABLES, tableRows, type AnyCsvTable, type CsvTable } from './csv-tables';

export { CSV_TABLES };

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark. */
export const BOM = '\uFEFF';

/**
 * PapaParse's own `escapeFormulae: true` pattern ends in `.*$` without the s flag, so a note whose
 * first line starts with "=" but which has a line break after it slips through. Any text cell starting
 * with = + - @ tab or CR gets a leading apostrophe; numbers are never touched.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

function byTime(a: { day: string; id: string }, b: { day: string; id: string }): number {
	return a.day < b.day ? -1 : a.day > b.day ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** One table as RFC 4180 CSV: CRLF line ends, quotes only where needed, BOM first. */
export function toCsv(t: AnyCsvTable, records: readonly { day: string; id: string }[]): string {
	const sorted = [...records].sort(byTime);
	const { fields, data } = tableRows(t as CsvTable, sorted as never);
	return (
		BOM +
		Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: FORMULA_START, header: true }) +
		'\r\n'
	);
}

/** Every table's CSV, by file name, in `CSV_TABLES` order. */
export function csvFiles(logs: Logs): { file: string; csv: string; rows: number }[] {
	return CSV_TABLES.map((t) => ({
		file: t.file,
		csv: toCsv(t, logs[t.kind]),
		rows: logs[t.kind].length
	}));
}

/** The zip the person downloads: one CSV per kind of log. Store-only compression is not used: CSV shrinks ~5×. */
export function csvZip(logs: Logs, date: Date = new Date()): Uint8Array {
	const files: Zippable = {};
	for (const { file, csv } of csvFiles(logs)) files[file] = [strToU8(csv), { mtime: date }];
	return zipSync(files, { level: 6 });
}

/** "spasm-log-csv-2026-12-01.zip". */
export function csvZipName(day: string): string {
	return `spasm-log-csv-${day}.zip`;
}
