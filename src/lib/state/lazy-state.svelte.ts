/**
 * A piece of the app's state whose code loads after the first render. It stands in for the real
 * object at once, so the app's shape stays the same: before the code has arrived, reading a
 * property listed in `before` gives that stand-in value and calling any other method waits for the
 * code, then calls the real method (a tap is never lost). Reads are reactive: what showed a
 * stand-in is updated when the real object arrives. Once it has, every property is the real one.
 */
export interface LazyState<T extends object> {
	readonly value: T;
	/** Loads the code (once) and makes the real object; later calls return the same promise. */
	load(): Promise<T>;
}

export function lazyState<T extends object>(
	create: () => Promise<T>,
	before: { readonly [K in keyof T]?: T[K] }
): LazyState<T> {
	let real = $state.raw<T>();
	let loading: Promise<T> | undefined;
	const load = () => (loading ??= create().then((made) => (real = made)));

	const value = new Proxy({} as T, {
		get(_, key) {
			const current = real;
			if (current) {
				const found: unknown = Reflect.get(current, key, current);
				return typeof found === 'function' ? found.bind(current) : found;
			}
			// Never look like a promise: `await app.backup` must not try to call `then`.
			if (key === 'then') return undefined;
			if (key in before) return before[key as keyof T];
			return (...args: unknown[]) =>
				load().then((made) => (made[key as keyof T] as (...a: unknown[]) => unknown).apply(made, args));
		}
	});
	return { value, load };
}

/**
 * Makes a state object outside a component's initialisation (after a dynamic import): its live
 * queries' effects belong to a root of their own, kept for the app's lifetime like the rest.
 */
export function createInRoot<T>(make: () => T): T {
	let made: T | undefined;
	$effect.root(() => {
		made = make();
	});
	return made as T;
}
