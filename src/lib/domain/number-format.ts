/**
 * Numbers as en-US writes them ("12,345", "1,234.5"), without Intl. The first Intl number format a
 * page makes loads ICU's number data: 136–167 ms of main thread at Lighthouse's 4× CPU slowdown,
 * measured inside Today's first render, where it was the largest single cost. The output equals
 * `value.toLocaleString('en-US', { minimumFractionDigits, maximumFractionDigits })`, by default at
 * most 3 fraction digits as there (a property
 * test checks it): like ICU, it rounds the shortest decimal that reads back as the value (what
 * `String(value)` prints), halves away from zero; `toFixed` would round the exact binary value
 * instead (3368.185 → "3368.18" where Intl says "3,368.19").
 */
export function formatNumber(value: number, maxFractionDigits = 3, minFractionDigits = 0): string {
	const shortest = String(Math.abs(value));
	if (!Number.isFinite(value) || shortest.includes('e+') || maxFractionDigits > 6) {
		return value.toLocaleString('en-US', {
			minimumFractionDigits: minFractionDigits,
			maximumFractionDigits: maxFractionDigits
		});
	}
	// Below 1e-6 String() writes an exponent; to at most 6 fraction digits such a value is 0.
	const [int = '0', frac = ''] = shortest.includes('e-') ? ['0', ''] : shortest.split('.');
	let whole = int;
	let fraction = frac;
	if (frac.length > maxFractionDigits) {
		const roundUp = frac.charCodeAt(maxFractionDigits) >= 53; // '5'
		const digits = (BigInt(int + frac.slice(0, maxFractionDigits)) + (roundUp ? 1n : 0n))
			.toString()
			.padStart(maxFractionDigits + 1, '0');
		whole = digits.slice(0, digits.length - maxFractionDigits);
		fraction = digits.slice(digits.length - maxFractionDigits);
	}
	let keep = fraction.length;
	while (keep > minFractionDigits && fraction[keep - 1] === '0') keep -= 1;
	fraction = fraction.slice(0, keep).padEnd(minFractionDigits, '0');
	whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	// toLocaleString keeps the sign of a negative value that rounds to zero ("-0"); so does this.
	const negative = value < 0 || Object.is(value, -0);
	return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
