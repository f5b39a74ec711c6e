// Dates and numbers for the printed report, formatted by hand so a report reads the same on every
// device and in every browser language (the same logs give the same paper).
import type { Day } from '../types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2026-03-05' → '5 Mar 2026'. */
export function formatReportDay(day: Day): string {
	const [y, m, d] = day.split('-');
	return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

/** '2026-03-05' → '5 Mar' (inside a period the year is on the header). */
export function formatShortDay(day: Day): string {
	const [, m, d] = day.split('-');
	return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m}`;
}

/** 1234.5 → '1,235'; 2.25 with `digits` 1 → '2.3'. */
export function formatCount(n: number, digits = 0): string {
	const fixed = n.toFixed(digits);
	const [whole, fraction] = fixed.split('.');
	const grouped = (whole ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return fraction && Number(fraction) !== 0 ? `${grouped}.${fraction}` : grouped;
}

/** 0.4166 → '42%'. */
export function formatShare(part: number, whole: number): string {
	if (whole === 0) return '—';
	return `${Math.round((part / whole) * 100)}%`;
}

/** 75 → '1 min 15 s', 45 → '45 s', 3600 → '60 min'. */
export function formatSeconds(totalSec: number): string {
	const sec = Math.max(0, Math.round(totalSec));
	const minutes = Math.floor(sec / 60);
	const seconds = sec % 60;
	if (minutes === 0) return `${seconds} s`;
	return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

/** The wall-clock 'HH:MM' a record was written with, read from its own text (never the viewer's zone). */
export function wallClock(iso: string): string {
	const m = /T(\d{2}):(\d{2})/.exec(iso);
	return m ? `${m[1]}:${m[2]}` : '';
}

/** "3 days", "1 day". */
export function plural(n: number, one: string, many = `${one}s`): string {
	return `${formatCount(n)} ${n === 1 ? one : many}`;
}
