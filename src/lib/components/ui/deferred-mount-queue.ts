const waiting: (() => void)[] = [];
let scheduled = false;

/**
 * Runs `place` in a task after the current one, one queued callback per task in the order queued,
 * so each deferred card's mount is a short task of its own. Returns a cancel.
 */
export function afterHydration(place: () => void): () => void {
	waiting.push(place);
	schedule();
	return () => {
		const at = waiting.indexOf(place);
		if (at >= 0) waiting.splice(at, 1);
	};
}

function schedule(): void {
	if (scheduled || waiting.length === 0) return;
	scheduled = true;
	setTimeout(() => {
		scheduled = false;
		waiting.shift()?.();
		schedule();
	});
}
