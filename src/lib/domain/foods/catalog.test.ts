import { describe, expect, it } from 'vitest';
import { MINERALS } from '../vocabulary';
import { CATALOG, getFood, mgForGrams } from './catalog';
import { CATALOG_ENTRIES } from './catalog-data';
import { FOOD_GROUPS } from './food-groups';
import { SOURCES, SOURCE_IDS } from './sources';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('catalog', () => {
	it('has at least 40 foods', () => expect(CATALOG.length).toBeGreaterThanOrEqual(40));

	it('has unique ids', () => expect(new Set(CATALOG.map((f) => f.id)).size).toBe(CATALOG.length));

	it('has unique names', () => expect(new Set(CATALOG.map((f) => f.name)).size).toBe(CATALOG.length));

	it('uses kebab-case ids', () =>
		expect(CATALOG.filter((f) => !KEBAB.test(f.id)).map((f) => f.id)).toEqual([]));

	it('gives every food a known group', () =>
		expect(CATALOG.filter((f) => !FOOD_GROUPS.includes(f.group)).map((f) => f.id)).toEqual([]));

	it('gives every food a positive gram weight', () =>
		expect(CATALOG.filter((f) => !(Number.isFinite(f.grams) && f.grams > 0)).map((f) => f.id)).toEqual([]));

	it('shows the gram weight in the serving text', () =>
		expect(CATALOG.filter((f) => !f.serving.includes(`${f.grams} g`)).map((f) => f.id)).toEqual([]));

	it('has a finite, non-negative value for every mineral', () => {
		const bad = CATALOG.flatMap((f) =>
			MINERALS.filter((m) => !(Number.isFinite(f.mg[m]) && f.mg[m] >= 0)).map((m) => `${f.id}.${m}`)
		);
		expect(bad).toEqual([]);
	});

	it('cites a listed source for every value', () => {
		const bad = CATALOG.flatMap((f) =>
			MINERALS.filter((m) => !SOURCE_IDS.includes(f.sources[m].source)).map((m) => `${f.id}.${m}`)
		);
		expect(bad).toEqual([]);
	});

	it('records a five-digit SR Legacy NDB number for every value', () => {
		const bad = CATALOG.flatMap((f) =>
			MINERALS.filter((m) => !/^\d{5}$/.test(f.sources[m].ndb)).map((m) => `${f.id}.${m}`)
		);
		expect(bad).toEqual([]);
	});

	it('reproduces every value as per-100 g × grams ÷ 100', () => {
		const bad = CATALOG.flatMap((f) =>
			MINERALS.filter((m) => mgForGrams(f.sources[m].per100g, f.grams) !== f.mg[m]).map((m) => `${f.id}.${m}`)
		);
		expect(bad).toEqual([]);
	});

	it('uses each SR Legacy row for one food only', () => {
		const ndbs = CATALOG.map((f) => f.sources.magnesium.ndb);
		expect(new Set(ndbs).size).toBe(ndbs.length);
	});

	it('is frozen, so a caller cannot change shipped values', () => {
		const banana = getFood('banana');
		expect(Object.isFrozen(banana) && Object.isFrozen(banana?.mg)).toBe(true);
	});

	it('finds a food by id', () => expect(getFood('banana')?.name).toBe('Banana'));

	it('returns undefined for an unknown id', () => expect(getFood('custom:banana')).toBeUndefined());
});

describe('every source has a full citation', () => {
	for (const id of SOURCE_IDS) {
		it(id, () => {
			const s = SOURCES[id];
			expect([s.title, s.publisher, s.edition, s.accessed, s.usedFor].every((t) => t.length > 0)).toBe(true);
			expect(s.url).toMatch(/^https:\/\//);
		});
	}
});

/** Foods the NIH ODS fact sheets name as sources of magnesium, potassium and calcium: each named food and the catalog ids that stand for it. */
const DOMAIN_FOODS: ReadonlyArray<readonly [named: string, ids: readonly string[]]> = [
	['spinach', ['spinach-cooked', 'spinach-raw']],
	['almonds', ['almonds-dry-roasted']],
	['pumpkin seeds', ['pumpkin-seeds-roasted']],
	['whole grains: whole-wheat bread', ['whole-wheat-bread']],
	['whole grains: brown rice', ['brown-rice-cooked']],
	['whole grains: oatmeal', ['oatmeal-cooked']],
	['bananas', ['banana']],
	['avocados', ['avocado']],
	['sweet potatoes', ['sweet-potato-baked']],
	['yogurt', ['yogurt-plain-low-fat', 'greek-yogurt-plain-nonfat']],
	['dairy: milk', ['milk-2-percent', 'milk-whole', 'milk-skim']],
	['dairy: cheese', ['cheddar-cheese', 'mozzarella-part-skim', 'cottage-cheese-1-percent']],
	['fortified plant milks', ['soy-milk-fortified']],
	['kale', ['kale-raw', 'kale-cooked']]
];

describe('every named electrolyte food is in the catalog', () => {
	for (const [named, ids] of DOMAIN_FOODS) {
		it(named, () => expect(ids.filter((id) => getFood(id) === undefined)).toEqual([]));
	}
});

describe('named electrolyte foods carry their mineral', () => {
	const cases: ReadonlyArray<readonly [id: string, mineral: (typeof MINERALS)[number]]> = [
		['spinach-cooked', 'magnesium'],
		['almonds-dry-roasted', 'magnesium'],
		['pumpkin-seeds-roasted', 'magnesium'],
		['brown-rice-cooked', 'magnesium'],
		['banana', 'potassium'],
		['avocado', 'potassium'],
		['sweet-potato-baked', 'potassium'],
		['yogurt-plain-low-fat', 'potassium'],
		['milk-2-percent', 'calcium'],
		['soy-milk-fortified', 'calcium'],
		['kale-cooked', 'calcium']
	];
	for (const [id, mineral] of cases) {
		it(`${id} → ${mineral}`, () => expect(getFood(id)?.domainMinerals).toContain(mineral));
	}
});

describe('computed values agree with published per-serving tables (±2 mg)', () => {
	for (const entry of CATALOG_ENTRIES) {
		for (const check of entry.checks) {
			it(`${entry.id} ${check.mineral} vs ${check.source} (${check.mg} mg)`, () => {
				const computed = getFood(entry.id)?.mg[check.mineral] ?? Number.NaN;
				expect(Math.abs(computed - check.mg)).toBeLessThanOrEqual(2);
			});
		}
	}
});

describe('arithmetic', () => {
	const cases: ReadonlyArray<readonly [per100g: number, grams: number, expected: number]> = [
		[358, 118, 422],
		[30, 85, 26],
		[0, 250, 0],
		[1162, 65, 755],
		[782, 42.5, 332]
	];
	for (const [per100g, grams, expected] of cases) {
		it(`${per100g} mg/100 g × ${grams} g → ${expected} mg`, () =>
			expect(mgForGrams(per100g, grams)).toBe(expected));
	}
});
