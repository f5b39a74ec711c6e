import { formatNumber } from '../number-format';
import { addMinerals, NO_MINERALS } from '../foods/food-log';
import type { Day, MedicationDose, MineralMg } from '../types';
import type { DoseUnit } from '../vocabulary';

/**
 * Tolerable upper intake level for magnesium from supplements and medicines (not food), adults and
 * teens from 14: 350 mg a day. NIH Office of Dietary Supplements, Magnesium fact sheet for health
 * professionals, Table 3, https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/
 */
export const SUPPLEMENTAL_MAGNESIUM_UL_MG = 350;
export const MAGNESIUM_UL_SOURCE_URL = 'https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/';

/** Minerals from the supplements taken on `day`, from the elemental mg frozen into each dose. */
export function supplementMineralsForDay(doses: readonly MedicationDose[], day: Day): MineralMg {
	let sum: MineralMg = { ...NO_MINERALS };
	for (const dose of doses) {
		if (dose.day !== day || dose.kind !== 'supplement' || !dose.mineral || !dose.mineralMg) continue;
		sum = addMinerals(sum, { ...NO_MINERALS, [dose.mineral]: dose.mineralMg });
	}
	return sum;
}

/** Food and supplements for one day, kept apart so the totals can say where each part came from. */
export interface MineralSources {
	food: MineralMg;
	supplements: MineralMg;
	total: MineralMg;
}

export function mineralSources(food: MineralMg, supplements: MineralMg): MineralSources {
	return { food, supplements, total: addMinerals(food, supplements) };
}

/**
 * A calm note when supplemental magnesium passed the adult upper limit; null otherwise. It states the
 * reference and suggests asking a doctor or pharmacist; it never says what to take.
 */
export function magnesiumLimitNote(supplements: MineralMg): string | null {
	if (supplements.magnesium <= SUPPLEMENTAL_MAGNESIUM_UL_MG) return null;
	return (
		`Magnesium from supplements today is ${Math.round(supplements.magnesium)} mg. The NIH Office of ` +
		`Dietary Supplements gives ${SUPPLEMENTAL_MAGNESIUM_UL_MG} mg a day as the upper limit for adults from ` +
		`supplements (food does not count towards it). If this is what your doctor advised, that's fine; if ` +
		`not, it may be worth asking a doctor or pharmacist.`
	);
}

const UNIT_WORDS: Record<DoseUnit, [string, string]> = {
	mg: ['mg', 'mg'],
	g: ['g', 'g'],
	ml: ['ml', 'ml'],
	tablet: ['tablet', 'tablets'],
	drop: ['drop', 'drops'],
	spray: ['spray', 'sprays']
};

/** '250 mg', '1 tablet', '2 sprays'. */
export function formatDose(amount: number, unit: DoseUnit): string {
	const [one, many] = UNIT_WORDS[unit];
	const n = Math.round(amount * 100) / 100;
	return `${formatNumber(n)} ${n === 1 ? one : many}`;
}
