// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenLoadedAndIdle } from './when-idle';

/** A document still loading, whose load event the test fires. */
function loadingDocument() {
	let state: DocumentReadyState = 'loading';
	vi.spyOn(document, 'readyState', 'get').mockImplementation(() => state);
	return () => {
		state = 'complete';
		window.dispatchEvent(new Event('load'));
	};
}

afterEach(() => {
	vi.restoreAllMocks();
	vi.useRealTimers();
});

describe('whenLoadedAndIdle', () => {
	it('waits for the page to load, then for the browser to be idle', async () => {
		const fireLoad = loadingDocument();
		const idle: IdleRequestCallback[] = [];
		vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
		const task = vi.fn();
		whenLoadedAndIdle(task);
		expect(idle).toHaveLength(0);
		fireLoad();
		expect(idle).toHaveLength(1);
		expect(task).not.toHaveBeenCalled();
		idle[0]!({ didTimeout: false, timeRemaining: () => 10 });
		await vi.waitFor(() => expect(task).toHaveBeenCalledTimes(1));
		vi.unstubAllGlobals();
	});

	it('runs after idle at once when the page has already loaded, and never once cancelled', async () => {
		vi.useFakeTimers();
		vi.stubGlobal('requestIdleCallback', undefined);
		const ran = vi.fn();
		whenLoadedAndIdle(ran);
		const cancelled = vi.fn();
		whenLoadedAndIdle(cancelled)();
		await vi.runAllTimersAsync();
		expect(ran).toHaveBeenCalledTimes(1);
		expect(cancelled).not.toHaveBeenCalled();

		const fireLoad = loadingDocument();
		const beforeLoad = vi.fn();
		whenLoadedAndIdle(beforeLoad)();
		fireLoad();
		await vi.runAllTimersAsync();
		expect(beforeLoad).not.toHaveBeenCalled();
		vi.unstubAllGlobals();
	});
});
