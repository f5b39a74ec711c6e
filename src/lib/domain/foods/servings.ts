import { formatNumber } from '../number-format';
import { LIMITS } from '../limits';
import { parseNumberInput } from '../number-input';

const UNICODE_FRACTIONS: Record<string, number> = {
	'¼': 0.25,
	'½': 0.5,
	'¾': 0.75,
	'⅓': 1 / 3,
	'⅔': 2 / 3
};

function parseAmount(text: string): number {
	const s = text.trim().replace(/\s+/g, ' ');
	// '1.5', '0,5' (decimal comma), '.5': the one decimal reader every form uses.
	const decimal = parseNumberInput(s);
	if (decimal.ok) return decimal.value;
	// '1/2', '1 1/2'
	const fraction = /^(?:(\d+) )?(\d+)\/(\d+)$/.exec(s);
	if (fraction) {
		const [, whole, top, bottom] = fraction;
		return Number(bottom) === 0 ? Number.NaN : Number(whole ?? 0) + Number(top) / Number(bottom);
	}
	// '½', '1½', '1 ½'
	const glyph = /^(?:(\d+) ?)?([¼½¾⅓⅔])$/.exec(s);
	if (glyph) return Number(glyph[1] ?? 0) + (UNICODE_FRACTIONS[glyph[2] ?? ''] ?? Number.NaN);
	return Number.NaN;
}

export const SERVINGS_HINT = `More than 0 and up to ${LIMITS.servings.max}, e.g. 0.5, 1½ or 2`;

/**
 * Servings as people type them: whole numbers, decimals with a point or comma, and simple fractions.
 * Kept to two decimals so a third of a serving reads as 0.33, not 0.3333333333333333.
 */
export function readServings(text: string): { ok: true; value: number } | { ok: false; message: string } {
	const amount = parseAmount(text);
	const value = Math.round(amount * 100) / 100;
	if (!Number.isFinite(value) || value <= LIMITS.servings.minExclusive || value > LIMITS.servings.max) {
		return { ok: false, message: `Enter servings: ${SERVINGS_HINT.toLowerCase()}.` };
	}
	return { ok: true, value };
}

export function formatServings(servings: number): string {
	return servings === 1 ? '1 serving' : `${formatNumber(servings)} servings`;
}
