import type { DataLayer } from '$lib/db';

type DataModule = typeof import('$lib/db');

let loading: Promise<DataModule> | undefined;
let loaded: DataModule | undefined;

/**
 * The data layer's code (Dexie, repositories, validation): about half of what Today would otherwise
 * load before it can paint and hydrate. It is imported once, on first need, which is right after the
 * first render (the live queries' effects) or a tap that comes before that.
 */
export function loadDataModule(): Promise<DataModule> {
	// Dexie first, the rest a task later: evaluated together the chunk was one long task (18–25 ms
	// of CPU in the bench's traces), which a throttled phone counts as blocking. Importing Dexie on
	// its own here also keeps it a chunk of its own.
	loading ??= import('dexie')
		.then(() => new Promise((resolve) => setTimeout(resolve)))
		.then(() => import('$lib/db'))
		.then((module) => (loaded = module));
	return loading;
}

/** The module if it has loaded, so code that runs later needs no extra tick. */
export function loadedDataModule(): DataModule | undefined {
	return loaded;
}

/** The app's one data layer, once its code has loaded. */
export async function loadDataLayer(): Promise<DataLayer> {
	return (await loadDataModule()).getDataLayer();
}

/**
 * A stand-in for the app's data layer that needs none of its code until used. Once the code has
 * loaded, every property is the real one (calls run synchronously, as Dexie's liveQuery needs).
 * Before that, a method call waits for the code and then runs, so a tap made before the data layer
 * arrived is saved, never lost. `onUpgradedElsewhere` returns its unsubscribe at once, as the real
 * one does.
 */
export function deferredDataLayer(
	load: () => Promise<DataLayer> = loadDataLayer,
	peek: () => DataLayer | undefined = () => loadedDataModule()?.getDataLayer()
): DataLayer {
	const at = (root: unknown, path: readonly PropertyKey[]): unknown =>
		path.reduce<unknown>((object, key) => (object as Record<PropertyKey, unknown>)[key], root);

	const node = (path: readonly PropertyKey[]): unknown =>
		new Proxy(function deferred() {}, {
			get(_, key) {
				// Never look like a promise: `await data` must not try to call `data.then`.
				if (key === 'then') return undefined;
				const real = peek();
				if (real) {
					const parent = at(real, path) as Record<PropertyKey, unknown>;
					const value = parent[key];
					return typeof value === 'function' ? value.bind(parent) : value;
				}
				if (path.length === 0 && (key === 'onUpgradedElsewhere' || key === 'onNewerDatabase'))
					return subscribeLater(key);
				return node([...path, key]);
			},
			apply(_, __, args: unknown[]) {
				const call = (real: DataLayer) => {
					const parent = at(real, path.slice(0, -1)) as Record<PropertyKey, (...a: unknown[]) => unknown>;
					return parent[path.at(-1)!]!(...args);
				};
				const real = peek();
				return real ? call(real) : load().then(call);
			}
		});

	// Listener registrations return their unsubscribe at once, as the real ones do.
	const subscribeLater = (key: 'onUpgradedElsewhere' | 'onNewerDatabase') => (listener: () => void) => {
		let stopped = false;
		let stop: (() => void) | undefined;
		void load().then((real) => {
			if (!stopped) stop = real[key](listener);
		});
		return () => {
			stopped = true;
			stop?.();
		};
	};

	return node([]) as DataLayer;
}
