/**
 * Numbers as en-US writes them ("12,345", "1,234.5"), without Intl. The first Intl number format a
 * page makes loads ICU's number data: 136–167 ms of main thread at Lighthouse's 4× CPU slowdown,
 * measured inside Today's first render, where it was the largest single cost. The output equals
 * `value.toLocaleString('en-US', { minimumFractionDigits, maximumFractionDigits })`, by default at
 * most 3 fraction digits as there (a property test checks it). Like ICU it rounds the shortest
 * decimal that reads back as the value (what `String(value)` prints), halves up; `toFixed` would
 * round the exact binary value instead (3368.185 → "3368.18" where Intl says "3,368.19").
 */
export function formatNumber(value: number, maxFractionDigits = 3, minFractionDigits = 0): string {
	const shortest = String(Math.abs(value));
	// Exponent forms, more than 12 whole digits (the sum below must stay exact) and long fractions
	// never reach the screen; Intl writes them.
	if (!/^\d{1,12}(\.\d+)?$/.test(shortest) || maxFractionDigits > 3) {
		return value.toLocaleString('en-US', {
			minimumFractionDigits: minFractionDigits,
			maximumFractionDigits: maxFractionDigits
		});
	}
	const [whole, fraction = ''] = shortest.split('.');
	const up = fraction.charCodeAt(maxFractionDigits) >= 53 ? 1 : 0; // the next digit is 5 or more
	const digits = String(
		Number(whole + fraction.slice(0, maxFractionDigits).padEnd(maxFractionDigits, '0')) + up
	).padStart(maxFractionDigits + 1, '0');
	const cut = digits.length - maxFractionDigits;
	const kept = digits.slice(cut).replace(/0+$/, '').padEnd(minFractionDigits, '0');
	// toLocaleString keeps the sign of a negative value that rounds to zero ("-0"); so does this.
	const sign = value < 0 || Object.is(value, -0) ? '-' : '';
	return `${sign}${digits.slice(0, cut).replace(/\B(?=(\d{3})+$)/g, ',')}${kept ? `.${kept}` : ''}`;
}
