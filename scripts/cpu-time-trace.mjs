/**
 * A Chromium trace with each task cut to the CPU time its thread spent in it.
 *
 * Lighthouse's simulated throttling multiplies each main-thread task's wall-clock length (`dur`) by
 * the CPU slowdown. On a shared machine a task's wall clock also holds the time its thread waited
 * for a core that another process had, so the same build's TBT swings 2× between runs. Each trace
 * event also carries the thread's own CPU time (`tdur`). Re-auditing the trace with every top-level
 * task scaled to `tdur` measures the page's own work. It also drops what a task spent blocked on
 * the browser process (storage, say), which a phone would wait for too: read it beside the figure
 * as measured, not instead of it.
 *
 * A task is scaled as a whole (its start stays, everything inside it is moved and shortened by the
 * same factor), so the events nested in it stay nested and in order, as Lighthouse requires.
 */

const TOP_LEVEL_TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * @param {Array<Record<string, any>>} events a trace's `traceEvents`
 * @returns {{ events: Array<Record<string, any>>, tasks: number, cutMs: number }} new events (the
 *   input is not changed), how many tasks were shortened and by how much in all
 */
export function cutTasksToCpuTime(events) {
	const out = events.map((event) => ({ ...event }));
	/** @type {Map<string, Array<Record<string, any>>>} */
	const threads = new Map();
	for (const event of out) {
		if (typeof event.ts !== 'number') continue;
		const key = `${event.pid}:${event.tid}`;
		let list = threads.get(key);
		if (!list) threads.set(key, (list = []));
		list.push(event);
	}
	let tasks = 0;
	let cut = 0;
	for (const list of threads.values()) {
		// Parents first when two events start together: the longer one holds the shorter.
		list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
		/** @type {{ start: number, end: number, ratio: number } | null} */
		let task = null;
		for (const event of list) {
			if (task && event.ts >= task.end) task = null;
			if (
				!task &&
				event.ph === 'X' &&
				TOP_LEVEL_TASKS.has(event.name) &&
				typeof event.tdur === 'number' &&
				event.dur > 0 &&
				event.tdur < event.dur
			) {
				task = { start: event.ts, end: event.ts + event.dur, ratio: Math.max(event.tdur, 0) / event.dur };
				tasks++;
				cut += event.dur - event.tdur;
			}
			if (!task) continue;
			event.ts = task.start + (event.ts - task.start) * task.ratio;
			if (typeof event.dur === 'number') event.dur *= task.ratio;
		}
	}
	return { events: out, tasks, cutMs: cut / 1000 };
}
