import { formatNumber } from '../number-format';
import type { Mineral } from '../vocabulary';
import type { IntakeProgress } from './reference-intakes';

export const MINERAL_NAMES: Record<Mineral, string> = {
	magnesium: 'Magnesium',
	potassium: 'Potassium',
	calcium: 'Calcium',
	sodium: 'Sodium'
};

/** Whole milligrams with thousands separators, as nutrition labels print them: 2300 → '2,300'. */
export function formatMg(mg: number): string {
	return formatNumber(Math.round(mg));
}

/** The amount against its reference, in words: 'Magnesium 180 of 320 mg', 'Sodium 900 mg, limit 2,300 mg'. */
export function intakeSentence(p: IntakeProgress): string {
	const name = MINERAL_NAMES[p.mineral];
	return p.direction === 'limit'
		? `${name} ${formatMg(p.mg)} mg, limit ${formatMg(p.reference)} mg`
		: `${name} ${formatMg(p.mg)} of ${formatMg(p.reference)} mg`;
}

/** Where the amount stands, in words, so no bar colour has to say it. */
export function intakeStatus(p: IntakeProgress): string {
	switch (p.status) {
		case 'reached':
			return 'Reached';
		case 'below':
			return `${Math.floor(p.fraction * 100)}%`;
		case 'within-limit':
			return 'Under the limit';
		case 'over-limit':
			return 'Over the limit';
	}
}
