import type { Mineral } from '../vocabulary';
import { CATALOG, type CatalogFood } from './catalog';

/** Anything with a name can be searched, so custom foods rank alongside catalog ones. */
export interface SearchableFood {
	readonly name: string;
	readonly aliases?: readonly string[];
}

/** Lower case, accents dropped, punctuation as spaces: 'Crème fraîche, 2%' → 'creme fraiche 2'. */
export function normalizeFoodText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

function wordMatches(word: string, token: string): boolean {
	if (word.startsWith(token)) return true;
	// People type plurals: 'bananas' should still find 'Banana', 'tomatoes' 'Tomato'.
	const rest = token.slice(word.length);
	return word.length >= 3 && token.startsWith(word) && (rest === 's' || rest === 'es');
}

function everyTokenIn(tokens: readonly string[], words: readonly string[]): boolean {
	return tokens.every((token) => words.some((word) => wordMatches(word, token)));
}

// Lower is better; a food with no rank does not match.
const EXACT = 0;
const NAME_PREFIX = 1;
const ALIAS_PREFIX = 2;
const NAME_WORDS = 3;
const ANY_WORDS = 4;
const SUBSTRING = 5;

function rank(food: SearchableFood, query: string, tokens: readonly string[]): number | null {
	const name = normalizeFoodText(food.name);
	const aliases = (food.aliases ?? []).map(normalizeFoodText);
	if (name === query || aliases.includes(query)) return EXACT;
	if (name.startsWith(query)) return NAME_PREFIX;
	if (aliases.some((alias) => alias.startsWith(query))) return ALIAS_PREFIX;
	const nameWords = name.split(' ');
	if (everyTokenIn(tokens, nameWords)) return NAME_WORDS;
	if (everyTokenIn(tokens, [...nameWords, ...aliases.flatMap((alias) => alias.split(' '))])) return ANY_WORDS;
	// Inside words only for a real fragment, so 'nut' finds 'peanut' but 'a' finds nothing extra.
	if (query.length >= 3 && [name, ...aliases].some((text) => text.includes(query))) return SUBSTRING;
	return null;
}

/**
 * Foods whose name or aliases match every word of the query, best first: exact names, then names
 * and aliases that start with the query, then word matches. Ties keep the catalog's order. An empty
 * query returns the whole list in its own (browsing) order.
 */
export function searchFoods(query: string): CatalogFood[];
export function searchFoods<T extends SearchableFood>(query: string, catalog: readonly T[]): T[];
export function searchFoods(query: string, catalog: readonly SearchableFood[] = CATALOG): SearchableFood[] {
	const normalized = normalizeFoodText(query);
	if (normalized === '') return [...catalog];
	const tokens = normalized.split(' ');
	return catalog
		.map((food, index) => ({ food, index, rank: rank(food, normalized, tokens) }))
		.filter((hit): hit is { food: SearchableFood; index: number; rank: number } => hit.rank !== null)
		.sort((a, b) => a.rank - b.rank || a.index - b.index)
		.map((hit) => hit.food);
}

const MINERAL_WORDS: Readonly<Record<string, Mineral>> = {
	magnesium: 'magnesium',
	potassium: 'potassium',
	calcium: 'calcium',
	sodium: 'sodium',
	// People looking for salt after sweating want salty foods, not "unsalted peanuts".
	salt: 'sodium',
	salty: 'sodium',
	electrolyte: 'sodium'
};

/** The mineral a query asks to browse by ("magnesium", "salt", "high potassium"), or null. */
export function mineralForQuery(query: string): Mineral | null {
	const words = normalizeFoodText(query)
		.split(' ')
		.filter((w) => w && !['high', 'rich', 'in', 'foods', 'food', 'with'].includes(w));
	if (words.length !== 1) return null;
	const word = words[0]!;
	const plural = word.endsWith('s') ? word.slice(0, -1) : word;
	return MINERAL_WORDS[word] ?? MINERAL_WORDS[plural] ?? null;
}

/** Foods richest in one mineral per serving first; foods with none of it are left out. Ties keep list order. */
export function foodsRichestIn<T extends { readonly mg: Readonly<Record<Mineral, number>> }>(
	mineral: Mineral,
	foods: readonly T[]
): T[] {
	return foods
		.map((food, index) => ({ food, index }))
		.filter(({ food }) => food.mg[mineral] > 0)
		.sort((a, b) => b.food.mg[mineral] - a.food.mg[mineral] || a.index - b.index)
		.map(({ food }) => food);
}
