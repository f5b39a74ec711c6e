import { describe, expect, it } from 'vitest';
import { count, cramps, formatDuration, formatNumber, times } from './wording';

describe('wording', () => {
	const cases: [name: string, actual: () => string, expected: string][] = [
		['whole number', () => formatNumber(3), '3'],
		['a third rounds to one decimal', () => formatNumber(4 / 3), '1.3'],
		['two thirds rounds up', () => formatNumber(5 / 3), '1.7'],
		['singular', () => count(1, 'day'), '1 day'],
		['plural', () => count(2, 'day'), '2 days'],
		['zero is plural', () => count(0, 'day'), '0 days'],
		['cramps, one', () => cramps(1), '1 cramp or spasm'],
		['cramps, several', () => cramps(4), '4 cramps or spasms'],
		['seconds only', () => formatDuration(45), '45 seconds'],
		['one minute', () => formatDuration(60), '1 minute'],
		['whole minutes', () => formatDuration(600), '10 minutes'],
		['minutes and seconds', () => formatDuration(630), '10 min 30 s'],
		['factor 2', () => times(2), 'twice'],
		['factor 3', () => times(3), '3 times'],
		['factor 1.5', () => times(1.5), '1.5 times']
	];
	it.each(cases)('%s', (_name, actual, expected) => {
		expect(actual()).toBe(expected);
	});
});
