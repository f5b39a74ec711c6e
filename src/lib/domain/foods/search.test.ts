import { describe, expect, it } from 'vitest';
import { CATALOG } from './catalog';
import { foodsRichestIn, mineralForQuery, normalizeFoodText, searchFoods } from './search';

const ids = (query: string) => searchFoods(query).map((f) => f.id);

function cases(rows: ReadonlyArray<readonly [name: string, actual: () => unknown, expected: unknown]>) {
	for (const [name, actual, expected] of rows) it(name, () => expect(actual()).toEqual(expected));
}

describe('searchFoods', () => {
	cases([
		['empty query lists the whole catalog in browsing order', () => ids(''), CATALOG.map((f) => f.id)],
		['a blank query counts as empty', () => ids('   ').length, CATALOG.length],
		['is case-insensitive', () => ids('BANANA')[0], 'banana'],
		['finds by word prefix', () => ids('ban')[0], 'banana'],
		['forgives a plural', () => ids('bananas')[0], 'banana'],
		['forgives an -es plural', () => ids('tomatoes')[0], 'tomato'],
		['British spelling via alias', () => ids('yoghurt')[0], 'yogurt-plain-low-fat'],
		['yoghurt also finds Greek yogurt', () => ids('yoghurt').includes('greek-yogurt-plain-nonfat'), true],
		['greek yogurt ranks the Greek one first', () => ids('greek yogurt')[0], 'greek-yogurt-plain-nonfat'],
		[
			'greek yogurt leaves out plain yogurt',
			() => ids('greek yogurt').includes('yogurt-plain-low-fat'),
			false
		],
		[
			'peanut finds peanut butter and peanuts',
			() => ids('peanut').slice(0, 2).sort(),
			['peanut-butter-smooth', 'peanuts-dry-roasted']
		],
		['name prefix ranks before a later word', () => ids('milk')[0], 'milk-2-percent'],
		['soy milk still matches milk', () => ids('milk').includes('soy-milk-fortified'), true],
		[
			'names starting with the query come before other milks',
			() => ids('milk').indexOf('soy-milk-fortified') > 2,
			true
		],
		['words in any order', () => ids('rice brown')[0], 'brown-rice-cooked'],
		['every word must match', () => ids('brown rice').includes('white-rice-cooked'), false],
		['alias words count', () => ids('soya')[0], 'soy-milk-fortified'],
		['accented query still matches plain text', () => ids('bánana')[0], 'banana'],
		['punctuation is ignored', () => ids('whole-wheat')[0], 'whole-wheat-bread'],
		['percent written with the sign', () => ids('2% milk')[0], 'milk-2-percent'],
		['fragment inside a word, 3+ letters', () => ids('nut').includes('peanut-butter-smooth'), true],
		['fragments under 3 letters do not match inside words', () => ids('ut').length, 0],
		['no match gives an empty list', () => ids('zzzz'), []],
		['pepitas alias finds pumpkin seeds', () => ids('pepitas')[0], 'pumpkin-seeds-roasted'],
		['porridge alias finds oatmeal', () => ids('porridge')[0], 'oatmeal-cooked'],
		[
			'leafy greens finds spinach and kale',
			() => ids('leafy greens').slice(0, 4).sort(),
			['kale-cooked', 'kale-raw', 'spinach-cooked', 'spinach-raw']
		]
	]);
});

describe('searchFoods over a custom list', () => {
	const mine = [
		{ id: 'custom:1', name: 'Grandma’s lentil soup' },
		{ id: 'custom:2', name: 'Banana bread', aliases: ['cake'] }
	];
	cases([
		['returns items of the list given', () => searchFoods('banana', mine).map((f) => f.id), ['custom:2']],
		['uses aliases when present', () => searchFoods('cake', mine).map((f) => f.id), ['custom:2']],
		['works without aliases', () => searchFoods('soup', mine).map((f) => f.id), ['custom:1']],
		[
			'empty query returns the list unchanged',
			() => searchFoods('', mine).map((f) => f.id),
			['custom:1', 'custom:2']
		]
	]);
});

describe('normalizeFoodText', () => {
	cases([
		['drops accents and case', () => normalizeFoodText('Crème Fraîche'), 'creme fraiche'],
		[
			'turns punctuation into single spaces',
			() => normalizeFoodText('Milk, 2% (reduced-fat)'),
			'milk 2 reduced fat'
		],
		['trims', () => normalizeFoodText('  kale  '), 'kale']
	]);
});

describe('browsing by mineral', () => {
	it.each([
		['magnesium', 'magnesium'],
		['Magnesium', 'magnesium'],
		['high potassium', 'potassium'],
		['calcium rich', 'calcium'],
		['salt', 'sodium'],
		['salty', 'sodium'],
		['banana', null],
		['magnesium spinach', null]
	] as const)('%s → %s', (query, mineral) => {
		expect(mineralForQuery(query)).toBe(mineral);
	});

	it('lists the foods richest in the mineral per serving first', () => {
		const foods = foodsRichestIn('magnesium', CATALOG);
		expect(foods.length).toBeGreaterThan(5);
		for (let i = 1; i < foods.length; i++)
			expect(foods[i - 1]!.mg.magnesium).toBeGreaterThanOrEqual(foods[i]!.mg.magnesium);
		expect(foods.every((f) => f.mg.magnesium > 0)).toBe(true);
	});

	it('salt finds salty foods, not unsalted ones', () => {
		const top = foodsRichestIn('sodium', CATALOG).slice(0, 3);
		expect(top.every((f) => !/unsalted/i.test(f.name))).toBe(true);
		expect(top.map((f) => f.id)).toContain('dill-pickle');
	});

	it('finds the added foods by name', () => {
		expect(searchFoods('kiwi')[0]?.id).toBe('kiwi');
		expect(searchFoods('coconut water')[0]?.id).toBe('coconut-water');
		expect(searchFoods('pickle')[0]?.id).toBe('dill-pickle');
	});
});
