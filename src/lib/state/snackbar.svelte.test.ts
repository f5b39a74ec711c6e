import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_MESSAGES, Snackbar } from './snackbar.svelte';

beforeEach(() => {
	vi.useFakeTimers();
});

afterEach(() => {
	vi.useRealTimers();
});

const undo = (run: () => void | Promise<void> = () => undefined) => ({ label: 'Undo', run });

describe('Snackbar', () => {
	it('keeps one Undo per message, each until its own timeout', async () => {
		const bar = new Snackbar(8000);
		const runs: string[] = [];
		bar.show(
			'A deleted',
			undo(() => void runs.push('A'))
		);
		vi.advanceTimersByTime(3000);
		bar.show(
			'B deleted',
			undo(() => void runs.push('B'))
		);
		bar.show(
			'C deleted',
			undo(() => void runs.push('C'))
		);
		expect(bar.messages.map((m) => m.text)).toEqual(['A deleted', 'B deleted', 'C deleted']);

		await bar.act(bar.messages[0]!.id);
		await bar.act(bar.messages[0]!.id);
		expect(runs).toEqual(['A', 'B']);
		expect(bar.messages.map((m) => m.text)).toEqual(['C deleted']);

		vi.advanceTimersByTime(8000);
		expect(bar.messages).toEqual([]);
	});

	it('times each message out on its own clock', () => {
		const bar = new Snackbar(8000);
		bar.show('A deleted', undo());
		vi.advanceTimersByTime(5000);
		bar.show('B deleted', undo());
		vi.advanceTimersByTime(3000);
		expect(bar.messages.map((m) => m.text)).toEqual(['B deleted']);
	});

	it('lets a plain message replace the previous plain one, never an Undo', () => {
		const bar = new Snackbar();
		bar.show('Saved');
		bar.show('A deleted', undo());
		bar.show('Changes saved');
		expect(bar.messages.map((m) => m.text)).toEqual(['A deleted', 'Changes saved']);
	});

	it(`shows at most ${MAX_MESSAGES} messages, dropping the oldest`, () => {
		const bar = new Snackbar();
		for (const name of ['A', 'B', 'C', 'D']) bar.show(`${name} deleted`, undo());
		expect(bar.messages.map((m) => m.text)).toEqual(['B deleted', 'C deleted', 'D deleted']);
	});

	it('keeps the Undo when its action fails, with a fresh timer, and can run it again', async () => {
		const bar = new Snackbar(8000);
		let fail = true;
		const run = vi.fn(async () => {
			if (fail) throw new Error('disk full');
		});
		const id = bar.show('A deleted', undo(run));
		vi.advanceTimersByTime(7000);
		await expect(bar.act(id)).rejects.toThrow('disk full');
		expect(bar.messages.map((m) => [m.text, m.busy])).toEqual([['A deleted', false]]);
		vi.advanceTimersByTime(7000);
		expect(bar.messages).toHaveLength(1);
		fail = false;
		await bar.act(id);
		expect(run).toHaveBeenCalledTimes(2);
		expect(bar.messages).toEqual([]);
	});

	it('runs an action once however often it is tapped while running', async () => {
		const bar = new Snackbar();
		let release!: () => void;
		const run = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
		const id = bar.show('A deleted', undo(run));
		const first = bar.act(id);
		await bar.act(id);
		release();
		await first;
		expect(run).toHaveBeenCalledTimes(1);
	});

	it('dismisses what was shown before a mark, keeping what came after', () => {
		const bar = new Snackbar();
		bar.show('Drink deleted', undo());
		const mark = bar.mark;
		bar.show('Logged 1 min of stretching', undo());
		bar.dismissBefore(mark);
		expect(bar.messages.map((m) => m.text)).toEqual(['Logged 1 min of stretching']);
	});
});
