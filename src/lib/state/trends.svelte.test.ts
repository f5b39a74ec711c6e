import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { createDataLayer, SpasmLogDatabase, type DataLayer } from '$lib/db';
import { sixtyDays, SIXTY_DAYS_TODAY } from '$test-support/log-factories';
import type { Logs } from '$lib/domain';
import { SettingsState } from './settings.svelte';
import { TrendsState, type TrendsOptions } from './trends.svelte';
import { Snackbar } from './snackbar.svelte';

let data: DataLayer;
const cleanups: (() => void)[] = [];

beforeEach(() => {
	data = createDataLayer(new SpasmLogDatabase(`trends-${crypto.randomUUID()}`));
});

afterEach(async () => {
	for (const stop of cleanups.splice(0)) stop();
	data.db.close();
	await data.db.delete();
});

async function seed(logs: Logs): Promise<void> {
	await data.db.transaction('rw', data.db.tables, async () => {
		for (const kind of ['episodes', 'water', 'foods', 'stretches', 'exercise'] as const) {
			for (const record of logs[kind]) await data.records[kind].add(record as never);
		}
	});
}

function open(
	today = SIXTY_DAYS_TODAY,
	options: TrendsOptions = {}
): { trends: TrendsState; clock: { today: string } } {
	const clock = $state({ today });
	let trends!: TrendsState;
	cleanups.push(
		$effect.root(() => {
			trends = new TrendsState(data, clock, new SettingsState(data, new Snackbar()), options);
		})
	);
	flushSync();
	return { trends, clock };
}

describe('TrendsState', () => {
	it('reports the chosen range, 30 days by default', async () => {
		await seed(sixtyDays());
		const { trends } = open();
		await vi.waitFor(() => expect(trends.report?.daily.length).toBe(30));
		expect([trends.range, trends.report?.from, trends.pending]).toEqual([30, '2026-01-31', false]);
	});

	it('is pending from a range switch until that range’s logs arrive, and never mixes the two', async () => {
		await seed(sixtyDays());
		// Without the whole history loaded ahead, the switch has to read.
		const { trends } = open(SIXTY_DAYS_TODAY, { preload: false });
		await vi.waitFor(() => expect(trends.loaded).toBe(true));
		trends.setRange('all');
		flushSync();
		// Until the new load lands the old report stays whole: 30 days, labelled as 30 days.
		expect([trends.pending, trends.report?.range, trends.report?.daily.length]).toEqual([true, 30, 30]);
		await vi.waitFor(() => expect(trends.pending).toBe(false));
		expect([trends.report?.range, trends.report?.daily.length, trends.report?.granularity]).toEqual([
			'all',
			60,
			'week'
		]);
	});

	it('once the whole history is loaded, switches range at once, with the report a read of that range gives', async () => {
		await seed(sixtyDays());
		const { trends } = open();
		await vi.waitFor(() => expect(trends.preloaded).toBe(true));
		for (const range of ['all', 7, 90, 30, 365] as const) {
			trends.setRange(range);
			flushSync();
			expect([trends.pending, trends.report?.range]).toEqual([false, range]);
			const preloaded = trends.report;
			const { trends: fresh } = open(SIXTY_DAYS_TODAY, { preload: false });
			fresh.setRange(range);
			await vi.waitFor(() => expect(fresh.pending).toBe(false));
			expect(preloaded).toEqual(fresh.report);
		}
	});

	it('keeps the empty first days of a range: the tracked start comes from the whole record', async () => {
		// One drink on the first day, then nothing until an episode 40 days later.
		const logs = sixtyDays();
		await seed({
			...logs,
			water: logs.water.slice(0, 1),
			episodes: logs.episodes.filter((e) => e.day === SIXTY_DAYS_TODAY),
			stretches: []
		});
		const { trends } = open();
		await vi.waitFor(() => expect(trends.report?.daily.length).toBe(30));
		expect(trends.report?.trackedDays).toBe(60);
	});

	it('recomputes when a record is added', async () => {
		await seed(sixtyDays());
		const { trends } = open();
		await vi.waitFor(() => expect(trends.loaded).toBe(true));
		const before = trends.report!.locations.find((l) => l.location === 'neck')!.count;
		const [last] = sixtyDays().episodes.slice(-1);
		await data.episodes.add({ ...last!, id: crypto.randomUUID(), location: 'neck', side: null });
		await vi.waitFor(() =>
			expect(trends.report!.locations.find((l) => l.location === 'neck')!.count).toBe(before + 1)
		);
	});

	it('follows the clock to a new day', async () => {
		await seed(sixtyDays());
		const { trends, clock } = open();
		await vi.waitFor(() => expect(trends.report?.to).toBe(SIXTY_DAYS_TODAY));
		clock.today = '2026-03-02';
		flushSync();
		expect(trends.pending).toBe(true);
		await vi.waitFor(() => expect(trends.report?.to).toBe('2026-03-02'));
	});

	it('says there is nothing yet when nothing is logged', async () => {
		const { trends } = open();
		await vi.waitFor(() => expect(trends.loaded).toBe(true));
		expect([trends.report?.trackedDays, trends.report?.daily.length]).toEqual([0, 0]);
	});
});
