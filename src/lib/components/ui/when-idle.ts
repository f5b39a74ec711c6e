/**
 * Runs `task` once the browser is idle after the first render (at the latest after `timeoutMs`), so
 * code that is only needed later loads without competing with the first paint and hydration.
 * Returns a cancel function, so it can be an `$effect`'s return value.
 */
export function whenIdle(task: () => unknown, timeoutMs = 2000): () => void {
	const run = () =>
		void Promise.resolve()
			.then(task)
			.catch(() => undefined);
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(run, { timeout: timeoutMs });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(run, 200);
	return () => clearTimeout(id);
}
