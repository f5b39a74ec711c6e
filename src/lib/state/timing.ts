/**
 * Named User Timing entries, visible in the browser's performance panel and read by `npm run bench`.
 * An engine without `performance.measure` options (older browsers, test DOMs) just skips them.
 */
export function measureSince(name: string, start: number, detail?: unknown): void {
	try {
		performance.measure(name, { start, end: performance.now(), detail });
	} catch {
		// Timing is a diagnostic; it must never break a screen.
	}
}
