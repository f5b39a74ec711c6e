import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tick } from 'svelte';
import { createDataLayer, SpasmLogDatabase, type DataLayer } from '$lib/db';
import { getRoutine, type StretchRoutine } from '$lib/domain/stretches';
import { RecordActions } from './record-actions';
import { Snackbar } from './snackbar.svelte';
import { Stopwatch } from './stopwatch.svelte';
import { StretchRun } from './stretch-run.svelte';

let data: DataLayer;
const cleanups: (() => void)[] = [];

beforeEach(() => {
	// Only the clock and intervals are faked: the in-memory IndexedDB needs real timeouts.
	vi.useFakeTimers({
		toFake: ['Date', 'setInterval', 'clearInterval'],
		now: new Date('2026-11-24T08:00:00Z')
	});
	data = createDataLayer(new SpasmLogDatabase(`run-${crypto.randomUUID()}`));
});

afterEach(async () => {
	for (const stop of cleanups.splice(0)) stop();
	vi.useRealTimers();
	data.db.close();
	await data.db.delete();
});

// Effects run on Svelte's microtask flush here, not on flushSync, so every step awaits tick().
async function owned<T>(make: () => T): Promise<T> {
	let value!: T;
	cleanups.push(
		$effect.root(() => {
			value = make();
		})
	);
	await tick();
	return value;
}

/** Moves the fake clock on, firing intervals, then lets effects settle. */
async function advance(ms: number): Promise<void> {
	await tick();
	vi.advanceTimersByTime(ms);
	await tick();
}

/** Moves Date.now() on without firing any interval: a tab the browser stopped scheduling. */
function sleepTab(ms: number): void {
	vi.setSystemTime(Date.now() + ms);
}

describe('Stopwatch', () => {
	it('counts only while running', async () => {
		const watch = await owned(() => new Stopwatch(250));
		await advance(5000);
		expect(watch.elapsedMs).toBe(0);
		watch.start();
		await advance(3000);
		watch.pause();
		await advance(10_000);
		watch.start();
		await advance(2000);
		expect([watch.running, watch.elapsedMs]).toEqual([true, 5000]);
	});

	it('measures time from timestamps, so a throttled tab loses nothing', async () => {
		const watch = await owned(() => new Stopwatch(250));
		watch.start();
		sleepTab(90_000);
		expect(watch.sample()).toBe(90_000);
	});

	it('never runs backwards when the device clock is set back', async () => {
		const watch = await owned(() => new Stopwatch(250));
		watch.start();
		await advance(4000);
		vi.setSystemTime(Date.now() - 60_000);
		watch.pause();
		expect(watch.elapsedMs).toBe(4000);
	});

	it('ignores a second start and a pause while paused', async () => {
		const watch = await owned(() => new Stopwatch(250));
		watch.pause();
		watch.start();
		await advance(1000);
		watch.start();
		await advance(1000);
		expect(watch.elapsedMs).toBe(2000);
	});
});

/** A small routine: one two-sided step of 30 s, once, with 5 s to get ready → 70 s in all. */
const tiny: StretchRoutine = {
	id: 'calf',
	name: 'Tiny',
	summary: '',
	areas: ['calf'],
	steps: [
		{
			id: 'a',
			title: 'A',
			instructions: ['Gently.'],
			holdSec: 30,
			repetitions: 1,
			sides: { left: 'Left leg', right: 'Right leg' }
		}
	]
};

function newRun(routine: StretchRoutine = tiny) {
	const actions = new RecordActions(data, new Snackbar());
	return owned(() => new StretchRun(routine, actions, { getReadySec: 5, tickMs: 250 }));
}

describe('StretchRun', () => {
	it('waits for Start, then walks through get-ready and holds', async () => {
		const run = await newRun();
		expect([run.status, run.position.segmentIndex]).toEqual(['not-started', 0]);
		await advance(60_000);
		expect(run.position.segmentIndex).toBe(0);
		run.start();
		await advance(5000);
		expect([run.status, run.position.segment?.kind, run.position.segment?.hold.side]).toEqual([
			'running',
			'hold',
			'left'
		]);
		await advance(35_000);
		expect([run.position.segment?.kind, run.position.segment?.hold.side]).toEqual(['hold', 'right']);
	});

	it('stands still while paused', async () => {
		const run = await newRun();
		run.start();
		await advance(10_000);
		run.pause();
		await advance(600_000);
		expect([run.status, run.position.remainingSec, run.activeSec]).toEqual(['paused', 25, 10]);
	});

	it('completes after the last hold and stops counting there', async () => {
		const run = await newRun();
		run.start();
		await advance(70_000);
		expect(run.status).toBe('complete');
		await advance(120_000);
		expect(run.activeSec).toBe(70);
	});

	it('logs the routine’s end, not the wake-up time, when the tab slept past the end', async () => {
		const run = await newRun();
		run.start();
		await advance(1000);
		sleepTab(30 * 60_000);
		const session = await run.end();
		expect(session?.durationSec).toBe(70);
	});

	it('finishing logs a session with the real duration, routine, areas and start time', async () => {
		const run = await newRun(getRoutine('neck-shoulders')!);
		await advance(7000);
		run.start();
		await advance(run.timeline.totalSec * 1000);
		const session = await run.end();
		expect(session).toMatchObject({
			durationSec: run.timeline.totalSec,
			routine: 'neck-shoulders',
			areas: ['neck', 'shoulder']
		});
		expect(Date.parse(session!.at)).toBe(Date.parse('2026-11-24T08:00:07Z'));
		expect(await data.stretches.all()).toEqual([session]);
		expect(run.status).toBe('logged');
	});

	it('stopping early logs only the time spent', async () => {
		const run = await newRun();
		run.start();
		await advance(12_000);
		const session = await run.end();
		expect(session?.durationSec).toBe(12);
	});

	it('skipping moves on without counting the skipped time', async () => {
		const run = await newRun();
		run.start();
		await advance(2000);
		run.skip();
		await tick();
		expect([run.position.segment?.kind, run.position.remainingSec]).toEqual(['hold', 30]);
		await advance(4000);
		run.skip();
		run.skip();
		run.skip();
		await tick();
		expect(run.status).toBe('complete');
		expect((await run.end())?.durationSec).toBe(6);
	});

	it('logs nothing when stopped before a second was done, or before it started', async () => {
		const never = await newRun();
		expect(await never.end()).toBeNull();
		const blink = await newRun();
		blink.start();
		await advance(250);
		expect(await blink.end()).toBeNull();
		expect(await data.stretches.count()).toBe(0);
	});

	it('logs once, however often Finish is pressed', async () => {
		const run = await newRun();
		run.start();
		await advance(20_000);
		const [a, b] = await Promise.all([run.end(), run.end()]);
		expect(await run.end()).toEqual(a);
		expect([b === null || b === a, await data.stretches.count()]).toEqual([true, 1]);
	});

	it('cannot be restarted once logged', async () => {
		const run = await newRun();
		run.start();
		await advance(20_000);
		await run.end();
		run.start();
		run.skip();
		await advance(5000);
		expect([run.status, run.activeSec]).toEqual(['logged', 20]);
	});

	it('leaving after 30 s logs the partial session; leaving sooner logs nothing', async () => {
		const short = await newRun();
		short.start();
		await advance(29_000);
		expect(await short.leave()).toBeNull();
		expect(await data.stretches.count()).toBe(0);

		const long = await newRun();
		long.start();
		await advance(31_000);
		const session = await long.leave();
		expect([session?.durationSec, long.status]).toEqual([31, 'logged']);
		expect(await data.stretches.all()).toEqual([session]);
	});

	it('saving progress on the way out, then finishing, keeps one session with the full time', async () => {
		const run = await newRun();
		run.start();
		await advance(10_000);
		expect(await run.saveProgress()).toBeNull();
		await advance(30_000);
		const partial = await run.saveProgress();
		expect([partial?.durationSec, run.status]).toEqual([40, 'running']);
		await advance(30_000);
		const session = await run.end();
		expect(session).toMatchObject({ id: partial!.id, durationSec: 70 });
		expect(await data.stretches.all()).toEqual([session]);
	});

	it('a short try already saved in part is still logged on leaving', async () => {
		const run = await newRun();
		run.start();
		await advance(35_000);
		await run.saveProgress();
		run.pause();
		const session = await run.leave();
		expect(session?.durationSec).toBe(35);
		expect(await data.stretches.count()).toBe(1);
	});
});
