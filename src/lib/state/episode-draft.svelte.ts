// Single modules, not the barrels: Today loads this class on its first render, before Dexie.
import { SIDED_LOCATIONS, type BodyLocation, type Side } from '$lib/domain/vocabulary';
import { ValidationError } from '$lib/domain/validation-error';
import { formatDurationInput, parseDuration } from '$lib/domain/duration-input';
import { retime } from '$lib/domain/records';
import type { SpasmEpisode } from '$lib/domain/types';
import { RecordNotFoundError, StorageFullError, UpdatedElsewhereError } from '$lib/db/errors';

/** What the draft needs from the data layer (the episodes repository fits). */
export interface EpisodeStore {
	add(record: SpasmEpisode): Promise<SpasmEpisode>;
	patch(
		id: string,
		changes: Partial<SpasmEpisode>,
		base?: SpasmEpisode,
		journalToken?: string
	): Promise<{ record: SpasmEpisode; conflicts: string[] }>;
	/**
	 * Journals a change in this very task, before its patch (which may be torn down between its read
	 * and its write if the tab closes). Returns the token the patch clears the journal with.
	 */
	journal?(
		id: string,
		changes: Partial<SpasmEpisode>,
		from: Partial<Record<keyof SpasmEpisode, unknown[]>>
	): string | undefined;
	delete(id: string): Promise<unknown>;
}

export type EditableField = Exclude<keyof SpasmEpisode, 'id' | 'createdAt' | 'updatedAt'>;

/** Ignore taps this long after the sheet opened: the finger that opened it may still be coming down. */
export const OPEN_GUARD_MS = 400;

const FIELD_WORDS: Partial<Record<EditableField, string>> = {
	startedAt: 'the start time',
	durationSec: 'how long it lasted',
	kind: 'what it was',
	location: 'where',
	side: 'the side',
	intensity: 'how strong',
	triggers: 'the triggers',
	reliefs: 'what you tried',
	signs: 'the signs',
	notes: 'the notes'
};

export interface DraftOptions {
	/** Not stored yet (a past episode being entered): stored on its first change, never when untouched. */
	isNew?: boolean;
	/** The clock; tests pass a fake one. */
	now?: () => number;
}

/**
 * The episode sheet's logic: a live copy of the episode that the sheet shows, each change stored
 * as it is made (each keystroke in notes too), field by field from the copy the sheet started
 * with, so another tab's changes to other fields are kept.
 *
 * Each change is journalled in the task that makes it (see `#write`), so leaving the page needs
 * nothing written then. Nothing here ever blocks closing: `close()` says what could not be saved
 * instead.
 */
export class EpisodeDraft {
	readonly #store: EpisodeStore;
	readonly #now: () => number;
	readonly #openedAt: number;
	#guardOver = false;
	#value = $state<SpasmEpisode>() as SpasmEpisode;
	/** The stored record as last confirmed: the base of every patch. */
	#base: SpasmEpisode;
	#stored = $state(false);
	#touched = $state(false);
	#errors = $state<Partial<Record<EditableField, string>>>({});
	#durationText = $state('');
	#status = $state<'idle' | 'saving' | 'saved'>('idle');
	#notice = $state('');
	#deleted = $state(false);
	#failure = $state('');
	/** Fields changed here and not yet confirmed stored. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never rendered
	#pending = new Set<EditableField>();
	#chain: Promise<unknown> = Promise.resolve();
	/** Per field, the value last journalled: what the field held before the next change, as this sheet knew it. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never rendered
	#journalled = new Map<EditableField, unknown>();

	constructor(store: EpisodeStore, episode: SpasmEpisode, options: DraftOptions = {}) {
		this.#store = store;
		this.#now = options.now ?? Date.now;
		this.#openedAt = this.#now();
		this.#value = $state.snapshot(episode) as SpasmEpisode;
		this.#base = $state.snapshot(episode) as SpasmEpisode;
		this.#stored = !options.isNew;
		this.#durationText = formatDurationInput(episode.durationSec);
	}

	get value(): SpasmEpisode {
		return this.#value;
	}

	/** Whether the episode exists in the store (a new one does after its first change). */
	get stored(): boolean {
		return this.#stored;
	}

	get touched(): boolean {
		return this.#touched;
	}

	get errors(): Partial<Record<EditableField, string>> {
		return this.#errors;
	}

	get durationText(): string {
		return this.#durationText;
	}

	/** 'saving' while a write is out, 'saved' once every change so far is stored. */
	get status(): 'idle' | 'saving' | 'saved' {
		return this.#status;
	}

	/** A plain-words note about a write: the same field changed elsewhere, or storage full. */
	get notice(): string {
		return this.#notice;
	}

	/** The episode was deleted elsewhere (another tab) while this sheet was open. */
	get deletedElsewhere(): boolean {
		return this.#deleted;
	}

	/** Within the first moments after opening, when a tap is the opening tap's echo. */
	guarding(): boolean {
		return !this.#guardOver && this.#now() - this.#openedAt < OPEN_GUARD_MS;
	}

	/**
	 * The sheet's form became interactive: from now on changes count. Its timer and this clock can
	 * disagree by a millisecond, and a tap the form let through must never be dropped here.
	 */
	endGuard(): void {
		this.#guardOver = true;
	}

	/** Sets a field and stores it at once. Ignored during the opening guard. */
	set<F extends EditableField>(field: F, value: SpasmEpisode[F]): boolean {
		if (this.guarding()) return false;
		this.#value[field] = value;
		this.#touched = true;
		this.#write([field]);
		return true;
	}

	/** A new start time; its day follows. */
	setStart(date: Date): void {
		if (Number.isNaN(date.getTime()) || this.guarding()) return;
		const { at, day } = retime(date);
		this.#value.startedAt = at;
		this.#value.day = day;
		this.#touched = true;
		this.#write(['startedAt', 'day']);
	}

	/** Picks a body area (tapping the other side of the area already chosen means both). */
	selectLocation(location: BodyLocation, side: Side | null): void {
		if (this.guarding()) return;
		const v = this.#value;
		if (v.location === location && side && v.side && v.side !== side) v.side = 'both';
		else v.side = SIDED_LOCATIONS.has(location) ? side : null;
		v.location = location;
		this.#touched = true;
		this.#write(['location', 'side']);
	}

	/** The duration as typed: stored when it reads as a duration, else a field error (never NaN). */
	setDurationText(text: string): void {
		if (this.guarding()) return;
		this.#durationText = text;
		this.#touched = true;
		const parsed = parseDuration(text);
		if (!parsed.ok) {
			this.#errors = { ...this.#errors, durationSec: parsed.message };
			return;
		}
		this.#clearError('durationSec');
		this.#durationText = formatDurationInput(parsed.sec);
		this.#value.durationSec = parsed.sec;
		this.#write(['durationSec']);
	}

	/** Typing in notes: shown at once and stored at once. */
	setNotes(text: string): void {
		if (this.guarding()) return;
		this.#value.notes = text;
		this.#touched = true;
		this.#pending.add('notes');
		this.#status = 'saving';
		// Written at once, not after a pause: a reload in the same instant keeps a write already
		// started, while the blind put on leaving did not survive a reload at 0 ms in the durability
		// spec. Writes queue behind each other, so fast typing stays in order.
		this.#write(['notes']);
	}

	/** The duration the timer found ("It stopped" while the sheet is open). */
	acceptStored(record: SpasmEpisode): void {
		for (const key of Object.keys(record) as (keyof SpasmEpisode)[]) {
			if (!this.#pending.has(key as EditableField))
				(this.#value as unknown as Record<string, unknown>)[key] = record[key];
		}
		this.#base = structuredClone(record);
		this.#durationText = formatDurationInput(this.#value.durationSec);
	}

	/** Resolves when every write started so far has settled. */
	async flush(): Promise<void> {
		// Writes queue behind each other; wait until the queue stops growing.
		let chain: Promise<unknown>;
		do {
			chain = this.#chain;
			await chain.catch(() => undefined);
		} while (chain !== this.#chain);
	}

	/**
	 * Closing the sheet. An untouched new episode is discarded (null). Otherwise waits for the
	 * writes and returns the episode with, in plain words, what could not be saved.
	 */
	async close(): Promise<{ episode: SpasmEpisode | null; unsaved: string[] }> {
		if (!this.#stored && !this.#touched) return { episode: null, unsaved: [] };
		await this.flush();
		const unsaved = this.unsaved();
		return { episode: this.#stored && !this.#deleted ? $state.snapshot(this.#value) : null, unsaved };
	}

	/** What the sheet shows but the store does not hold, in words. */
	unsaved(): string[] {
		if (this.#deleted) return ['this episode (it was deleted elsewhere)'];
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a throwaway list
		const words = new Set<string>();
		for (const key of Object.keys(this.#errors) as EditableField[]) words.add(FIELD_WORDS[key] ?? key);
		if (this.#failure) for (const key of this.#pending) words.add(FIELD_WORDS[key] ?? key);
		return [...words];
	}

	/** Drops a new past episode the person decided not to keep (it may already be stored). */
	async discard(): Promise<void> {
		await this.flush();
		if (this.#stored) await this.#store.delete(this.#value.id);
		this.#stored = false;
		this.#pending.clear();
	}

	/** After "deleted elsewhere": stores what is in the sheet as the episode again. */
	async keepAsNew(): Promise<SpasmEpisode> {
		const record = await this.#store.add($state.snapshot(this.#value));
		this.#deleted = false;
		this.#stored = true;
		this.#base = structuredClone(record);
		this.#pending.clear();
		this.#notice = 'Kept: the episode is stored again with what you entered.';
		return record;
	}

	#clearError(field: EditableField): void {
		if (!(field in this.#errors)) return;
		const next = { ...this.#errors };
		delete next[field];
		this.#errors = next;
	}

	#write(fields: EditableField[]): void {
		for (const f of fields) this.#pending.add(f);
		this.#status = 'saving';
		const token = this.#journal(fields);
		this.#chain = this.#chain.then(() => this.#send(fields, token)).catch(() => undefined);
	}

	/**
	 * Journals the change now, in the input's own task, with no read before it: the patch that
	 * follows reads the record first, and closing the tab in between would lose the change.
	 */
	#journal(fields: EditableField[]): string | undefined {
		if (!this.#stored || this.#deleted || !this.#store.journal) return undefined;
		const changes: Partial<SpasmEpisode> = {};
		const from: Partial<Record<keyof SpasmEpisode, unknown[]>> = {};
		for (const f of fields) {
			const value = $state.snapshot(this.#value[f]);
			const base = $state.snapshot(this.#base[f]);
			(changes as Record<string, unknown>)[f] = value;
			from[f] = [this.#journalled.has(f) ? this.#journalled.get(f) : base, base];
			this.#journalled.set(f, value);
		}
		try {
			return this.#store.journal(this.#value.id, changes, from);
		} catch {
			return undefined;
		}
	}

	async #send(fields: EditableField[], journalToken?: string): Promise<void> {
		if (this.#deleted) return;
		const changes: Partial<SpasmEpisode> = {};
		for (const f of fields) (changes as Record<string, unknown>)[f] = $state.snapshot(this.#value[f]);
		try {
			if (!this.#stored) {
				// The first change of a new past episode stores it whole.
				const record = await this.#store.add({ ...$state.snapshot(this.#value) });
				this.#stored = true;
				this.#base = structuredClone(record);
				this.#pending.clear();
			} else {
				const { record, conflicts } = await this.#store.patch(
					this.#value.id,
					changes,
					this.#base,
					journalToken
				);
				this.#base = structuredClone(record);
				for (const f of fields) if (sameJson(record[f], this.#value[f])) this.#pending.delete(f);
				this.#notice = conflicts.length
					? `${capital(conflicts.map((c) => FIELD_WORDS[c as EditableField] ?? c).join(' and '))} had also been changed in another tab or window; this sheet's version is kept.`
					: '';
			}
			for (const f of fields) this.#clearError(f);
			this.#failure = '';
		} catch (error) {
			if (error instanceof RecordNotFoundError) {
				this.#deleted = true;
				this.#notice = '';
			} else if (error instanceof ValidationError) {
				const messages = error.fields;
				const next = { ...this.#errors };
				for (const f of fields) {
					const message = messages[f] ?? Object.values(messages)[0];
					if (message) next[f] = message;
				}
				this.#errors = next;
			} else if (error instanceof StorageFullError || error instanceof UpdatedElsewhereError) {
				this.#failure = error.message;
				this.#notice = error.message;
			} else {
				this.#failure = 'Not saved.';
				this.#notice = 'Something went wrong while saving; your last changes are not stored.';
			}
		} finally {
			if (this.#pending.size === 0) this.#status = 'saved';
			else if (this.#failure || Object.keys(this.#errors).length) this.#status = 'idle';
		}
	}
}

function sameJson(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify($state.snapshot(b));
}

function capital(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
