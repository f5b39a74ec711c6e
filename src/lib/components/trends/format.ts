import { formatNumber as enUsNumber } from '$lib/domain/number-format';
import type { Day } from '$lib/domain';

// Days are calendar dates, not instants: format them at noon UTC in UTC so no zone can shift them.
const atNoon = (day: Day) => new Date(`${day}T12:00:00Z`);
const shortDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const fullDay = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	timeZone: 'UTC'
});
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "3 Feb" */
export const formatShortDay = (day: Day) => shortDay.format(atNoon(day));
/** "3 Feb 2026" */
export const formatDay = (day: Day) => fullDay.format(atNoon(day));
/** "Feb 2026" */
export const formatMonth = (day: Day) => monthYear.format(atNoon(day));

export function formatNumber(n: number, decimals = 0): string {
	return enUsNumber(n, decimals, decimals);
}

export function formatPercent(share: number | null): string {
	return share === null ? '—' : `${Math.round(share * 100)}%`;
}
