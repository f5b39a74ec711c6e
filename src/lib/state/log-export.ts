import { todayIn } from '$lib/domain/time';
import type { DataLayer } from '$lib/db';
import { measureSince } from './timing';

export interface CsvDownload {
	blob: Blob;
	fileName: string;
	/** Rows written per file, e.g. { 'episodes.csv': 120 }. */
	rows: Record<string, number>;
}

/**
 * Spreadsheet export of every log. PapaParse and fflate are imported only when asked, so neither
 * reaches the JavaScript a page loads up front.
 */
export class LogExport {
	readonly #data: DataLayer;

	constructor(data: DataLayer) {
		this.#data = data;
	}

	async csvZip(now: Date = new Date()): Promise<CsvDownload> {
		const [csv, logs] = await Promise.all([import('$lib/domain/export/csv-export'), this.#data.allLogs()]);
		const start = performance.now();
		const bytes = csv.csvZip(logs, now);
		measureSince('export:csv-zip', start, { bytes: bytes.length });
		const rows = Object.fromEntries(csv.CSV_TABLES.map((t) => [t.file, logs[t.kind].length]));
		return {
			blob: new Blob([bytes as BlobPart], { type: 'application/zip' }),
			fileName: csv.csvZipName(todayIn(undefined, now)),
			rows
		};
	}
}
