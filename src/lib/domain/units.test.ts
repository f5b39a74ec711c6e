import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UnitSystem } from './types';
import {
	formatDuration,
	formatWater,
	fromMl,
	flOzToMl,
	ML_PER_FL_OZ,
	mlToFlOz,
	toMl,
	waterUnitLabel
} from './units';

// fast-check replays a failure from the seed it prints; FC_SEED lets a run explore beyond the default.
const FC_PARAMS = { seed: Number(process.env.FC_SEED) || 20261124, numRuns: 500 };

describe('ml and US fl oz', () => {
	it('uses 29.5735 ml to the fluid ounce (NIST Handbook 44)', () => {
		expect(ML_PER_FL_OZ).toBe(29.5735);
	});

	const conversions: [label: string, actual: () => number, expected: number][] = [
		['1 fl oz in ml', () => flOzToMl(1), 29.5735],
		['8 fl oz in ml', () => flOzToMl(8), 236.588],
		['29.5735 ml in fl oz', () => mlToFlOz(29.5735), 1],
		['2,000 ml in fl oz', () => mlToFlOz(2000), 67.628],
		['0 ml in fl oz', () => mlToFlOz(0), 0]
	];
	it.each(conversions.map(([label, actual, expected]) => ({ label, actual, expected })))(
		'$label ≈ $expected',
		({ actual, expected }) => {
			expect(actual()).toBeCloseTo(expected, 3);
		}
	);

	it('the two conversions invert each other', () => {
		fc.assert(
			fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (ml) => {
				expect(flOzToMl(mlToFlOz(ml))).toBeCloseTo(ml, 6);
			}),
			FC_PARAMS
		);
	});
});

describe('toMl stores whole millilitres', () => {
	const cases: [amount: number, units: UnitSystem, ml: number][] = [
		[250, 'metric', 250],
		[250.4, 'metric', 250],
		[250.5, 'metric', 251],
		[1, 'us', 30],
		[0.5, 'us', 15],
		[8, 'us', 237],
		[67.6, 'us', 1999],
		[169, 'us', 4998]
	];
	it.each(cases.map(([amount, units, ml]) => ({ amount, units, ml })))(
		'$amount $units → $ml ml',
		({ amount, units, ml }) => {
			expect(toMl(amount, units)).toBe(ml);
		}
	);

	it('is within half a millilitre of the exact amount', () => {
		fc.assert(
			fc.property(fc.double({ min: 0, max: 200, noNaN: true }), (flOz) => {
				expect(Math.abs(toMl(flOz, 'us') - flOz * ML_PER_FL_OZ)).toBeLessThanOrEqual(0.5);
			}),
			FC_PARAMS
		);
	});
});

describe('fromMl rounds for display', () => {
	const cases: [ml: number, units: UnitSystem, shown: number][] = [
		[2000, 'metric', 2000],
		[250.6, 'metric', 251],
		[2000, 'us', 67.6],
		[237, 'us', 8],
		[250, 'us', 8.5],
		[5000, 'us', 169.1],
		[1, 'us', 0],
		[0, 'us', 0]
	];
	it.each(cases.map(([ml, units, shown]) => ({ ml, units, shown })))(
		'$ml ml in $units → $shown',
		({ ml, units, shown }) => {
			expect(fromMl(ml, units)).toBe(shown);
		}
	);

	it('an amount typed in fl oz to one decimal shows the same after storing', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 1690 }), (tenths) => {
				const typed = tenths / 10;
				expect(fromMl(toMl(typed, 'us'), 'us')).toBe(typed);
			}),
			FC_PARAMS
		);
	});

	it('whole millilitres show unchanged in metric', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 5000 }), (ml) => {
				expect(fromMl(toMl(ml, 'metric'), 'metric')).toBe(ml);
			}),
			FC_PARAMS
		);
	});
});

describe('formatWater', () => {
	const cases: [ml: number, units: UnitSystem, text: string][] = [
		[250, 'metric', '250 ml'],
		[2000, 'metric', '2,000 ml'],
		[250.6, 'metric', '251 ml'],
		[1_234_567, 'metric', '1,234,567 ml'],
		[2000, 'us', '68 fl oz'],
		[3000, 'us', '101 fl oz'],
		[237, 'us', '8 fl oz'],
		[250, 'us', '8.5 fl oz'],
		[500, 'us', '16.9 fl oz'],
		[737, 'us', '25 fl oz'],
		[12, 'us', '0.4 fl oz'],
		[5000, 'us', '169 fl oz'],
		[29_574, 'us', '1,000 fl oz']
	];
	it.each(cases.map(([ml, units, text]) => ({ ml, units, text })))(
		'$ml ml in $units → "$text"',
		({ ml, units, text }) => {
			expect(formatWater(ml, units)).toBe(text);
		}
	);

	it.each([
		['metric', 'ml'],
		['us', 'fl oz']
	] as const)('labels %s as %s', (units, label) => {
		expect(waterUnitLabel(units)).toBe(label);
	});
});

describe('formatDuration', () => {
	const cases: [seconds: number, text: string][] = [
		[0, '0 s'],
		[1, '1 s'],
		[59, '59 s'],
		[59.4, '59 s'],
		[59.5, '1 min'],
		[60, '1 min'],
		[61, '1 min 1 s'],
		[90, '1 min 30 s'],
		[600, '10 min'],
		[3599, '59 min 59 s'],
		[3600, '1 h 0 min'],
		[3661, '1 h 1 min'],
		[36 * 3600, '36 h 0 min'],
		[-5, '0 s']
	];
	it.each(cases.map(([seconds, text]) => ({ seconds, text })))(
		'$seconds s → "$text"',
		({ seconds, text }) => {
			expect(formatDuration(seconds)).toBe(text);
		}
	);

	it('reads back to the rounded duration, to the minute once it passes an hour', () => {
		const readBack = (text: string) =>
			[...text.matchAll(/(\d+) (h|min|s)/g)].reduce(
				(sum, [, n, unit]) => sum + Number(n) * (unit === 'h' ? 3600 : unit === 'min' ? 60 : 1),
				0
			);
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 200_000 }), (seconds) => {
				const expected = seconds >= 3600 ? seconds - (seconds % 60) : seconds;
				expect(readBack(formatDuration(seconds))).toBe(expected);
			}),
			FC_PARAMS
		);
	});
});
