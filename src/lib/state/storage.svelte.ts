import type { DataLayer } from '$lib/db';

const ASKED_KEY = 'persistentStorageRequested';
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

/** The parts of `navigator.storage` the app uses; absent where the browser lacks them. */
export type StorageManagerLike = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;

/** Chromium's install prompt event, which TypeScript's DOM types do not include. */
interface InstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export interface StorageEnvironment {
	storage: StorageManagerLike | undefined;
	/** Whether the app runs from the home screen / as an installed app rather than in a tab. */
	installed(): boolean;
	/** Listens for install-related browser events; returns an unsubscribe. Absent in tests. */
	watchInstall?(events: { installable(event: Event): void; installed(): void }): () => void;
}

function browserEnvironment(): StorageEnvironment {
	const standalone = () =>
		window.matchMedia('(display-mode: standalone)').matches ||
		(navigator as Navigator & { standalone?: boolean }).standalone === true;
	return {
		storage: typeof navigator !== 'undefined' ? navigator.storage : undefined,
		installed: () => typeof window !== 'undefined' && standalone(),
		watchInstall({ installable, installed }) {
			const onInstallable = (event: Event) => installable(event);
			window.addEventListener('beforeinstallprompt', onInstallable);
			window.addEventListener('appinstalled', installed);
			return () => {
				window.removeEventListener('beforeinstallprompt', onInstallable);
				window.removeEventListener('appinstalled', installed);
			};
		}
	};
}

/**
 * Whether the browser may clear the app's data, and how much it holds. Browsers evict storage of
 * sites that are neither installed nor "persisted" when space runs low (Safari also after seven
 * days without a visit), so the app asks for persistence once, after the first saved entry, and
 * Settings explains the rest. Create during component initialisation.
 */
export class StorageState {
	readonly #data: DataLayer;
	readonly #env: StorageEnvironment;
	#persisted = $state<boolean | null>(null);
	#usage = $state<number | null>(null);
	#quota = $state<number | null>(null);
	#installed = $state(false);
	#installPrompt = $state.raw<InstallPromptEvent | null>(null);
	#askedThisSession = false;

	constructor(data: DataLayer, env: StorageEnvironment = browserEnvironment()) {
		this.#data = data;
		this.#env = env;
		$effect(() => {
			// Once the page is idle: asking for the display mode and the storage estimate cost ~27 ms of
			// main thread on a slow phone, inside the task that starts Today's queries.
			const first = () => void this.refresh();
			const idle = typeof requestIdleCallback === 'function';
			const pending = idle ? requestIdleCallback(first, { timeout: 2000 }) : setTimeout(first, 200);
			const stopWatching = env.watchInstall?.({
				installable: (event) => {
					// Keep Chromium's own mini-infobar away; Settings offers an Install button instead.
					event.preventDefault();
					this.#installPrompt = event as InstallPromptEvent;
				},
				installed: () => {
					this.#installPrompt = null;
					this.#installed = true;
				}
			});
			return () => {
				if (idle) cancelIdleCallback(pending as number);
				else clearTimeout(pending);
				stopWatching?.();
			};
		});
	}

	/** True or false once known; null where the browser cannot tell (or before the first check). */
	get persisted(): boolean | null {
		return this.#persisted;
	}

	get canRequestPersistence(): boolean {
		return typeof this.#env.storage?.persist === 'function';
	}

	/** Bytes this app's origin uses, where the browser reports it. */
	get usage(): number | null {
		return this.#usage;
	}

	/** Bytes this origin may use at most, as the browser estimates it. */
	get quota(): number | null {
		return this.#quota;
	}

	get installed(): boolean {
		return this.#installed;
	}

	/** Whether the browser offers its own install dialog now (Chromium only). */
	get canInstall(): boolean {
		return this.#installPrompt !== null;
	}

	/** Not installed and not known to be persisted: the browser may clear the data. */
	get mayBeEvicted(): boolean {
		return !this.#installed && this.#persisted !== true;
	}

	async refresh(): Promise<void> {
		const storage = this.#env.storage;
		this.#installed = this.#env.installed();
		this.#persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
		const estimate = storage?.estimate ? await storage.estimate().catch(() => undefined) : undefined;
		this.#usage = estimate?.usage ?? null;
		this.#quota = estimate?.quota ?? null;
	}

	/** Asks the browser to keep the data (Firefox may show a prompt; others decide on their own). */
	async requestPersistence(): Promise<boolean> {
		const storage = this.#env.storage;
		if (!storage?.persist) return false;
		const granted = await storage.persist().catch(() => false);
		this.#persisted = granted;
		return granted;
	}

	/**
	 * After a successful save: the first time ever, ask for persistent storage. Remembered in the
	 * database so a browser that shows a prompt (Firefox) shows it once, not after every entry.
	 */
	async afterSave(): Promise<void> {
		if (this.#askedThisSession) return;
		this.#askedThisSession = true;
		const storage = this.#env.storage;
		if (!storage?.persist) return;
		if (await storage.persisted?.().catch(() => false)) {
			this.#persisted = true;
			return;
		}
		if (await this.#data.prefs.get(ASKED_KEY, false, isBoolean)) return;
		await this.#data.prefs.set(ASKED_KEY, true);
		await this.requestPersistence();
		await this.refresh();
	}

	/** Opens the browser's install dialog, where offered. */
	async install(): Promise<void> {
		const prompt = this.#installPrompt;
		if (!prompt) return;
		await prompt.prompt();
		const { outcome } = await prompt.userChoice;
		this.#installPrompt = null;
		if (outcome === 'accepted') this.#installed = true;
	}
}
