import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { createInRoot, lazyState } from './lazy-state.svelte';

class Counter {
	#count = $state(0);
	get count(): number {
		return this.#count;
	}
	get loaded(): boolean {
		return true;
	}
	add(n: number): number {
		this.#count += n;
		return this.#count;
	}
}

function deferred<T>() {
	let resolve!: (value: T) => void;
	const promise = new Promise<T>((r) => (resolve = r));
	return { promise, resolve };
}

describe('lazyState', () => {
	it('gives the stand-in values until the real object has loaded, then the real ones', async () => {
		const lazy = lazyState<Counter>(async () => new Counter(), { loaded: false, count: 0 });
		expect(lazy.value.loaded).toBe(false);
		await lazy.load();
		expect(lazy.value.loaded).toBe(true);
		expect(lazy.value.add(2)).toBe(2);
		expect(lazy.value.count).toBe(2);
	});

	it('queues a call made before the code arrived and runs it once it has', async () => {
		const gate = deferred<void>();
		let made = 0;
		const lazy = lazyState<Counter>(
			async () => {
				await gate.promise;
				made++;
				return new Counter();
			},
			{ loaded: false }
		);
		const call = lazy.value.add(5) as unknown as Promise<number>;
		const second = lazy.value.add(1) as unknown as Promise<number>;
		expect(lazy.value.loaded).toBe(false);
		gate.resolve();
		expect(await call).toBe(5);
		expect(await second).toBe(6);
		expect(made).toBe(1);
		expect(lazy.value.count).toBe(6);
	});

	it('never looks like a promise', async () => {
		const lazy = lazyState<Counter>(async () => new Counter(), {});
		expect((lazy.value as unknown as { then?: unknown }).then).toBeUndefined();
		expect(await Promise.resolve(lazy.value)).toBe(lazy.value);
	});

	it('updates what read a stand-in when the real object arrives', async () => {
		const lazy = lazyState<Counter>(async () => new Counter(), { loaded: false });
		const seen: boolean[] = [];
		const stop = $effect.root(() => {
			$effect(() => {
				seen.push(lazy.value.loaded);
			});
		});
		flushSync();
		await lazy.load();
		flushSync();
		expect(seen).toEqual([false, true]);
		stop();
	});
});

describe('createInRoot', () => {
	it('makes an object whose effects run outside a component', async () => {
		let runs = 0;
		const made = createInRoot(() => {
			$effect(() => {
				runs++;
			});
			return { ok: true };
		});
		await Promise.resolve();
		flushSync();
		expect(made.ok).toBe(true);
		expect(runs).toBe(1);
	});
});
