import type { MineralMg } from '../types';
import { MINERALS, type Mineral } from '../vocabulary';
import { CATALOG_ENTRIES, type CatalogEntry } from './catalog-data';
import type { FoodGroup } from './food-groups';
import type { SourceRef } from './sources';

/** A food the app ships with; mg are for one `serving` of `grams`. */
export interface CatalogFood {
	/** Stable kebab-case id, stored in logged servings; never reused for another food. */
	readonly id: string;
	readonly name: string;
	/** What one serving is, for people, e.g. '1 medium (118 g)'. */
	readonly serving: string;
	readonly grams: number;
	readonly mg: Readonly<MineralMg>;
	readonly sources: Readonly<Record<Mineral, SourceRef>>;
	readonly aliases: readonly string[];
	readonly group: FoodGroup;
	/** Minerals this food (or its kind) is a named source of in the NIH ODS fact sheets; empty for other staples. */
	readonly domainMinerals: readonly Mineral[];
	/** How the gram weight was derived from the source's portions. */
	readonly portion: string;
}

/**
 * Whole milligrams, as nutrition tables print them. Rounding half up matches how the ODS and DGA
 * tables were computed from the same rows, which the cross-check tests rely on.
 */
export function mgForGrams(per100g: number, grams: number): number {
	return Math.round((per100g * grams) / 100);
}

function toFood(entry: CatalogEntry): CatalogFood {
	const mg = {} as MineralMg;
	const sources = {} as Record<Mineral, SourceRef>;
	for (const mineral of MINERALS) {
		const per100g = entry.sr.per100g[mineral];
		mg[mineral] = mgForGrams(per100g, entry.grams);
		sources[mineral] = {
			source: 'usda-sr-legacy',
			ndb: entry.sr.ndb,
			...(entry.sr.fdcId === undefined ? {} : { fdcId: entry.sr.fdcId }),
			per100g
		};
	}
	return Object.freeze({
		id: entry.id,
		name: entry.name,
		serving: entry.serving,
		grams: entry.grams,
		mg: Object.freeze(mg),
		sources: Object.freeze(sources),
		aliases: Object.freeze([...entry.aliases]),
		group: entry.group,
		domainMinerals: Object.freeze([...entry.domainMinerals]),
		portion: entry.portion
	});
}

export const CATALOG: readonly CatalogFood[] = Object.freeze(CATALOG_ENTRIES.map(toFood));

const byId = new Map(CATALOG.map((food) => [food.id, food]));

export function getFood(id: string): CatalogFood | undefined {
	return byId.get(id);
}
