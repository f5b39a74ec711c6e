/** Φ⁻¹(0.975): the standard normal quantile for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

/** A ratio of two event rates with its 95% interval. */
export interface RateRatio {
	estimate: number;
	lower: number;
	upper: number;
	/** True when 0.5 was added to both counts because one of them was zero. */
	continuityCorrected: boolean;
}

/**
 * Rate ratio (a / t1) / (b / t0) of two Poisson counts, `a` events over `t1` days against `b` over `t0`,
 * with a Wald interval on the log scale: ln(RR) ± z · √(1/a + 1/b).
 *
 * Method: Rothman, Greenland & Lash, Modern Epidemiology, 3rd ed. (2008), ch. 14, large-sample interval
 * for the incidence-rate ratio. A closed form rather than a bootstrap so the same logs always give the
 * same interval and ten years of days cost nothing.
 *
 * When either count is zero the log and its variance are undefined, so 0.5 is added to both counts
 * (the Haldane–Anscombe correction, as for odds ratios) for the estimate and the interval alike; this
 * pulls the estimate towards t0 / t1 and widens the interval, which is the honest direction with so
 * little to go on.
 *
 * Caveat worth knowing when reading the result: it treats days as independent Poisson exposure. Episodes
 * cluster (a bad week), so the real uncertainty is larger than this interval says.
 */
export function poissonRateRatio(a: number, t1: number, b: number, t0: number): RateRatio {
	if (!(t1 > 0) || !(t0 > 0)) throw new RangeError('poissonRateRatio: exposures must be positive');
	if (!(a >= 0) || !(b >= 0)) throw new RangeError('poissonRateRatio: counts must be non-negative');
	const continuityCorrected = a === 0 || b === 0;
	const x = continuityCorrected ? a + 0.5 : a;
	const y = continuityCorrected ? b + 0.5 : b;
	const logRatio = Math.log(x / t1) - Math.log(y / t0);
	const halfWidth = Z_95 * Math.sqrt(1 / x + 1 / y);
	return {
		estimate: Math.exp(logRatio),
		lower: Math.exp(logRatio - halfWidth),
		upper: Math.exp(logRatio + halfWidth),
		continuityCorrected
	};
}
