import type { MineralMg } from '../types';
import { MINERALS, type Mineral } from '../vocabulary';
import type { SourceId } from './sources';

export const REFERENCE_GROUPS = ['adult-female', 'adult-male'] as const;
export type ReferenceGroup = (typeof REFERENCE_GROUPS)[number];

export const REFERENCE_GROUP_LABELS: Record<ReferenceGroup, string> = {
	'adult-female': 'Women 19–50',
	'adult-male': 'Men 19–50'
};

/** RDA and AI are amounts to reach; the sodium CDRR is an amount to stay under. */
export type ReferenceKind = 'RDA' | 'AI' | 'CDRR';

export interface ReferenceIntake {
	mg: number;
	kind: ReferenceKind;
	/** 'goal': reaching it is good. 'limit': staying at or under it is good. */
	direction: 'goal' | 'limit';
	source: SourceId;
	note?: string;
}

/**
 * Sodium's Adequate Intake. Not used as a goal: nearly everyone eats more than this already, and an
 * app about cramps must not nudge people towards salt. It is here for explanatory copy.
 */
export const SODIUM_AI_MG = 1500;

/** Sodium's Chronic Disease Risk Reduction intake: reduce intakes above it. */
export const SODIUM_CDRR_MG = 2300;

const MAGNESIUM_NOTE =
	'RDA for ages 31 and over; ages 19–30 have an RDA 10 mg (women) or 20 mg (men) lower. ' +
	'The higher value is used for all adults so nobody is told they reached it too early.';

const SODIUM: ReferenceIntake = {
	mg: SODIUM_CDRR_MG,
	kind: 'CDRR',
	direction: 'limit',
	source: 'nasem-2019-sodium-potassium',
	note: `Chronic Disease Risk Reduction intake; the Adequate Intake is ${SODIUM_AI_MG} mg.`
};

const TABLE: Readonly<Record<ReferenceGroup, Readonly<Record<Mineral, ReferenceIntake>>>> = {
	'adult-female': {
		magnesium: { mg: 320, kind: 'RDA', direction: 'goal', source: 'ods-magnesium', note: MAGNESIUM_NOTE },
		potassium: { mg: 2600, kind: 'AI', direction: 'goal', source: 'ods-potassium' },
		calcium: {
			mg: 1000,
			kind: 'RDA',
			direction: 'goal',
			source: 'ods-calcium',
			note: 'RDA for ages 19–50; from 51 it is 1,200 mg for women.'
		},
		sodium: SODIUM
	},
	'adult-male': {
		magnesium: { mg: 420, kind: 'RDA', direction: 'goal', source: 'ods-magnesium', note: MAGNESIUM_NOTE },
		potassium: { mg: 3400, kind: 'AI', direction: 'goal', source: 'ods-potassium' },
		calcium: {
			mg: 1000,
			kind: 'RDA',
			direction: 'goal',
			source: 'ods-calcium',
			note: 'RDA for ages 19–70; from 71 it is 1,200 mg for men.'
		},
		sodium: SODIUM
	}
};

export function referenceDetails(group: ReferenceGroup): Readonly<Record<Mineral, ReferenceIntake>> {
	return TABLE[group];
}

/** The amount each mineral is compared against: goals for three minerals, the sodium limit for sodium. */
export function referenceIntakes(group: ReferenceGroup): MineralMg {
	const details = TABLE[group];
	return {
		magnesium: details.magnesium.mg,
		potassium: details.potassium.mg,
		calcium: details.calcium.mg,
		sodium: details.sodium.mg
	};
}

export type IntakeStatus = 'below' | 'reached' | 'within-limit' | 'over-limit';

export interface IntakeProgress {
	mineral: Mineral;
	mg: number;
	reference: number;
	direction: 'goal' | 'limit';
	/** mg ÷ reference, not capped, for progress bars. */
	fraction: number;
	status: IntakeStatus;
}

/** Today's totals against the group's references, one entry per mineral in MINERALS order. */
export function assessIntake(totals: MineralMg, group: ReferenceGroup): IntakeProgress[] {
	const details = TABLE[group];
	return MINERALS.map((mineral) => {
		const { mg: reference, direction } = details[mineral];
		const mg = totals[mineral];
		const status: IntakeStatus =
			direction === 'goal'
				? mg >= reference
					? 'reached'
					: 'below'
				: mg > reference
					? 'over-limit'
					: 'within-limit';
		return { mineral, mg, reference, direction, fraction: mg / reference, status };
	});
}
