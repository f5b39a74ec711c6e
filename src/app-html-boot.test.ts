// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// app.html's inline script gives the boot script (rewritten by hooks.server.ts) the promise it
// waits on before importing the app: the prerendered page's first contentful paint.
const html = readFileSync(join(import.meta.dirname, 'app.html'), 'utf8');
const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

type PaintCallback = (
	list: { getEntriesByName(name: string): unknown[] },
	observer: { disconnect(): void }
) => void;

/** Whether `promise` has settled once the queued microtasks have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
	let done = false;
	void promise.then(() => (done = true));
	await Promise.resolve();
	await Promise.resolve();
	return done;
}

function setHidden(hidden: boolean) {
	Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
}

function afterPaint(): Promise<void> {
	new Function(script)();
	return (window as unknown as { spasmLogAfterPaint(): Promise<void> }).spasmLogAfterPaint();
}

describe('the boot waits for the first contentful paint', () => {
	let observers: {
		callback: PaintCallback;
		disconnect: ReturnType<typeof vi.fn<() => void>>;
		type?: string;
	}[];

	beforeEach(() => {
		vi.useFakeTimers();
		observers = [];
		vi.stubGlobal(
			'PerformanceObserver',
			class {
				readonly entry: (typeof observers)[number];
				constructor(callback: PaintCallback) {
					this.entry = { callback, disconnect: vi.fn<() => void>() };
					observers.push(this.entry);
				}
				observe(options: { type: string; buffered: boolean }) {
					this.entry.type = options.type;
				}
				disconnect() {
					this.entry.disconnect();
				}
			}
		);
		setHidden(false);
	});

	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
		setHidden(false);
	});

	const paint = (names: string[]) => {
		const observer = observers[0]!;
		observer.callback(
			{ getEntriesByName: (name) => names.filter((n) => n === name) },
			{ disconnect: observer.disconnect }
		);
	};

	it('starts once the first contentful paint is reported, not at the first paint without content', async () => {
		const started = afterPaint();
		expect(observers.map((o) => o.type)).toEqual(['paint']);
		vi.advanceTimersByTime(2_000);
		paint(['first-paint']);
		expect(await settled(started)).toBe(false);
		paint(['first-paint', 'first-contentful-paint']);
		expect(await settled(started)).toBe(true);
		expect(observers[0]!.disconnect).toHaveBeenCalled();
	});

	it('starts at once in a hidden tab, which paints nothing', async () => {
		setHidden(true);
		expect(await settled(afterPaint())).toBe(true);
		expect(observers).toHaveLength(0);
	});

	it('starts when the tab is hidden before its first paint', async () => {
		const started = afterPaint();
		expect(await settled(started)).toBe(false);
		document.dispatchEvent(new Event('visibilitychange'));
		expect(await settled(started)).toBe(true);
	});

	it('starts after 3 s when no paint is reported', async () => {
		const started = afterPaint();
		vi.advanceTimersByTime(2_999);
		expect(await settled(started)).toBe(false);
		vi.advanceTimersByTime(1);
		expect(await settled(started)).toBe(true);
	});

	it('without paint timing, starts after the next frame and the task after it', async () => {
		vi.stubGlobal(
			'PerformanceObserver',
			class {
				observe() {
					throw new TypeError('paint is not supported');
				}
			}
		);
		const frames: FrameRequestCallback[] = [];
		vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
		const started = afterPaint();
		expect(await settled(started)).toBe(false);
		expect(frames).toHaveLength(1);
		frames[0]!(0);
		expect(await settled(started)).toBe(false);
		vi.advanceTimersByTime(0);
		expect(await settled(started)).toBe(true);
	});
});
