import type { DataLayer } from '$lib/db';
import { SKIP_WAITING } from '$lib/pwa/update-messages';

/** What the update prompt asks, if anything. */
export type UpdatePrompt =
	/** A new version is installed and waiting (or another tab already switched to it). */
	| 'update-available'
	/** Another tab upgraded the database; this tab can no longer save until it reloads. */
	| 'updated-elsewhere'
	/** The stored data comes from a newer app version than this one: nothing is read or written. */
	| 'database-newer'
	| null;

export interface UpdateEnvironment {
	/** Undefined where service workers are unsupported, and in development. */
	serviceWorker: ServiceWorkerContainer | undefined;
	scriptUrl: string;
	reload(): void;
}

/** How often an open app looks for a new version, besides when it comes back into view or online. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Registers the service worker and turns its life cycle into one calm question. A new version
 * installs in the background and waits; the app switches only when the person presses Reload,
 * so a half-filled form is never thrown away by a reload nobody asked for.
 * Create during component initialisation.
 */
export class AppUpdate {
	readonly #env: UpdateEnvironment;
	#waiting = $state.raw<ServiceWorker | null>(null);
	#switchedElsewhere = $state(false);
	#upgradedElsewhere = $state(false);
	#databaseNewer = $state(false);
	#dismissed = $state(false);
	#offlineReady = $state(false);
	#reloadRequested = false;
	#registration: ServiceWorkerRegistration | undefined;

	readonly prompt: UpdatePrompt = $derived(
		this.#databaseNewer
			? 'database-newer'
			: this.#upgradedElsewhere
				? 'updated-elsewhere'
				: (this.#waiting || this.#switchedElsewhere) && !this.#dismissed
					? 'update-available'
					: null
	);

	constructor(
		data: Pick<DataLayer, 'onUpgradedElsewhere'> & Partial<Pick<DataLayer, 'onNewerDatabase'>>,
		env: UpdateEnvironment
	) {
		this.#env = env;
		$effect(() =>
			data.onNewerDatabase?.(() => {
				this.#databaseNewer = true;
			})
		);
		$effect(() =>
			data.onUpgradedElsewhere(() => {
				this.#upgradedElsewhere = true;
			})
		);
		$effect(() => this.#watch());
	}

	/** Whether a service worker controls this page, so it will load with the network off. */
	get offlineReady(): boolean {
		return this.#offlineReady;
	}

	/** Hides the update prompt until a newer version turns up; the waiting one stays ready. */
	dismiss(): void {
		this.#dismissed = true;
	}

	/** Switches to the waiting version (the page reloads once it has taken over), or just reloads. */
	reload(): void {
		const waiting = this.#waiting;
		if (waiting && waiting.state === 'installed') {
			this.#reloadRequested = true;
			waiting.postMessage(SKIP_WAITING);
		} else {
			this.#env.reload();
		}
	}

	/** Asks the browser to look for a new version now; failures (offline) are ignored. */
	async check(): Promise<void> {
		await this.#registration?.update().catch(() => undefined);
	}

	#showWaiting(worker: ServiceWorker): void {
		if (worker === this.#waiting) return;
		this.#waiting = worker;
		this.#dismissed = false;
	}

	#watch(): (() => void) | undefined {
		const container = this.#env.serviceWorker;
		if (!container) return;
		let stopped = false;
		// On the first visit the new worker claims the page: that is not an update.
		let hadController = container.controller !== null;
		this.#offlineReady = hadController;

		const onControllerChange = () => {
			this.#offlineReady = true;
			if (this.#reloadRequested) return this.#env.reload();
			// Another tab pressed Reload: this page still runs the old version until it reloads.
			if (hadController) {
				this.#waiting = null;
				this.#switchedElsewhere = true;
				this.#dismissed = false;
			}
			hadController = true;
		};

		const track = (registration: ServiceWorkerRegistration) => {
			this.#registration = registration;
			if (registration.waiting && container.controller) this.#showWaiting(registration.waiting);
			registration.addEventListener('updatefound', () => {
				const worker = registration.installing;
				worker?.addEventListener('statechange', () => {
					if (worker.state === 'installed' && container.controller) this.#showWaiting(worker);
				});
			});
		};

		const check = () => void this.check();
		const onVisible = () => {
			if (document.visibilityState === 'visible') check();
		};

		container.addEventListener('controllerchange', onControllerChange);
		document.addEventListener('visibilitychange', onVisible);
		window.addEventListener('online', check);
		const timer = setInterval(check, CHECK_EVERY_MS);
		container
			.register(this.#env.scriptUrl, { type: 'classic', updateViaCache: 'none' })
			.then((registration) => {
				if (!stopped) track(registration);
			})
			// Without a worker the app still runs online; there is nothing useful to tell the person.
			.catch(() => undefined);

		return () => {
			stopped = true;
			container.removeEventListener('controllerchange', onControllerChange);
			document.removeEventListener('visibilitychange', onVisible);
			window.removeEventListener('online', check);
			clearInterval(timer);
		};
	}
}
