export interface SnackbarMessage {
	id: number;
	text: string;
	action?: { label: string; run: () => void | Promise<void> };
}

/**
 * One message at a time at the bottom of the screen (e.g. "Deleted — Undo"). Kept long enough to
 * reach with a thumb; a new message replaces the old one.
 */
export class Snackbar {
	#message = $state.raw<SnackbarMessage | null>(null);
	#timer: ReturnType<typeof setTimeout> | undefined;
	#next = 1;

	readonly durationMs: number;

	constructor(durationMs = 8000) {
		this.durationMs = durationMs;
	}

	get message(): SnackbarMessage | null {
		return this.#message;
	}

	show(text: string, action?: SnackbarMessage['action']): void {
		clearTimeout(this.#timer);
		const message = { id: this.#next++, text, action };
		this.#message = message;
		this.#timer = setTimeout(() => this.dismiss(message.id), this.durationMs);
	}

	dismiss(id?: number): void {
		if (id === undefined || this.#message?.id === id) {
			clearTimeout(this.#timer);
			this.#message = null;
		}
	}

	async act(): Promise<void> {
		const message = this.#message;
		if (!message?.action) return;
		this.dismiss(message.id);
		await message.action.run();
	}
}
