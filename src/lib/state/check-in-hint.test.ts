import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHECK_IN_HINT_KEY, checkInDayAt } from './check-in.svelte';

// The inline script in app.html decides before the first paint whether Today's check-in card holds
// its place. It cannot import the app's rules, so this keeps the two in step.
const html = readFileSync(new URL('../../app.html', import.meta.url), 'utf8');
const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

function run(now: Date, stored: string | null): string | null {
	vi.setSystemTime(now);
	const attributes = new Map<string, string>();
	const root = {
		setAttribute: (name: string, value: string) => attributes.set(name, value),
		getAttribute: (name: string) => attributes.get(name) ?? null,
		removeAttribute: (name: string) => attributes.delete(name)
	};
	const storage = { getItem: (key: string) => (key === CHECK_IN_HINT_KEY ? stored : null) };
	const noop = () => undefined;
	new Function('document', 'localStorage', 'addEventListener', 'removeEventListener', 'window', script)(
		{ documentElement: root },
		storage,
		noop,
		noop,
		{}
	);
	return attributes.get('data-check-in') ?? null;
}

afterEach(() => {
	vi.useRealTimers();
});

describe("app.html's check-in hint", () => {
	it.each(Array.from({ length: 24 }, (_, hour) => hour))(
		'at %i:30 holds the place exactly when Today would ask, unless that day was answered',
		(hour) => {
			vi.useFakeTimers();
			const now = new Date(2026, 2, 1, hour, 30);
			const ask = checkInDayAt(hour, '2026-03-01');
			expect(run(now, null)).toBe(ask?.which ?? null);
			expect(run(now, 'nonsense')).toBe(ask?.which ?? null);
			if (ask) {
				// Across the month end: before noon on 1 March the question is about 28 February.
				expect(ask.day).toBe(ask.which === 'yesterday' ? '2026-02-28' : '2026-03-01');
				expect(run(now, ask.day)).toBeNull();
				expect(run(now, `2026-02-28 2026-03-01`)).toBeNull();
				expect(run(now, ask.which === 'yesterday' ? '2026-03-01' : '2026-02-28')).toBe(ask.which);
			}
		}
	);

	it('shows the card as before when storage is turned off', () => {
		vi.useFakeTimers();
		vi.setSystemTime(new Date(2026, 2, 1, 20, 0));
		const root = { setAttribute: vi.fn(), getAttribute: () => null, removeAttribute: () => undefined };
		const blocked = {
			getItem: () => {
				throw new DOMException('denied', 'SecurityError');
			}
		};
		const noop = () => undefined;
		expect(() =>
			new Function('document', 'localStorage', 'addEventListener', 'removeEventListener', 'window', script)(
				{ documentElement: root },
				blocked,
				noop,
				noop,
				{}
			)
		).not.toThrow();
		expect(root.setAttribute).not.toHaveBeenCalled();
	});
});
