import { describe, expect, it } from 'vitest';
import type { MineralMg } from '../types';
import {
	assessIntake,
	REFERENCE_GROUP_LABELS,
	REFERENCE_GROUPS,
	referenceDetails,
	referenceIntakes,
	SODIUM_AI_MG,
	SODIUM_CDRR_MG,
	type ReferenceGroup
} from './reference-intakes';
import { SOURCE_IDS } from './sources';

function cases(rows: ReadonlyArray<readonly [name: string, actual: () => unknown, expected: unknown]>) {
	for (const [name, actual, expected] of rows) it(name, () => expect(actual()).toEqual(expected));
}

const totals = (mg: Partial<MineralMg>): MineralMg => ({
	magnesium: 0,
	potassium: 0,
	calcium: 0,
	sodium: 0,
	...mg
});
const status = (group: ReferenceGroup, mg: Partial<MineralMg>, mineral: keyof MineralMg) =>
	assessIntake(totals(mg), group).find((p) => p.mineral === mineral)?.status;

describe('reference intakes by group', () => {
	cases([
		[
			'women',
			() => referenceIntakes('adult-female'),
			{ magnesium: 320, potassium: 2600, calcium: 1000, sodium: 2300 }
		],
		[
			'men',
			() => referenceIntakes('adult-male'),
			{ magnesium: 420, potassium: 3400, calcium: 1000, sodium: 2300 }
		],
		['magnesium is an RDA', () => referenceDetails('adult-male').magnesium.kind, 'RDA'],
		['potassium is an AI', () => referenceDetails('adult-female').potassium.kind, 'AI'],
		['calcium is an RDA', () => referenceDetails('adult-female').calcium.kind, 'RDA'],
		['sodium is the CDRR', () => referenceDetails('adult-female').sodium.kind, 'CDRR'],
		['sodium is a limit', () => referenceDetails('adult-male').sodium.direction, 'limit'],
		[
			'the others are goals',
			() =>
				(['magnesium', 'potassium', 'calcium'] as const).map(
					(m) => referenceDetails('adult-female')[m].direction
				),
			['goal', 'goal', 'goal']
		],
		['sodium AI is kept for copy', () => SODIUM_AI_MG, 1500],
		['sodium CDRR', () => SODIUM_CDRR_MG, 2300],
		[
			'every group has a label',
			() => REFERENCE_GROUPS.every((g) => REFERENCE_GROUP_LABELS[g].length > 0),
			true
		],
		[
			'every reference cites a known source',
			() =>
				REFERENCE_GROUPS.every((g) =>
					Object.values(referenceDetails(g)).every((r) => SOURCE_IDS.includes(r.source))
				),
			true
		]
	]);
});

describe('assessIntake', () => {
	cases([
		['nothing eaten: magnesium below', () => status('adult-female', {}, 'magnesium'), 'below'],
		['nothing eaten: sodium within the limit', () => status('adult-female', {}, 'sodium'), 'within-limit'],
		[
			'exactly the RDA counts as reached',
			() => status('adult-female', { magnesium: 320 }, 'magnesium'),
			'reached'
		],
		[
			'the women’s RDA is not enough for men',
			() => status('adult-male', { magnesium: 320 }, 'magnesium'),
			'below'
		],
		[
			'exactly the CDRR is still within',
			() => status('adult-male', { sodium: 2300 }, 'sodium'),
			'within-limit'
		],
		['over the CDRR', () => status('adult-male', { sodium: 2301 }, 'sodium'), 'over-limit'],
		[
			'fraction is not capped',
			() => assessIntake(totals({ calcium: 1500 }), 'adult-female')[2]?.fraction,
			1.5
		],
		[
			'one entry per mineral, in order',
			() => assessIntake(totals({}), 'adult-male').map((p) => p.mineral),
			['magnesium', 'potassium', 'calcium', 'sodium']
		]
	]);
});
