import { describe, expect, it } from 'vitest';
import type { FoodServing, MineralMg } from '../types';
import { addMinerals, frequentFoodIds, NO_MINERALS, recentFoodIds, totalsForDay } from './food-log';

function cases(rows: ReadonlyArray<readonly [name: string, actual: () => unknown, expected: unknown]>) {
	for (const [name, actual, expected] of rows) it(name, () => expect(actual()).toEqual(expected));
}

let n = 0;
function serving(foodId: string, at: string, mg: Partial<MineralMg> = {}): FoodServing {
	n += 1;
	return {
		id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
		at,
		day: at.slice(0, 10),
		foodId,
		name: foodId,
		servings: 1,
		mg: { ...NO_MINERALS, ...mg },
		updatedAt: at
	};
}

const log: FoodServing[] = [
	serving('banana', '2026-11-23T08:00:00.000+01:00', { potassium: 422, magnesium: 32 }),
	serving('almonds-dry-roasted', '2026-11-24T07:30:00.000+01:00', { magnesium: 79, calcium: 76 }),
	serving('banana', '2026-11-24T10:00:00.000+01:00', { potassium: 422, magnesium: 32 }),
	serving('custom:soup', '2026-11-24T12:30:00.000+01:00', { sodium: 0.1 }),
	serving('custom:soup', '2026-11-24T13:00:00.000+01:00', { sodium: 0.2 }),
	serving('kale-cooked', '2026-11-22T19:00:00.000+01:00', { calcium: 94 })
];

describe('totalsForDay', () => {
	cases([
		[
			'sums the day’s entries',
			() => totalsForDay(log, '2026-11-24'),
			{ magnesium: 111, potassium: 422, calcium: 76, sodium: 0.3 }
		],
		[
			'ignores other days',
			() => totalsForDay(log, '2026-11-22'),
			{ magnesium: 0, potassium: 0, calcium: 94, sodium: 0 }
		],
		['an empty day is all zero', () => totalsForDay(log, '2026-01-01'), NO_MINERALS],
		[
			'no float noise',
			() => addMinerals({ ...NO_MINERALS, sodium: 0.1 }, { ...NO_MINERALS, sodium: 0.2 }).sodium,
			0.3
		]
	]);
});

describe('recent and frequent foods', () => {
	cases([
		[
			'most recent first, each once',
			() => recentFoodIds(log),
			['custom:soup', 'banana', 'almonds-dry-roasted', 'kale-cooked']
		],
		['respects the limit', () => recentFoodIds(log, 2), ['custom:soup', 'banana']],
		['a zero limit gives nothing', () => recentFoodIds(log, 0), []],
		[
			'most often first, latest breaks ties',
			() => frequentFoodIds(log),
			['custom:soup', 'banana', 'almonds-dry-roasted', 'kale-cooked']
		],
		['frequent respects the limit', () => frequentFoodIds(log, 1), ['custom:soup']],
		['empty log', () => recentFoodIds([]), []]
	]);
});
