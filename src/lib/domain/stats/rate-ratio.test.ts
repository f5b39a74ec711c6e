import { describe, expect, it } from 'vitest';
import { blockSandwichRateRatio, tQuantile975 } from './rate-ratio';

/** Pairs from runs of [habit met?, spasms on the outcome day, how many pairs in a row]. */
function pairs(...runs: [met: boolean, y: number, n: number][]): { met: boolean[]; y: number[] } {
	const met: boolean[] = [];
	const y: number[] = [];
	for (const [m, count, n] of runs) {
		for (let i = 0; i < n; i++) {
			met.push(m);
			y.push(count);
		}
	}
	return { met, y };
}

const T1 = 12.706204736; // t₀.₉₇₅ with 1 degree of freedom (G = 2)

describe('blockSandwichRateRatio, worked by hand', () => {
	it('G = 2, no zero count', () => {
		// Block 1: 7 met days with 1 spasm, 7 other days with 1; block 2: 7 met with 0, 7 others with 2.
		// n₁ = n₀ = 14, a = 7, b = 21; μ₁ = 0.5, μ₀ = 1.5, RR = 1/3.
		// ψ: met y=1 → (1 − 0.5)/7 = 1/14, met y=0 → −1/14; other y=1 → −(1 − 1.5)/21 = 1/42, y=2 → −1/42.
		// U₁ = 7/14 + 7/42 = 2/3, U₂ = −2/3; V = 2/1 · (4/9 + 4/9) = 16/9, √V = 4/3.
		const { met, y } = pairs([true, 1, 7], [false, 1, 7], [true, 0, 7], [false, 2, 7]);
		const r = blockSandwichRateRatio(met, y)!;
		expect(r.estimate).toBeCloseTo(1 / 3, 12);
		expect(r.lower).toBeCloseTo(Math.exp(Math.log(1 / 3) - T1 * (4 / 3)), 12);
		expect(r.upper / Math.exp(Math.log(1 / 3) + T1 * (4 / 3))).toBeCloseTo(1, 12);
		expect(r).toMatchObject({ blocks: 2, df: 1, continuityCorrected: false });
	});

	it('a zero count: ½ added to both, and the Poisson variance is the floor', () => {
		// Met days never had a spasm (a = 0), other days one each (b = 14): x = 0.5, w = 14.5.
		// μ₁ = 0.5/14, μ₀ = 14.5/14, RR = 0.5/14.5. ψ: met → −μ₁/x = −1/14; other → −(1 − μ₀)/w = 1/406.
		// U₁ = U₂ = −7/14 + 7/406 = −0.48276; V = 2 · 2 · 0.48276² = 0.93222 < 1/0.5 + 1/14.5 = 2.06897.
		const { met, y } = pairs([true, 0, 7], [false, 1, 7], [true, 0, 7], [false, 1, 7]);
		const r = blockSandwichRateRatio(met, y)!;
		const rr = 0.5 / 14.5;
		const se = Math.sqrt(1 / 0.5 + 1 / 14.5);
		expect(r.estimate).toBeCloseTo(rr, 12);
		expect(r.lower).toBeCloseTo(Math.exp(Math.log(rr) - T1 * se), 12);
		expect(r.upper / Math.exp(Math.log(rr) + T1 * se)).toBeCloseTo(1, 12);
		expect(r.continuityCorrected).toBe(true);
	});

	it('leftover pairs join the last block rather than make a third', () => {
		// 33 pairs: G = ⌊33/14⌋ = 2; block 1 is pairs 1–14, block 2 is pairs 15–33.
		// Block 1: 7 met with 2, 7 others with 1; block 2: 10 others with 1, then 9 met with 1.
		// n₁ = 16, n₀ = 17, a = 23, b = 17; μ₁ = 23/16, μ₀ = 1, RR = 1.4375.
		// ψ: met y=2 → (2 − 23/16)/23 = 9/368, met y=1 → −7/368, others → 0.
		// U₁ = 63/368, U₂ = −63/368; V = 2 · 2 · (63/368)².
		const { met, y } = pairs([true, 2, 7], [false, 1, 7], [false, 1, 10], [true, 1, 9]);
		const r = blockSandwichRateRatio(met, y)!;
		const se = Math.sqrt(4 * (63 / 368) ** 2);
		expect(r.estimate).toBeCloseTo(1.4375, 12);
		expect(r.lower).toBeCloseTo(Math.exp(Math.log(1.4375) - T1 * se), 12);
		expect(r.upper / Math.exp(Math.log(1.4375) + T1 * se)).toBeCloseTo(1, 12);
		expect(r).toMatchObject({ blocks: 2, df: 1 });
	});

	it('G = 3 uses G/(G − 1) = 1.5 and t with 2 degrees of freedom', () => {
		// Blocks of 7 met with 1 and 7 others with 1, then the last block's met days have 2.
		// n₁ = n₀ = 21, a = 28, b = 21; μ₁ = 4/3, μ₀ = 1. ψ: met y=1 → (1 − 4/3)/28 = −1/84,
		// met y=2 → (2/3)/28 = 2/84, others → 0. U = −7/84, −7/84, 14/84; V = 1.5 · 294/84².
		const { met, y } = pairs(
			[true, 1, 7],
			[false, 1, 7],
			[true, 1, 7],
			[false, 1, 7],
			[true, 2, 7],
			[false, 1, 7]
		);
		const r = blockSandwichRateRatio(met, y)!;
		const se = Math.sqrt((1.5 * 294) / 84 ** 2);
		expect(r.estimate).toBeCloseTo(4 / 3, 12);
		expect(r.lower).toBeCloseTo(Math.exp(Math.log(4 / 3) - 4.30265273 * se), 9);
		expect(r).toMatchObject({ blocks: 3, df: 2 });
	});

	it('fewer than two blocks, an empty group or no episodes: no interval', () => {
		const short = pairs([true, 1, 13], [false, 1, 14]);
		expect(blockSandwichRateRatio(short.met, short.y)).toBeNull();
		const oneGroup = pairs([true, 1, 28]);
		expect(blockSandwichRateRatio(oneGroup.met, oneGroup.y)).toBeNull();
		const none = pairs([true, 0, 14], [false, 0, 14]);
		expect(blockSandwichRateRatio(none.met, none.y)).toBeNull();
	});

	it('rejects mismatched or negative input', () => {
		expect(() => blockSandwichRateRatio([true], [])).toThrow(RangeError);
		const { met, y } = pairs([true, 1, 14], [false, 1, 14]);
		y[3] = -1;
		expect(() => blockSandwichRateRatio(met, y)).toThrow(RangeError);
	});
});

describe('tQuantile975', () => {
	// scipy.stats.t.ppf(0.975, df)
	it.each([
		[1, 12.706204736],
		[2, 4.30265273],
		[30, 2.042272456],
		[31, 2.039513446],
		[40, 2.02107539],
		[60, 2.000297822],
		[120, 1.979930405],
		[1000, 1.962339081]
	])('df %i → %f', (df, t) => {
		expect(Math.abs(tQuantile975(df) - t)).toBeLessThan(2e-6);
	});
	it('rejects a df below 1 or not whole', () => {
		expect(() => tQuantile975(0)).toThrow(RangeError);
		expect(() => tQuantile975(2.5)).toThrow(RangeError);
	});
});
