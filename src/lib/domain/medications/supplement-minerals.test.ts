import { describe, expect, it } from 'vitest';
import { createMedicationDose, type DoseFields } from '../records';
import type { MineralMg } from '../types';
import {
	SUPPLEMENTAL_MAGNESIUM_UL_MG,
	formatDose,
	magnesiumLimitNote,
	mineralSources,
	supplementMineralsForDay
} from './supplement-minerals';

const ctx = (iso: string) => ({ now: new Date(iso), timeZone: 'America/New_York' });
const dose = (fields: Partial<DoseFields>, iso = '2026-11-24T15:00:00Z') =>
	createMedicationDose(
		{ name: 'Magnesium', kind: 'supplement', amount: 1, unit: 'tablet', ...fields },
		ctx(iso)
	);
const mg = (m: Partial<MineralMg>): MineralMg => ({
	magnesium: 0,
	potassium: 0,
	calcium: 0,
	sodium: 0,
	...m
});

describe('supplementMineralsForDay', () => {
	const cases: [string, ReturnType<typeof dose>[], MineralMg][] = [
		['nothing taken', [], mg({})],
		['one magnesium tablet', [dose({ mineral: 'magnesium', mineralMg: 200 })], mg({ magnesium: 200 })],
		[
			'two minerals add up apart',
			[
				dose({ mineral: 'magnesium', mineralMg: 120.25 }),
				dose({ mineral: 'magnesium', mineralMg: 100 }),
				dose({ mineral: 'potassium', mineralMg: 99 }),
				dose({ mineral: 'calcium', mineralMg: 500 })
			],
			mg({ magnesium: 220.3, potassium: 99, calcium: 500 })
		],
		['a supplement without a mineral counts for nothing', [dose({})], mg({})],
		[
			'a medicine never counts, even if a mineral slipped in',
			[{ ...dose({ mineral: 'magnesium', mineralMg: 200 }), kind: 'medicine' as const }],
			mg({})
		],
		// 03:30 UTC on the 25th is 22:30 on the 24th in New York: it belongs to the 24th.
		[
			'the local day decides, not UTC',
			[dose({ mineral: 'magnesium', mineralMg: 80 }, '2026-11-25T03:30:00Z')],
			mg({ magnesium: 80 })
		],
		[
			'another day is left out',
			[dose({ mineral: 'magnesium', mineralMg: 80 }, '2026-11-25T15:00:00Z')],
			mg({})
		]
	];
	it.each(cases)('%s', (_, doses, expected) => {
		expect(supplementMineralsForDay(doses, '2026-11-24')).toEqual(expected);
	});
});

describe('mineralSources', () => {
	it('keeps food and supplements apart and adds them for the total', () => {
		const s = mineralSources(mg({ magnesium: 150, sodium: 900 }), mg({ magnesium: 200 }));
		expect(s.total).toEqual(mg({ magnesium: 350, sodium: 900 }));
		expect(s.food.magnesium).toBe(150);
		expect(s.supplements.magnesium).toBe(200);
	});
});

describe('magnesiumLimitNote', () => {
	it('is silent at the limit', () => {
		expect(magnesiumLimitNote(mg({ magnesium: SUPPLEMENTAL_MAGNESIUM_UL_MG }))).toBeNull();
	});
	it('speaks above it, naming the limit and never a dose to take', () => {
		const note = magnesiumLimitNote(mg({ magnesium: 400 }));
		expect(note).toContain('400 mg');
		expect(note).toContain('350 mg');
		expect(note).not.toMatch(/take (less|more|only)/i);
	});
	it('ignores magnesium from food (only supplements are passed in)', () => {
		expect(magnesiumLimitNote(mg({ magnesium: 0 }))).toBeNull();
	});
});

describe('formatDose', () => {
	it.each([
		[250, 'mg', '250 mg'],
		[1, 'tablet', '1 tablet'],
		[2, 'spray', '2 sprays'],
		[0.5, 'ml', '0.5 ml'],
		[1, 'drop', '1 drop']
	] as const)('%s %s', (amount, unit, text) => {
		expect(formatDose(amount, unit)).toBe(text);
	});
});
