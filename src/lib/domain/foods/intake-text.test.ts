import { describe, expect, it } from 'vitest';
import { assessIntake } from './reference-intakes';
import { formatMg, intakeSentence, intakeStatus } from './intake-text';

const progress = (mg: Partial<Record<'magnesium' | 'potassium' | 'calcium' | 'sodium', number>>) =>
	assessIntake({ magnesium: 0, potassium: 0, calcium: 0, sodium: 0, ...mg }, 'adult-female');

describe('intake sentences', () => {
	it('reads each goal mineral as an amount of its reference', () => {
		expect(progress({ magnesium: 180, potassium: 2750.4, calcium: 1000 }).map(intakeSentence)).toEqual([
			'Magnesium 180 of 320 mg',
			'Potassium 2,750 of 2,600 mg',
			'Calcium 1,000 of 1,000 mg',
			'Sodium 0 mg, limit 2,300 mg'
		]);
	});

	it('reads sodium against its limit', () => {
		expect(intakeSentence(progress({ sodium: 900 })[3]!)).toBe('Sodium 900 mg, limit 2,300 mg');
	});

	it('says in words where each stands', () => {
		expect(progress({ magnesium: 160, potassium: 2600, sodium: 2300 }).map(intakeStatus)).toEqual([
			'50%',
			'Reached',
			'0%',
			'Under the limit'
		]);
		expect(intakeStatus(progress({ sodium: 2301 })[3]!)).toBe('Over the limit');
	});

	it('never rounds a goal up to 100% before it is reached', () => {
		expect(intakeStatus(progress({ magnesium: 319.9 })[0]!)).toBe('99%');
	});

	it('formats whole milligrams with separators', () => {
		expect([formatMg(0.4), formatMg(2300), formatMg(12345.6)]).toEqual(['0', '2,300', '12,346']);
	});
});
