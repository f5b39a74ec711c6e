// Number and plural wording shared by rule descriptions and flag reasons. Formatting is done by hand,
// not with toLocaleString, so a reason reads the same on every device (same input, same output).

/** Whole numbers as they are, others to one decimal: a weekly average of 4/3 reads "1.3". */
export function formatNumber(n: number): string {
	if (Number.isInteger(n)) return String(n);
	const rounded = Math.round(n * 10) / 10;
	return String(rounded);
}

/** "1 day", "3 days"; the plural is given when it is not just an added "s". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
	return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}

/** 600 → "10 minutes", 630 → "10 min 30 s", 45 → "45 seconds". */
export function formatDuration(totalSec: number): string {
	const sec = Math.max(0, Math.round(totalSec));
	const minutes = Math.floor(sec / 60);
	const seconds = sec % 60;
	if (minutes === 0) return count(seconds, 'second');
	if (seconds === 0) return count(minutes, 'minute');
	return `${minutes} min ${seconds} s`;
}

/** 2 → "twice", 3 → "3 times", 1.5 → "1.5 times". */
export function times(factor: number): string {
	if (factor === 1) return 'as many as';
	if (factor === 2) return 'twice';
	return `${formatNumber(factor)} times`;
}

export function cramps(n: number): string {
	return count(n, 'cramp or spasm', 'cramps or spasms');
}
