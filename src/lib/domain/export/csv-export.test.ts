import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { episode, exercise, food, logsOf, stretch, water } from '$test-support/stats-log-factories';
import { BOM, csvFiles, csvZip, toCsv } from './csv-export';
import { CSV_TABLES } from './csv-tables';

const notes = [
	'=HYPERLINK("http://x")',
	'+1',
	'-2 bad night',
	'@SUM(A1)',
	'line one\r\nline "two", three',
	'plain'
];
const logs = logsOf({
	episodes: notes.map((n, i) =>
		episode(`2026-03-0${i + 1}`, {
			notes: n,
			triggers: ['night', 'stress'],
			reliefs: [
				{ method: 'heat', helped: 'a-lot' },
				{ method: 'stretch', helped: null }
			]
		})
	),
	water: [water('2026-03-01', 250), water('2026-03-02', 500)],
	foods: [food('2026-03-01', { magnesium: 80.5 })],
	stretches: [stretch('2026-03-01', 300)],
	exercise: [exercise('2026-03-01', 30)]
});

function parse(csv: string) {
	return Papa.parse<Record<string, string>>(csv.slice(BOM.length), { header: true, skipEmptyLines: true });
}

describe('CSV export', () => {
	it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
		const csv = toCsv(CSV_TABLES[1]!, logs.water as never);
		expect(csv.startsWith(BOM)).toBe(true);
		expect(csv.slice(1).split('\r\n')).toEqual([
			'id,at,day,water_ml',
			expect.any(String),
			expect.any(String),
			''
		]);
		expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
	});

	it('puts units in column names', () => {
		const heads = csvFiles(logs).map((f) => f.csv.slice(1).split('\r\n')[0]);
		expect(heads.join(',')).toMatch(/water_ml.*magnesium_mg.*duration_s.*exercise_min/s);
		expect(heads[0]).toContain('duration_s');
	});

	it('round-trips every row through PapaParse to the same values', () => {
		for (const { file, csv } of csvFiles(logs)) {
			const t = CSV_TABLES.find((x) => x.file === file)!;
			const records = [...logs[t.kind]].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
			const parsed = parse(csv);
			expect(parsed.errors).toEqual([]);
			expect(parsed.data.length, file).toBe(records.length);
			parsed.data.forEach((row, i) => {
				for (const column of t.columns) {
					const value = column.value(records[i] as never);
					const text = value === null ? '' : String(value);
					// Formula escaping adds an apostrophe; everything else comes back exactly.
					expect(row[column.name], `${file} ${column.name}`).toBe(
						/^[=+\-@\t\r]/.test(text) ? `'${text}` : text
					);
				}
			});
		}
	});

	it('escapes text that a spreadsheet would run as a formula, even with a line break after it', () => {
		const rows = parse(csvFiles(logs)[0]!.csv).data.map((r) => r.notes);
		expect(rows).toEqual([
			`'=HYPERLINK("http://x")`,
			"'+1",
			"'-2 bad night",
			"'@SUM(A1)",
			'line one\r\nline "two", three',
			'plain'
		]);
		const multi = toCsv(CSV_TABLES[0]!, [episode('2026-03-01', { notes: '=1+1\nsecond line' })] as never);
		expect(parse(multi).data[0]!.notes).toBe("'=1+1\nsecond line");
	});

	it('joins lists with "; " and leaves numbers (even negative-looking) unescaped', () => {
		const row = parse(csvFiles(logs)[0]!.csv).data[0]!;
		expect(row.triggers).toBe('night; stress');
		expect(row.reliefs_helped).toBe('heat: a-lot; stretch: not rated');
		expect(parse(csvFiles(logs)[2]!.csv).data[0]!.magnesium_mg).toBe('80.5');
	});

	it('writes an empty intensity for an unrated episode', () => {
		const csv = toCsv(CSV_TABLES[0]!, [
			episode('2026-03-01', { intensity: null as unknown as number })
		] as never);
		expect(parse(csv).data[0]!.intensity_0_10).toBe('');
	});

	it('zips one CSV per kind with the right row counts', () => {
		const files = unzipSync(csvZip(logs));
		expect(Object.keys(files)).toEqual([
			'episodes.csv',
			'water.csv',
			'foods.csv',
			'stretches.csv',
			'exercise.csv'
		]);
		const rows = Object.values(files).map((bytes) => parse(strFromU8(bytes)).data.length);
		expect(rows).toEqual([6, 2, 1, 1, 1]);
	});
});
