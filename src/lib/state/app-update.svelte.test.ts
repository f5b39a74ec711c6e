import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDataLayer, SpasmLogDatabase, type DataLayer } from '$lib/db';
import { LATEST_VERSION, MIGRATIONS } from '$lib/db/migrations';
import { SKIP_WAITING } from '$lib/pwa/update-messages';
import { AppUpdate, type UpdateEnvironment } from './app-update.svelte';

/** Just enough of the service worker API to play its life cycle by hand. */
class FakeWorker extends EventTarget {
	state: ServiceWorkerState = 'installing';
	readonly postMessage = vi.fn();
	become(state: ServiceWorkerState) {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}

class FakeRegistration extends EventTarget {
	installing: FakeWorker | null = null;
	waiting: FakeWorker | null = null;
	readonly update = vi.fn(async () => undefined);
	/** The browser found a new version: it installs, then waits. */
	install(): FakeWorker {
		const worker = new FakeWorker();
		this.installing = worker;
		this.dispatchEvent(new Event('updatefound'));
		this.installing = null;
		this.waiting = worker;
		worker.become('installed');
		return worker;
	}
}

class FakeContainer extends EventTarget {
	controller: object | null;
	readonly registration = new FakeRegistration();
	readonly register = vi.fn(async () => this.registration);
	constructor(controlled: boolean) {
		super();
		this.controller = controlled ? {} : null;
	}
	/** A worker took control of the page (clients.claim() after activating). */
	takeControl() {
		this.controller = {};
		this.dispatchEvent(new Event('controllerchange'));
	}
}

const cleanups: (() => void)[] = [];
const databases: DataLayer[] = [];

afterEach(async () => {
	for (const stop of cleanups.splice(0)) stop();
	for (const data of databases.splice(0)) {
		data.db.close();
		await data.db.delete();
	}
});

function setup(options: { controlled?: boolean; supported?: boolean } = {}) {
	const container = new FakeContainer(options.controlled ?? true);
	const reload = vi.fn();
	const env: UpdateEnvironment = {
		serviceWorker: options.supported === false ? undefined : (container as unknown as ServiceWorkerContainer),
		scriptUrl: '/service-worker.js',
		reload
	};
	const data = createDataLayer(new SpasmLogDatabase(`update-${crypto.randomUUID()}`));
	databases.push(data);
	let update!: AppUpdate;
	cleanups.push(
		$effect.root(() => {
			update = new AppUpdate(data, env);
		})
	);
	flushSync();
	return { update, container, reload, data };
}

const registered = (container: FakeContainer) =>
	vi.waitFor(() => expect(container.register).toHaveBeenCalled());

describe('AppUpdate and the service worker', () => {
	it('registers the worker itself, without module type or HTTP caching of the script', async () => {
		const { container } = setup();
		await registered(container);
		expect(container.register).toHaveBeenCalledWith('/service-worker.js', {
			type: 'classic',
			updateViaCache: 'none'
		});
	});

	it('says nothing on the first visit, when the new worker takes control of the page', async () => {
		const { update, container, reload } = setup({ controlled: false });
		await registered(container);
		expect(update.offlineReady).toBe(false);
		container.registration.install().become('activated');
		container.takeControl();
		expect(update.offlineReady).toBe(true);
		expect(update.prompt).toBeNull();
		expect(reload).not.toHaveBeenCalled();
	});

	it('offers a waiting version and switches only when asked, reloading once it has taken over', async () => {
		const { update, container, reload } = setup();
		await registered(container);
		await Promise.resolve();
		const next = container.registration.install();
		expect(update.prompt).toBe('update-available');
		expect(next.postMessage).not.toHaveBeenCalled();

		update.reload();
		expect(next.postMessage).toHaveBeenCalledWith(SKIP_WAITING);
		expect(reload).not.toHaveBeenCalled();
		container.takeControl();
		expect(reload).toHaveBeenCalledTimes(1);
	});

	it('finds a version that was already waiting when the page opened', async () => {
		const container = new FakeContainer(true);
		container.registration.waiting = Object.assign(new FakeWorker(), { state: 'installed' as const });
		const data = createDataLayer(new SpasmLogDatabase(`update-${crypto.randomUUID()}`));
		databases.push(data);
		let update!: AppUpdate;
		cleanups.push(
			$effect.root(() => {
				update = new AppUpdate(data, {
					serviceWorker: container as unknown as ServiceWorkerContainer,
					scriptUrl: '/service-worker.js',
					reload: vi.fn()
				});
			})
		);
		flushSync();
		await vi.waitFor(() => expect(update.prompt).toBe('update-available'));
	});

	it('hides the prompt on Later until a newer version arrives', async () => {
		const { update, container } = setup();
		await registered(container);
		await Promise.resolve();
		container.registration.install();
		update.dismiss();
		expect(update.prompt).toBeNull();
		container.registration.install();
		expect(update.prompt).toBe('update-available');
	});

	it('asks for a reload, without reloading, when another tab switched to the new version', async () => {
		const { update, container, reload } = setup();
		await registered(container);
		container.takeControl();
		expect(update.prompt).toBe('update-available');
		expect(reload).not.toHaveBeenCalled();
		update.reload();
		expect(reload).toHaveBeenCalledTimes(1);
	});

	it('looks for a new version when the app comes back online or into view', async () => {
		const { container } = setup();
		await registered(container);
		await Promise.resolve();
		window.dispatchEvent(new Event('online'));
		document.dispatchEvent(new Event('visibilitychange'));
		expect(container.registration.update).toHaveBeenCalledTimes(2);
	});

	it('does nothing where service workers are unavailable', () => {
		const { update, container } = setup({ supported: false });
		expect(container.register).not.toHaveBeenCalled();
		expect([update.prompt, update.offlineReady]).toEqual([null, false]);
	});
});

describe('AppUpdate and a database upgrade in another tab', () => {
	it('asks for a reload and never reloads by itself', async () => {
		const { update, data, reload } = setup({ supported: false });
		await data.db.open();
		const newer = new SpasmLogDatabase(data.db.name, [
			...MIGRATIONS,
			{ version: LATEST_VERSION + 1, description: 'test only', stores: { extra: 'id' } }
		]);
		await newer.open();
		expect(update.prompt).toBe('updated-elsewhere');
		expect(reload).not.toHaveBeenCalled();
		update.reload();
		expect(reload).toHaveBeenCalledTimes(1);
		newer.close();
	});
});
