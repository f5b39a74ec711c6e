import { formatNumber } from './number-format';
import type { UnitSystem } from './types';

/** 1 US fl oz = 29.5735 ml (NIST Handbook 44, Appendix C, units of liquid volume). */
export const ML_PER_FL_OZ = 29.5735;

export function mlToFlOz(ml: number): number {
	return ml / ML_PER_FL_OZ;
}

export function flOzToMl(flOz: number): number {
	return flOz * ML_PER_FL_OZ;
}

/** Converts an amount typed in the person's unit to stored millilitres (whole ml). */
export function toMl(amount: number, units: UnitSystem): number {
	return Math.round(units === 'us' ? flOzToMl(amount) : amount);
}

/** The amount in the person's unit, rounded for display (ml whole, fl oz to one decimal). */
export function fromMl(ml: number, units: UnitSystem): number {
	return units === 'us' ? Math.round(mlToFlOz(ml) * 10) / 10 : Math.round(ml);
}

export function waterUnitLabel(units: UnitSystem): string {
	return units === 'us' ? 'fl oz' : 'ml';
}

/**
 * The amount rounded to a step a person would say: whole ml; in fl oz, whole ounces from 20 up
 * (goals and day totals: "101 fl oz", not "101.4") and tenths for a single drink below that (a
 * 500 ml bottle is labelled "16.9 fl oz" in the US). For reading only:
 * a field the person edits shows `fromMl`, so an unchanged value stores back unchanged.
 */
export function displayAmount(ml: number, units: UnitSystem): number {
	if (units !== 'us') return Math.round(ml);
	const flOz = mlToFlOz(ml);
	return flOz >= 20 ? Math.round(flOz) : Math.round(flOz * 10) / 10;
}

export function formatWater(ml: number, units: UnitSystem): string {
	const value = displayAmount(ml, units);
	return `${formatNumber(value)} ${waterUnitLabel(units)}`;
}

export function formatDuration(totalSec: number): string {
	const sec = Math.max(0, Math.round(totalSec));
	const h = Math.floor(sec / 3600);
	const m = Math.floor((sec % 3600) / 60);
	const s = sec % 60;
	if (h > 0) return `${h} h ${m} min`;
	if (m > 0) return s > 0 ? `${m} min ${s} s` : `${m} min`;
	return `${s} s`;
}
