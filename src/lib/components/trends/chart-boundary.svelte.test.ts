import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRawSnippet, flushSync, mount, unmount } from 'svelte';
import ChartBoundary from './chart-boundary.svelte';

let mounted: Record<string, unknown> | undefined;
afterEach(() => {
	if (mounted) void unmount(mounted);
	mounted = undefined;
	vi.restoreAllMocks();
});

function render(children: ReturnType<typeof createRawSnippet>): HTMLElement {
	const target = document.createElement('div');
	document.body.append(target);
	mounted = mount(ChartBoundary, { target, props: { title: 'Spasms per week', children } });
	flushSync();
	return target;
}

describe('ChartBoundary', () => {
	it('shows the chart when it draws', () => {
		const target = render(
			createRawSnippet(() => ({ render: () => '<canvas data-testid="drawn"></canvas>' }))
		);
		expect(target.querySelector('[data-testid="drawn"]')).not.toBeNull();
		expect(target.querySelector('[data-testid="chart-failed"]')).toBeNull();
	});

	it('replaces a chart that throws while drawing with a message naming it, and reports the error', () => {
		const reported = vi.spyOn(console, 'error').mockImplementation(() => {});
		const failure = new Error('a week with no days');
		const target = render(
			createRawSnippet(() => ({
				render: () => {
					throw failure;
				}
			}))
		);
		const message = target.querySelector('[data-testid="chart-failed"]');
		expect(message?.querySelector('h2')?.textContent).toBe('Spasms per week');
		expect(message?.textContent).toContain("This chart couldn't be drawn from your logs.");
		expect(reported).toHaveBeenCalledWith('The chart "Spasms per week" could not be drawn', failure);
	});
});
