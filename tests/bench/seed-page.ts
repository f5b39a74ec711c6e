// The in-browser half of `npm run bench` (scripts/bench.mjs): built apart from the app and served
// under /__bench/ on the app's origin, so it fills the same IndexedDB the real Trends page then reads.
// Nothing here ships in the production build.
import { createDataLayer, DATABASE_NAME, SpasmLogDatabase } from '$lib/db';
import { DEFAULT_SETTINGS, deviceTimeZone, RECORD_KINDS, todayIn, type Day, type Logs } from '$lib/domain';
import {
	rangeStart,
	summarizeComparisons,
	summarizeFrequency,
	summarizeHours,
	summarizeLocations,
	summarizeReliefs,
	TREND_RANGES,
	trendsReport,
	type TrendRange
} from '$lib/domain/stats';
import { addDays } from '$lib/domain';
import { doctorReport, reportPeriod } from '$lib/domain/report';
import { referenceIntakes } from '$lib/domain/foods/reference-intakes';
import { csvZip } from '$lib/domain/export/csv-export';
import { syntheticLogs } from './synthetic-logs';

const data = createDataLayer(new SpasmLogDatabase(DATABASE_NAME));

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function timed<T>(run: () => Promise<T> | T): Promise<[number, T]> {
	const start = performance.now();
	const value = await run();
	return [performance.now() - start, value];
}

async function seed(opts: { seed: number; days: number }) {
	const today = todayIn();
	// The history ends yesterday: today's made-up hours may still be ahead, and validation refuses the future.
	const [generateMs, logs] = await timed(() =>
		syntheticLogs({ ...opts, today: addDays(today, -1), timeZone: deviceTimeZone() })
	);
	// One transaction, every record through its repository's validated `add`.
	const [loadMs] = await timed(() =>
		data.db.transaction('rw', data.db.tables, () =>
			Promise.all(
				RECORD_KINDS.flatMap((kind) =>
					(logs[kind] as Logs[typeof kind]).map((record) => data.records[kind].add(record as never))
				)
			)
		)
	);
	const counts = Object.fromEntries(RECORD_KINDS.map((k) => [k, logs[k].length]));
	return { today, counts, generateMs, loadMs };
}

/** What TrendsState's live query reads for a range: the first day ever, and the range's logs. */
function load(range: TrendRange, today: Day) {
	const from = rangeStart(range, today);
	return Promise.all([data.firstDay(), from === null ? data.allLogs() : data.logsInRange(from, today)]);
}

/** A raw read of the same index range (or whole stores) with no sorting or mapping: the floor. */
function raw(range: TrendRange, today: Day) {
	const from = rangeStart(range, today);
	return Promise.all(
		RECORD_KINDS.map((kind) =>
			from === null
				? data.db[kind].toArray()
				: data.db[kind].where('day').between(from, today, true, true).toArray()
		)
	);
}

/** The app's read of a range, as TrendsState makes it (without the first-day probe). */
function appRead(range: TrendRange, today: Day) {
	const from = rangeStart(range, today);
	return from === null ? data.allLogs() : data.logsInRange(from, today);
}

async function queries(runs: number) {
	const today = todayIn();
	const out: Record<
		string,
		{ ms: number; minMs: number; records: number; rawMs: number; readMs: number; ratio: number }
	> = {};
	for (const range of TREND_RANGES) {
		const times: number[] = [];
		const rawTimes: number[] = [];
		const readTimes: number[] = [];
		let records = 0;
		for (let i = 0; i < runs; i++) {
			const [ms, [, logs]] = await timed(() => load(range, today));
			times.push(ms);
			records = RECORD_KINDS.reduce((n, k) => n + logs[k].length, 0);
			// Interleaved, so both see the same machine load.
			rawTimes.push((await timed(() => raw(range, today)))[0]);
			readTimes.push((await timed(() => appRead(range, today)))[0]);
		}
		const rawMs = median(rawTimes);
		const readMs = median(readTimes);
		out[String(range)] = {
			ms: median(times),
			minMs: Math.min(...times),
			records,
			rawMs,
			readMs,
			ratio: readMs / rawMs
		};
	}
	return out;
}

/** The report and every sentence, exactly as the Trends screen derives them, per range. */
async function compute(runs: number) {
	const today = todayIn();
	const out: Record<string, { ms: number; minMs: number; days: number; points: number }> = {};
	for (const range of TREND_RANGES) {
		const [trackedStart, logs] = await load(range, today);
		const times: number[] = [];
		let days = 0;
		let points = 0;
		for (let i = 0; i < runs; i++) {
			const [ms, report] = await timed(() => {
				const r = trendsReport(logs, {
					range,
					today,
					trackedStart: trackedStart ?? null,
					waterGoalMl: DEFAULT_SETTINGS.waterGoalMl,
					stretchGoalMin: DEFAULT_SETTINGS.stretchGoalMin
				});
				summarizeFrequency(r.daily, 'water');
				summarizeComparisons(
					r.comparisons.filter((c) => c.lag === 0),
					7
				);
				summarizeLocations(r.locations);
				summarizeHours(r.hours);
				summarizeReliefs(r.reliefs);
				return r;
			});
			times.push(ms);
			days = report.daily.length;
			points = report.points.length;
		}
		out[String(range)] = { ms: median(times), minMs: Math.min(...times), days, points };
	}
	return out;
}

/** The doctor report for the last 365 days, as ReportState loads and computes it (35 days of look-back). */
async function report(runs: number) {
	const today = todayIn();
	const period = reportPeriod(365, today)!;
	const times: number[] = [];
	const queryTimes: number[] = [];
	let episodes = 0;
	for (let i = 0; i < runs; i++) {
		const [queryMs, [trackedStart, logs]] = await timed(() =>
			Promise.all([data.firstDay(), data.logsInRange(addDays(period.from, -35), period.to)])
		);
		const [ms, r] = await timed(() =>
			doctorReport(logs, {
				period,
				generatedAt: new Date(),
				trackedStart: trackedStart ?? null,
				waterGoalMl: DEFAULT_SETTINGS.waterGoalMl,
				stretchGoalMin: DEFAULT_SETTINGS.stretchGoalMin,
				referenceMg: referenceIntakes(DEFAULT_SETTINGS.referenceGroup),
				includeNotes: true
			})
		);
		queryTimes.push(queryMs);
		times.push(ms);
		episodes = r.appendix.length;
	}
	return { ms: median(times), minMs: Math.min(...times), queryMs: median(queryTimes), episodes };
}

/** The CSV zip of every record, as the export button builds it (read everything, write, zip). */
async function csvExport(runs: number) {
	const times: number[] = [];
	let bytes = 0;
	for (let i = 0; i < runs; i++) {
		const [ms, zip] = await timed(async () => csvZip(await data.allLogs()));
		times.push(ms);
		bytes = zip.length;
	}
	return { ms: median(times), minMs: Math.min(...times), bytes };
}

declare global {
	interface Window {
		bench: {
			seed: typeof seed;
			queries: typeof queries;
			compute: typeof compute;
			report: typeof report;
			csvExport: typeof csvExport;
		};
	}
}

window.bench = { seed, queries, compute, report, csvExport };
document.body.dataset.ready = 'true';
