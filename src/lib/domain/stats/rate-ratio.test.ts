import { describe, expect, it } from 'vitest';
import { poissonRateRatio } from './rate-ratio';

function cases(rows: ReadonlyArray<readonly [name: string, actual: () => unknown, expected: unknown]>) {
	for (const [name, actual, expected] of rows) it(name, () => expect(actual()).toEqual(expected));
}

const close = (x: number) => expect.closeTo(x, 4);

// Worked by hand with z = 1.959964:
// a=4 over 10 days, b=12 over 8 days: RR = 0.4 / 1.5 = 0.266667; SE = √(1/4 + 1/12) = 0.577350;
//   ln RR = −1.321756; ± 1.131586 → exp(−2.453342) = 0.086006, exp(−0.190170) = 0.826818.
// a=0 over 7, b=5 over 7, corrected to 0.5 and 5.5: RR = 0.090909; SE = √(2 + 1/5.5) = 1.477098;
//   ln RR = −2.397895; ± 2.895059 → exp(−5.292954) = 0.005027, exp(0.497164) = 1.644051.
describe('poissonRateRatio', () => {
	cases([
		['estimate', () => poissonRateRatio(4, 10, 12, 8).estimate, close(0.266667)],
		['lower bound', () => poissonRateRatio(4, 10, 12, 8).lower, close(0.086006)],
		['upper bound', () => poissonRateRatio(4, 10, 12, 8).upper, close(0.826818)],
		[
			'no correction when both counts are positive',
			() => poissonRateRatio(4, 10, 12, 8).continuityCorrected,
			false
		],
		['zero count: corrected estimate', () => poissonRateRatio(0, 7, 5, 7).estimate, close(0.090909)],
		['zero count: lower bound', () => poissonRateRatio(0, 7, 5, 7).lower, close(0.005027)],
		['zero count: upper bound', () => poissonRateRatio(0, 7, 5, 7).upper, close(1.644051)],
		['zero count is flagged', () => poissonRateRatio(0, 7, 5, 7).continuityCorrected, true],
		['equal rates give a ratio of 1', () => poissonRateRatio(10, 10, 20, 20).estimate, close(1)],
		[
			'equal rates give an interval symmetric on the log scale',
			() => {
				const r = poissonRateRatio(10, 10, 20, 20);
				return r.lower * r.upper;
			},
			close(1)
		]
	]);

	it('rejects a group with no days', () => {
		expect(() => poissonRateRatio(1, 0, 1, 5)).toThrow(RangeError);
	});
	it('rejects a negative count', () => {
		expect(() => poissonRateRatio(-1, 5, 1, 5)).toThrow(RangeError);
	});
});
