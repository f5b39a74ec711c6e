import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from './number-format';

describe('formatNumber', () => {
	it('groups thousands and trims the fraction as en-US does', () => {
		expect(formatNumber(0)).toBe('0');
		expect(formatNumber(999)).toBe('999');
		expect(formatNumber(1000)).toBe('1,000');
		expect(formatNumber(1234567)).toBe('1,234,567');
		expect(formatNumber(2.5, 0)).toBe('3');
		expect(formatNumber(-2.5, 0)).toBe('-3');
		expect(formatNumber(0.12345)).toBe('0.123');
		expect(formatNumber(101.4, 1)).toBe('101.4');
		expect(formatNumber(101, 1)).toBe('101');
		expect(formatNumber(1.5, 2, 2)).toBe('1.50');
		expect(formatNumber(12345.678, 2)).toBe('12,345.68');
	});

	it('equals toLocaleString("en-US") by default', () => {
		fc.assert(
			fc.property(fc.double(), (value) => {
				expect(formatNumber(value)).toBe(value.toLocaleString('en-US'));
			}),
			{ numRuns: 2000 }
		);
	});

	it('equals toLocaleString("en-US") for any number and fraction digits', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.double({ noNaN: false }),
					fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 8),
					fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 1000)
				),
				fc.integer({ min: 0, max: 3 }),
				fc.integer({ min: 0, max: 3 }),
				(value, max, min) => {
					const least = Math.min(min, max);
					expect(formatNumber(value, max, least)).toBe(
						value.toLocaleString('en-US', { minimumFractionDigits: least, maximumFractionDigits: max })
					);
				}
			),
			{ numRuns: 5000 }
		);
	});
});
