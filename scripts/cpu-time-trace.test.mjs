import { describe, expect, it } from 'vitest';
import { cutTasksToCpuTime } from './cpu-time-trace.mjs';

const task = (ts, dur, tdur, extra = {}) => ({
	ph: 'X',
	name: 'RunTask',
	pid: 1,
	tid: 1,
	ts,
	dur,
	tdur,
	...extra
});
const child = (ts, dur, extra = {}) => ({ ph: 'X', name: 'FunctionCall', pid: 1, tid: 1, ts, dur, ...extra });

describe('cutTasksToCpuTime', () => {
	it('shortens a task that waited for a core to its CPU time, and its children with it', () => {
		const events = [task(1000, 100, 40), child(1050, 50), child(1100, 0)];
		const { events: cut, tasks, cutMs } = cutTasksToCpuTime(events);
		expect(cut[0]).toMatchObject({ ts: 1000, dur: 40 });
		expect(cut[1]).toMatchObject({ ts: 1020, dur: 20 });
		// A child still ends inside its parent.
		expect(cut[1].ts + cut[1].dur).toBeLessThanOrEqual(cut[0].ts + cut[0].dur);
		expect(tasks).toBe(1);
		expect(cutMs).toBeCloseTo(0.06);
		// The input is left alone.
		expect(events[0].dur).toBe(100);
	});

	it('leaves events outside tasks, tasks without CPU time and other threads as they were', () => {
		const events = [
			task(0, 100, 100),
			child(50, 10),
			task(200, 100, undefined),
			{ ph: 'I', name: 'mark', pid: 1, tid: 1, ts: 150 },
			{ ...task(0, 100, 10), tid: 2 },
			{ ...child(50, 10), tid: 1, pid: 1, ts: 400 }
		];
		const { events: cut, tasks } = cutTasksToCpuTime(events);
		expect(cut.slice(0, 4)).toEqual(events.slice(0, 4));
		expect(cut[4]).toMatchObject({ ts: 0, dur: 10 });
		expect(cut[5]).toEqual(events[5]);
		expect(tasks).toBe(1);
	});

	it('scales a nested task with its outer task, not on its own', () => {
		const events = [task(0, 200, 100), task(100, 100, 10)];
		const { events: cut, tasks } = cutTasksToCpuTime(events);
		expect(cut[0]).toMatchObject({ ts: 0, dur: 100 });
		expect(cut[1]).toMatchObject({ ts: 50, dur: 50 });
		expect(tasks).toBe(1);
	});
});
