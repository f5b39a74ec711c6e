export interface SnackbarAction {
	label: string;
	run: () => void | Promise<void>;
}

export interface SnackbarMessage {
	id: number;
	text: string;
	action?: SnackbarAction;
	/** Set while the action runs, so a second tap cannot run it twice. */
	busy?: boolean;
}

/** At most this many messages stand at once; more would cover the screen. */
export const MAX_MESSAGES = 3;

/**
 * Short messages at the bottom of the screen (e.g. "Drink deleted — Undo"). Each message with an
 * action (an Undo) keeps its own timer, so deleting three entries quickly leaves three Undos, each
 * usable until its own message times out. A plain message replaces the previous plain one. An
 * action that fails (a full disk refusing the restore) leaves its message and timer in place: the
 * Undo is never used up by a failure.
 */
export class Snackbar {
	#messages = $state.raw<SnackbarMessage[]>([]);
	// Timers are bookkeeping, never shown: a plain Map on purpose.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#timers = new Map<number, ReturnType<typeof setTimeout>>();
	#next = 1;

	readonly durationMs: number;

	constructor(durationMs = 8000) {
		this.durationMs = durationMs;
	}

	/** Oldest first; the newest sits nearest the thumb. */
	get messages(): readonly SnackbarMessage[] {
		return this.#messages;
	}

	/** The newest message, or null. */
	get message(): SnackbarMessage | null {
		return this.#messages.at(-1) ?? null;
	}

	/** The id the next message will get: messages below it were shown before this moment. */
	get mark(): number {
		return this.#next;
	}

	show(text: string, action?: SnackbarAction): number {
		const message: SnackbarMessage = { id: this.#next++, text, action };
		// A plain message only informs, so a newer one replaces it; Undos stay until they time out.
		const kept = this.#messages.filter((m) => m.action);
		for (const m of this.#messages) if (!m.action) this.#clearTimer(m.id);
		let next = [...kept, message];
		while (next.length > MAX_MESSAGES) {
			const [oldest, ...rest] = next;
			this.#clearTimer(oldest!.id);
			next = rest;
		}
		this.#messages = next;
		this.#startTimer(message.id);
		return message.id;
	}

	/** Removes one message, or every message when no id is given. */
	dismiss(id?: number): void {
		if (id === undefined) {
			for (const m of this.#messages) this.#clearTimer(m.id);
			this.#messages = [];
			return;
		}
		this.#clearTimer(id);
		this.#messages = this.#messages.filter((m) => m.id !== id);
	}

	/** Removes messages shown before `mark` (e.g. on moving to another screen). */
	dismissBefore(mark: number): void {
		for (const m of this.#messages) if (m.id < mark) this.#clearTimer(m.id);
		this.#messages = this.#messages.filter((m) => m.id >= mark);
	}

	/**
	 * Runs a message's action (the newest message's when no id is given). On success the message
	 * goes; on failure it stays, with a fresh timer, and the error is rethrown for the caller.
	 */
	async act(id?: number): Promise<void> {
		const message = id === undefined ? this.message : this.#messages.find((m) => m.id === id);
		if (!message?.action || message.busy) return;
		this.#replace(message.id, { ...message, busy: true });
		this.#clearTimer(message.id);
		try {
			await message.action.run();
			this.dismiss(message.id);
		} catch (error) {
			if (this.#messages.some((m) => m.id === message.id)) {
				this.#replace(message.id, { ...message, busy: false });
				this.#startTimer(message.id);
			}
			throw error;
		}
	}

	#replace(id: number, message: SnackbarMessage): void {
		this.#messages = this.#messages.map((m) => (m.id === id ? message : m));
	}

	#startTimer(id: number): void {
		this.#clearTimer(id);
		this.#timers.set(
			id,
			setTimeout(() => this.dismiss(id), this.durationMs)
		);
	}

	#clearTimer(id: number): void {
		clearTimeout(this.#timers.get(id));
		this.#timers.delete(id);
	}
}
