import { describe, expect, it } from 'vitest';
import { formatDurationInput, parseDuration } from './duration-input';

describe('parseDuration', () => {
	const accepts: [string, number | null][] = [
		['', null],
		['   ', null],
		['90', 5400],
		['2', 120],
		['0', 0],
		['1:30', 90],
		['0:45', 45],
		['1:02:30', 3750],
		['1,5', 90],
		['1.5', 90],
		[',5', 30],
		['1 min 30', 90],
		['1min30', 90],
		['1 min 30 s', 90],
		['2m 10s', 130],
		['2m', 120],
		['45 s', 45],
		['45 sec', 45],
		['1 h 5', 3900],
		['1 hour', 3600],
		['  3 MIN ', 180],
		['2160', 129600]
	];
	for (const [input, sec] of accepts) {
		it(`reads ${JSON.stringify(input)} as ${sec} s`, () => {
			expect(parseDuration(input)).toEqual({ ok: true, sec });
		});
	}

	const rejects = [
		'abc',
		'NaN',
		'1e3',
		'0x10',
		'-1',
		'1:75',
		'1:60:00',
		'1 parsec',
		'30 s 5',
		'1 s 2 min',
		'2161',
		'1,,5',
		'1:3:',
		'Infinity',
		'1 min min'
	];
	for (const input of rejects) {
		it(`rejects ${JSON.stringify(input)} with a message`, () => {
			const result = parseDuration(input);
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.message).toMatch(/minutes|Write/);
		});
	}
});

describe('formatDurationInput', () => {
	const cases: [number | null, string][] = [
		[null, ''],
		[0, '0'],
		[120, '2'],
		[90, '1:30'],
		[65, '1:05']
	];
	for (const [sec, text] of cases) {
		it(`shows ${sec} as ${JSON.stringify(text)} and reads it back`, () => {
			expect(formatDurationInput(sec)).toBe(text);
			expect(parseDuration(text)).toEqual({ ok: true, sec });
		});
	}
});
