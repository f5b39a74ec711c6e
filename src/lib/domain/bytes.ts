import { formatNumber } from './number-format';
const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/** A storage amount for people: "0 bytes", "312 KB", "1.4 MB", "12 GB" (1 KB = 1,000 bytes, as devices show it). */
export function formatBytes(bytes: number): string {
	if (!Number.isFinite(bytes) || bytes <= 0) return '0 bytes';
	let value = bytes;
	let unit = 0;
	while (value >= 999.5 && unit < UNITS.length - 1) {
		value /= 1000;
		unit++;
	}
	if (unit === 0) return `${Math.round(value)} ${value === 1 ? 'byte' : 'bytes'}`;
	const digits = value < 10 ? 1 : 0;
	return `${formatNumber(value, digits)} ${UNITS[unit]}`;
}
