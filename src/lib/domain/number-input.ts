import { formatNumber } from './number-format';
/**
 * One way to read a number a person typed, for every form. `Number()` is too lenient for typed
 * amounts: it takes "0x10" as 16, "0b11" as 3 and "1e3" as 1000, and "" as 0. Here only plain
 * decimals are numbers: digits with at most one decimal point, which may be written as a comma
 * ("1,5" is one and a half, as many keyboards type it). Thousands separators are not accepted,
 * since "1,500" would be ambiguous.
 */
export interface NumberInputOptions {
	/** What the field is called in messages, e.g. "Amount"; defaults to "The number". */
	label?: string;
	/** The unit the person typed in, e.g. "ml", "fl oz", "minutes"; used in every range message. */
	unit?: string;
	min?: number;
	/** When set, values must be greater than this (e.g. servings must be more than 0). */
	minExclusive?: number;
	max?: number;
	/** Whole numbers only (minutes of exercise). */
	integer?: boolean;
}

export type NumberInputResult = { ok: true; value: number } | { ok: false; error: string };

const DECIMAL = /^[+]?(\d+([.,]\d*)?|[.,]\d+)$/;

function withUnit(value: number, unit: string | undefined): string {
	const number = formatNumber(value, 2);
	return unit ? `${number} ${unit}` : number;
}

export function parseNumberInput(text: string, options: NumberInputOptions = {}): NumberInputResult {
	const label = options.label ?? 'The number';
	const trimmed = text.trim();
	if (!trimmed)
		return { ok: false, error: `Enter ${options.label ? options.label.toLowerCase() : 'a number'}.` };
	if (!DECIMAL.test(trimmed)) {
		return {
			ok: false,
			error: `${label} must be a plain number, like ${options.integer ? '30' : '250 or 1.5'}${options.unit ? ` (in ${options.unit})` : ''}.`
		};
	}
	const value = Number(trimmed.replace(',', '.'));
	if (!Number.isFinite(value)) return { ok: false, error: `${label} must be a number.` };
	if (options.integer && !Number.isInteger(value)) {
		return {
			ok: false,
			error: `${label} must be a whole number${options.unit ? ` of ${options.unit}` : ''}.`
		};
	}
	if (options.minExclusive !== undefined && value <= options.minExclusive) {
		return {
			ok: false,
			error: `${label} must be more than ${withUnit(options.minExclusive, options.unit)}.`
		};
	}
	if (options.min !== undefined && value < options.min) {
		return { ok: false, error: `${label} must be at least ${withUnit(options.min, options.unit)}.` };
	}
	if (options.max !== undefined && value > options.max) {
		return { ok: false, error: `${label} must be at most ${withUnit(options.max, options.unit)}.` };
	}
	return { ok: true, value };
}
