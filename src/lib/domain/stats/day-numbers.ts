import type { Day } from '../types';

// Days as whole numbers since 1970-01-01 (UTC, which has no DST), so "d + k", ranges and week starts
// are integer arithmetic: parsing and formatting a day string per step would cost more than bucketing
// all the records of ten years.
const MS_PER_DAY = 86_400_000;

export function dayNumber(day: Day): number {
	// setUTCFullYear rather than Date.UTC, which reads years 0–99 as 1900–1999.
	const date = new Date(0);
	date.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
	return Math.round(date.getTime() / MS_PER_DAY);
}

export function dayFromNumber(n: number): Day {
	return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day number of the Monday of the ISO week (1970-01-01 was a Thursday). */
export function mondayNumber(n: number): number {
	return n - ((((n + 3) % 7) + 7) % 7);
}
