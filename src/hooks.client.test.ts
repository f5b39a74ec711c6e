// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { init } from './hooks.client';

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

describe('hydration waits for the first painted frame', () => {
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
		setHidden(false);
	});

	it('starts only after the next frame and the task after it', async () => {
		vi.useFakeTimers();
		const frames: FrameRequestCallback[] = [];
		vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
		setHidden(false);
		const started = Promise.resolve(init());
		vi.advanceTimersByTime(5_000);
		expect(await settled(started)).toBe(false);
		expect(frames).toHaveLength(1);
		frames[0]?.(0);
		expect(await settled(started)).toBe(false);
		vi.advanceTimersByTime(0);
		expect(await settled(started)).toBe(true);
	});

	it('starts at once in a hidden tab, which paints no frame', async () => {
		const frame = vi.fn();
		vi.stubGlobal('requestAnimationFrame', frame);
		setHidden(true);
		expect(await settled(Promise.resolve(init()))).toBe(true);
		expect(frame).not.toHaveBeenCalled();
	});

	it('starts when the tab is hidden before its first frame', async () => {
		vi.stubGlobal('requestAnimationFrame', () => 0);
		setHidden(false);
		const started = Promise.resolve(init());
		expect(await settled(started)).toBe(false);
		setHidden(true);
		document.dispatchEvent(new Event('visibilitychange'));
		expect(await settled(started)).toBe(true);
	});
});
