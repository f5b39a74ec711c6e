/**
 * The rate ratio behind every habit comparison, with a block sandwich interval that stays honest when
 * spasms come in runs (a bad week) and habits are kept in streaks.
 *
 * Method, for pairs i = 1…m in day order (habit day d, outcome day d + lag):
 * - hᵢ = 1 when the habit was met on day d, yᵢ = spasms and cramps on day d + lag;
 *   n₁ = Σhᵢ, n₀ = m − n₁, a = Σhᵢyᵢ, b = Σ(1−hᵢ)yᵢ.
 * - When a or b is 0, ½ is added to both (x = a + ½, w = b + ½), else x = a, w = b;
 *   μ₁ = x/n₁, μ₀ = w/n₀, RR = μ₁/μ₀.
 * - ψᵢ = hᵢ(yᵢ − μ₁)/x − (1−hᵢ)(yᵢ − μ₀)/w is pair i's influence on ln RR.
 * - Pairs are cut into G = ⌊m/14⌋ blocks of 14 consecutive pairs, the leftovers joining the last block,
 *   and U_g = Σψᵢ over block g. Fewer than 2 blocks: no interval.
 * - V = G/(G−1)·ΣU_g² (when a or b was 0, V = max(V, 1/x + 1/w), so a lucky run of zeros cannot shrink
 *   the interval below the Poisson one), and the interval is exp(ln RR ± t₀.₉₇₅,G−1·√V).
 *
 * References: Carlstein (1986), Ann. Statist. 14:1171–1179, for variance from blocks of consecutive
 * days; Liang & Zeger (1986), Biometrika 73:13–22, for the sandwich (influence) variance; Cameron &
 * Miller (2015), J. Human Resources 50:317–372, for the G/(G−1) factor and t with G − 1 degrees of
 * freedom when there are few clusters.
 *
 * Limits: blocks of 14 days absorb runs up to about two weeks; longer seasons still make the interval
 * too narrow. With few blocks the interval is wide by design (t with few degrees of freedom).
 */

/** Days a block holds: longer than a typical flare (~5 days) and habit streak (~7 days). */
export const BLOCK_DAYS = 14;

/** A ratio of two event rates with its interval of about 95%. */
export interface RateRatio {
	estimate: number;
	lower: number;
	upper: number;
	/** True when ½ was added to both counts because one of them was zero. */
	continuityCorrected: boolean;
	/** Blocks of consecutive pairs the variance was estimated from (G). */
	blocks: number;
	/** Degrees of freedom of the t quantile (G − 1). */
	df: number;
}

// t₀.₉₇₅ for 1–30 degrees of freedom (scipy.stats.t.ppf(0.975, df), to 9 decimals).
const T_975 = [
	12.706204736, 4.30265273, 3.182446305, 2.776445105, 2.570581836, 2.446911851, 2.364624252, 2.306004135,
	2.262157163, 2.228138852, 2.20098516, 2.17881283, 2.160368656, 2.144786688, 2.131449546, 2.119905299,
	2.109815578, 2.10092204, 2.093024054, 2.085963447, 2.079613845, 2.073873068, 2.06865761, 2.063898562,
	2.059538553, 2.055529439, 2.051830516, 2.048407142, 2.045229642, 2.042272456
];

/** Φ⁻¹(0.975). */
export const Z_975 = 1.959963984540054;

/**
 * The 0.975 quantile of Student's t with `df` degrees of freedom: the table to 30, then the
 * Cornish–Fisher expansion in 1/df (Abramowitz & Stegun 26.7.5), within 1e-6 of the exact value there.
 */
export function tQuantile975(df: number): number {
	if (!Number.isInteger(df) || df < 1)
		throw new RangeError(`tQuantile975: df must be a whole number ≥ 1: ${df}`);
	if (df <= T_975.length) return T_975[df - 1]!;
	const z = Z_975;
	const z3 = z ** 3;
	const z5 = z ** 5;
	const z7 = z ** 7;
	const z9 = z ** 9;
	const g1 = (z3 + z) / 4;
	const g2 = (5 * z5 + 16 * z3 + 3 * z) / 96;
	const g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384;
	const g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160;
	return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

/**
 * Rate ratio met ÷ not met over `met[i]` (habit met on the pair's first day) and `episodes[i]` (spasms
 * on its outcome day), pairs in day order, with the block sandwich interval described above. Null when
 * the pairs make fewer than 2 blocks, a group is empty, or there are no episodes at all.
 */
export function blockSandwichRateRatio(
	met: readonly boolean[],
	episodes: readonly number[],
	blockDays: number = BLOCK_DAYS
): RateRatio | null {
	const m = met.length;
	if (episodes.length !== m) throw new RangeError('blockSandwichRateRatio: one outcome per pair');
	const blocks = Math.floor(m / blockDays);
	if (blocks < 2) return null;
	let n1 = 0;
	let a = 0;
	let b = 0;
	for (let i = 0; i < m; i++) {
		const y = episodes[i]!;
		if (!(y >= 0)) throw new RangeError('blockSandwichRateRatio: counts must be non-negative');
		if (met[i]) {
			n1 += 1;
			a += y;
		} else b += y;
	}
	const n0 = m - n1;
	if (n1 === 0 || n0 === 0 || a + b === 0) return null;
	const continuityCorrected = a === 0 || b === 0;
	const x = continuityCorrected ? a + 0.5 : a;
	const w = continuityCorrected ? b + 0.5 : b;
	const mu1 = x / n1;
	const mu0 = w / n0;
	let sumSquares = 0;
	let u = 0;
	for (let i = 0; i < m; i++) {
		const y = episodes[i]!;
		u += met[i] ? (y - mu1) / x : -(y - mu0) / w;
		// Leftover pairs (m mod blockDays) stay in the last block rather than form a short one.
		const endsBlock = (i + 1) % blockDays === 0 && (i + 1) / blockDays < blocks;
		if (endsBlock || i === m - 1) {
			sumSquares += u * u;
			u = 0;
		}
	}
	let variance = (blocks / (blocks - 1)) * sumSquares;
	if (continuityCorrected) variance = Math.max(variance, 1 / x + 1 / w);
	const logRatio = Math.log(mu1 / mu0);
	const df = blocks - 1;
	const halfWidth = tQuantile975(df) * Math.sqrt(variance);
	return {
		estimate: Math.exp(logRatio),
		lower: Math.exp(logRatio - halfWidth),
		upper: Math.exp(logRatio + halfWidth),
		continuityCorrected,
		blocks,
		df
	};
}
