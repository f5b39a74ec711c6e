const reported = new WeakSet<object>();

/** Marks an error the person has already been told about (in the snackbar). */
export function markReported(error: unknown): void {
	if (error !== null && typeof error === 'object') reported.add(error);
}

export function isReported(error: unknown): boolean {
	return error !== null && typeof error === 'object' && reported.has(error);
}

let listening = false;

/**
 * Writes rethrow their errors so a form can react, and a click handler that does not catch one
 * leaves an "uncaught" rejection behind. For errors the snackbar has already explained (storage
 * full, updated in another tab) that report is noise: drop it. Everything else still surfaces.
 */
export function silenceReportedRejections(target: Window): void {
	if (listening) return;
	listening = true;
	target.addEventListener('unhandledrejection', (event) => {
		if (reported.has(event.reason)) event.preventDefault();
	});
}
