import { parseInstant } from '../time';
import type { Day, FoodServing, MineralMg } from '../types';
import { MINERALS } from '../vocabulary';

export const NO_MINERALS: Readonly<MineralMg> = Object.freeze({
	magnesium: 0,
	potassium: 0,
	calcium: 0,
	sodium: 0
});

/** Sums stay at one decimal, like the entries, so 0.1 + 0.2 never shows as 0.30000000000000004. */
function round1(n: number): number {
	return Math.round(n * 10) / 10;
}

export function addMinerals(a: MineralMg, b: MineralMg): MineralMg {
	const sum = { ...NO_MINERALS };
	for (const mineral of MINERALS) sum[mineral] = round1(a[mineral] + b[mineral]);
	return sum;
}

/** Minerals eaten on `day`, from the amounts frozen into each entry when it was logged. */
export function totalsForDay(foods: readonly FoodServing[], day: Day): MineralMg {
	return foods
		.filter((f) => f.day === day)
		.reduce<MineralMg>((sum, f) => addMinerals(sum, f.mg), NO_MINERALS);
}

function time(entry: FoodServing): number {
	return parseInstant(entry.at)?.getTime() ?? Number.NEGATIVE_INFINITY;
}

/** Distinct food ids, most recently logged first: the quick-add list. */
export function recentFoodIds(foods: readonly FoodServing[], limit = 8): string[] {
	const seen = new Set<string>();
	if (limit <= 0) return [];
	for (const entry of [...foods].sort((a, b) => time(b) - time(a))) {
		seen.add(entry.foodId);
		if (seen.size === limit) break;
	}
	return [...seen];
}

/** Distinct food ids, most often logged first, ties broken by the latest entry: favourite suggestions. */
export function frequentFoodIds(foods: readonly FoodServing[], limit = 8): string[] {
	const stats = new Map<string, { count: number; last: number }>();
	for (const entry of foods) {
		const s = stats.get(entry.foodId) ?? { count: 0, last: Number.NEGATIVE_INFINITY };
		stats.set(entry.foodId, { count: s.count + 1, last: Math.max(s.last, time(entry)) });
	}
	return [...stats]
		.sort(([, a], [, b]) => b.count - a.count || b.last - a.last)
		.slice(0, limit)
		.map(([id]) => id);
}
