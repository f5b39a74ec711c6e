import { describe, expect, it } from 'vitest';
import { formatServings, readServings } from './servings';

const read = (text: string) => {
	const r = readServings(text);
	return r.ok ? r.value : 'error';
};

describe('readServings', () => {
	const cases: [text: string, expected: number | 'error'][] = [
		['1', 1],
		['2', 2],
		[' 3 ', 3],
		['0.5', 0.5],
		['.5', 0.5],
		['0,5', 0.5],
		['1/2', 0.5],
		['1 1/2', 1.5],
		['½', 0.5],
		['1½', 1.5],
		['1 ¾', 1.75],
		['⅓', 0.33],
		['20', 20],
		['', 'error'],
		['0', 'error'],
		['0.001', 'error'],
		['-1', 'error'],
		['20.5', 'error'],
		['1/0', 'error'],
		['two', 'error'],
		['1e3', 'error'],
		['Infinity', 'error'],
		['1.2.3', 'error'],
		['0x10', 'error']
	];
	it.each(cases)('%j → %s', (text, expected) => expect(read(text)).toBe(expected));

	it('says what to type when it cannot read the amount', () => {
		expect(readServings('lots')).toEqual({
			ok: false,
			message: 'Enter servings: more than 0 and up to 20, e.g. 0.5, 1½ or 2.'
		});
	});
});

describe('formatServings', () => {
	it.each([
		[1, '1 serving'],
		[2, '2 servings'],
		[0.5, '0.5 servings'],
		[1.25, '1.25 servings']
	])('%s → %s', (n, text) => expect(formatServings(n)).toBe(text));
});
