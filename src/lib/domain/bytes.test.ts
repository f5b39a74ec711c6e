import { describe, expect, it } from 'vitest';
import { formatBytes } from './bytes';

describe('formatBytes', () => {
	it.each([
		[0, '0 bytes'],
		[-5, '0 bytes'],
		[Number.NaN, '0 bytes'],
		[1, '1 byte'],
		[999, '999 bytes'],
		[1000, '1 KB'],
		[1499, '1.5 KB'],
		[312_400, '312 KB'],
		[999_600, '1 MB'],
		[1_400_000, '1.4 MB'],
		[12_345_678_901, '12 GB'],
		[5e15, '5,000 TB']
	])('%d bytes reads "%s"', (bytes, text) => {
		expect(formatBytes(bytes)).toBe(text);
	});
});
