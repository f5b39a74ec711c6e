import { formatNumber } from './number-format';
import { LIMITS } from './limits';

export type DurationParse =
	| { ok: true; /** Whole seconds, or null for an empty field (not recorded). */ sec: number | null }
	| { ok: false; message: string };

const MESSAGE = 'Write minutes, like 2, 1:30, 1 min 30 or 1,5';

// One number, written with a dot or a comma for the decimal part.
const NUMBER = String.raw`(\d+(?:[.,]\d+)?|[.,]\d+)`;
const CLOCK = /^(?:(\d+):)?(\d+):(\d{1,2})$/;
const UNITS: Record<string, number> = {
	h: 3600,
	hr: 3600,
	hrs: 3600,
	hour: 3600,
	hours: 3600,
	m: 60,
	min: 60,
	mins: 60,
	minute: 60,
	minutes: 60,
	s: 1,
	sec: 1,
	secs: 1,
	second: 1,
	seconds: 1
};
const PART = new RegExp(`^${NUMBER}\\s*([a-z]+)?$`);

function toNumber(text: string): number {
	return Number(text.replace(',', '.'));
}

function inRange(sec: number): DurationParse {
	const rounded = Math.round(sec);
	const maxMin = LIMITS.episodeDurationSec.max / 60;
	if (rounded > LIMITS.episodeDurationSec.max) {
		return { ok: false, message: `At most ${formatNumber(maxMin)} minutes (${maxMin / 60} hours)` };
	}
	return { ok: true, sec: rounded };
}

/**
 * Reads a duration typed into one field whose unit is minutes: "90" (minutes), "1,5" or "1.5"
 * (a minute and a half), "1:30" (minutes:seconds), "1:02:30" (hours:minutes:seconds),
 * "1 min 30", "2m 10s", "45 s", "1 h 5". A bare number after a unit takes the next smaller unit.
 * Anything else is an error with a message in minutes, never NaN.
 */
export function parseDuration(input: string): DurationParse {
	const text = input.trim().toLowerCase();
	if (text === '') return { ok: true, sec: null };

	const clock = CLOCK.exec(text);
	if (clock) {
		const [, h, m, s] = clock;
		if (Number(s) >= 60 || (h !== undefined && Number(m) >= 60)) return { ok: false, message: MESSAGE };
		return inRange(Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s));
	}

	// Split "1 min 30", "1min30s", "2m 10s" into number-unit parts.
	const parts = text.match(/(\d+(?:[.,]\d+)?|[.,]\d+)\s*[a-z]*/g);
	if (!parts || parts.join('').replace(/\s/g, '') !== text.replace(/\s/g, '')) {
		return { ok: false, message: MESSAGE };
	}
	let total = 0;
	let previousUnit: number | null = null;
	for (const raw of parts) {
		const match = PART.exec(raw.trim());
		if (!match) return { ok: false, message: MESSAGE };
		const [, value, unitText] = match;
		let unit: number;
		if (unitText !== undefined) {
			const named = UNITS[unitText];
			if (named === undefined) return { ok: false, message: MESSAGE };
			unit = named;
		} else {
			// "90" alone is minutes; "1 min 30" means 30 seconds; "1 h 5" means 5 minutes.
			unit = previousUnit === null ? 60 : previousUnit === 3600 ? 60 : 1;
			if (previousUnit === 1) return { ok: false, message: MESSAGE };
		}
		if (previousUnit !== null && unit >= previousUnit) return { ok: false, message: MESSAGE };
		total += toNumber(value ?? '') * unit;
		previousUnit = unit;
	}
	if (!Number.isFinite(total)) return { ok: false, message: MESSAGE };
	return inRange(total);
}

/** The stored seconds as the field shows them: "2", "1:30", "" when not recorded. */
export function formatDurationInput(sec: number | null): string {
	if (sec === null) return '';
	const m = Math.floor(sec / 60);
	const s = sec % 60;
	return s === 0 ? String(m) : `${m}:${String(s).padStart(2, '0')}`;
}
