import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf, toOffsetIso } from '../time';
import type { Logs, SpasmEpisode } from '../types';
import type { EpisodeKind } from '../vocabulary';
import { evaluateRedFlags, RULE_IDS, type RedFlag, type RedFlagOptions, type Thresholds } from './index';
import { mulberry32, shuffled } from '$test-support/log-factories';

// Pinned so a run reproduces; set FC_SEED to explore other inputs (fast-check prints the failing seed).
const FC = { numRuns: 150, seed: Number(process.env.FC_SEED ?? 20260615) };

const ZONES = [
	'Europe/Berlin',
	'America/New_York',
	'UTC',
	'Asia/Kolkata',
	'Australia/Lord_Howe',
	'Pacific/Kiritimati'
];
// DST change days in Berlin and New York, and an ordinary day.
const NOWS = [
	'2026-03-29T01:30:00Z',
	'2026-10-25T00:30:00Z',
	'2026-03-08T07:30:00Z',
	'2026-11-01T05:30:00Z',
	'2026-06-15T18:00:00Z'
].map((iso) => new Date(iso).getTime());

const MINUTE = 60_000;
const DAY_MIN = 1440;

/** Minutes relative to now: two thirds of the records in the last 10 days, so the short windows fill up. */
const offset = fc.oneof(
	fc.integer({ min: -5 * DAY_MIN, max: 0 }),
	fc.integer({ min: -10 * DAY_MIN, max: 0 }),
	fc.integer({ min: -45 * DAY_MIN, max: DAY_MIN })
);
const rare = fc.integer({ min: 0, max: 5 }).map((n) => n === 0);

const episodeSpec = fc.record({
	offset,
	kind: fc.constantFrom<EpisodeKind>('spasm', 'cramp', 'twitch'),
	intensity: fc.integer({ min: 0, max: 10 }),
	durationSec: fc.option(fc.integer({ min: 0, max: 1200 }), { nil: null }),
	triggers: fc.subarray(['exercise', 'new-exercise', 'stress', 'night']),
	reliefs: fc.subarray(['stretch', 'heat', 'massage', 'cold']),
	signs: fc.record({ weakness: rare, numbness: rare, swelling: rare, redness: rare, warmth: rare })
});

interface Scenario {
	logs: Logs;
	options: RedFlagOptions;
}

const stampsFor = (now: number, zone: string) => (minutes: number) => {
	const instant = new Date(now + minutes * MINUTE);
	const at = toOffsetIso(instant, zone);
	return { at, day: dayOf(instant, zone), updatedAt: at };
};

/** Water, food and stretch records only; ids carry a prefix so they never clash with the base logs. */
const extrasSpec = fc.record({
	water: fc.array(fc.record({ offset, ml: fc.integer({ min: 100, max: 2500 }) }), { maxLength: 20 }),
	foods: fc.array(offset, { maxLength: 5 }),
	stretches: fc.array(offset, { maxLength: 8 })
});
type ExtrasSpec = typeof extrasSpec extends fc.Arbitrary<infer T> ? T : never;

function buildExtras(
	spec: ExtrasSpec,
	stamp: ReturnType<typeof stampsFor>,
	prefix: string
): Omit<Logs, 'episodes' | 'exercise' | 'medications'> {
	return {
		water: spec.water.map((w, i) => ({ id: `${prefix}w${i}`, ...stamp(w.offset), ml: w.ml })),
		foods: spec.foods.map((o, i) => ({
			id: `${prefix}f${i}`,
			...stamp(o),
			foodId: 'banana',
			name: 'Banana',
			servings: 1,
			mg: { magnesium: 32, potassium: 422, calcium: 6, sodium: 1 }
		})),
		stretches: spec.stretches.map((o, i) => ({
			id: `${prefix}s${i}`,
			...stamp(o),
			durationSec: 300,
			routine: 'calf',
			areas: ['calf']
		}))
	};
}

const scenario: fc.Arbitrary<Scenario> = fc
	.record({
		now: fc.constantFrom(...NOWS),
		jitter: fc.integer({ min: -DAY_MIN, max: DAY_MIN }),
		zone: fc.constantFrom(...ZONES),
		writeZone: fc.constantFrom(...ZONES),
		waterGoalMl: fc.constantFrom(1500, 2000, 2500),
		episodes: fc.array(episodeSpec, { maxLength: 25 }),
		exercise: fc.array(fc.record({ offset, minutes: fc.integer({ min: 1, max: 120 }) }), { maxLength: 8 }),
		// Days of a kept-up routine (plenty of water, a stretch) ending today; random logs rarely have one.
		routineDays: fc.integer({ min: 0, max: 6 }),
		extras: fc.record({
			water: fc.array(fc.record({ offset, ml: fc.integer({ min: 250, max: 2500 }) }), { maxLength: 40 }),
			foods: fc.array(offset, { maxLength: 5 }),
			stretches: fc.array(offset, { maxLength: 12 })
		})
	})
	.map((s) => {
		const now = s.now + s.jitter * MINUTE;
		// Records are written in one zone and read in another, as after travelling.
		const stamp = stampsFor(now, s.writeZone);
		const episodes: SpasmEpisode[] = s.episodes.map((e, i) => {
			const { at, day } = stamp(e.offset);
			return {
				id: `e${i}`,
				startedAt: at,
				day,
				durationSec: e.durationSec,
				kind: e.kind,
				location: 'calf',
				side: 'left',
				intensity: e.intensity,
				triggers: e.triggers,
				reliefs: e.reliefs.map((method) => ({ method, helped: null })),
				signs: e.signs,
				notes: '',
				createdAt: at,
				updatedAt: at
			};
		});
		const routine = Array.from({ length: s.routineDays }, (_, k) => -k * DAY_MIN - 60);
		s.extras.water.push(...routine.map((o) => ({ offset: o, ml: 3000 })));
		s.extras.stretches.push(...routine);
		const exercise = s.exercise.map((x, i) => ({ id: `x${i}`, ...stamp(x.offset), minutes: x.minutes }));
		return {
			logs: { episodes, exercise, medications: [], ...buildExtras(s.extras, stamp, '') },
			options: { now: new Date(now), timeZone: s.zone, waterGoalMl: s.waterGoalMl }
		};
	});

function evaluate({ logs, options }: Scenario): RedFlag[] {
	return evaluateRedFlags(logs, options);
}

function earliestDay(logs: Logs): string | undefined {
	const days = [logs.episodes, logs.water, logs.foods, logs.stretches, logs.exercise].flatMap((records) =>
		records.map((r) => r.day)
	);
	return days.sort()[0];
}

const withoutSelfCare = (flags: RedFlag[]) => flags.filter((f) => f.id !== 'self-care-not-working');

describe('red-flag properties', () => {
	it('the generator reaches every rule, so the properties below are not vacuous', () => {
		const seen = new Set(
			fc.sample(scenario, { numRuns: 300, seed: 1 }).flatMap((s) => evaluate(s).map((f) => f.id))
		);
		expect([...seen].sort()).toEqual([...RULE_IDS].sort());
	});

	it('shuffling records never changes the result', () => {
		fc.assert(
			fc.property(scenario, fc.integer(), (s, seed) => {
				const random = mulberry32(seed);
				const logs: Logs = {
					episodes: shuffled(s.logs.episodes, random),
					water: shuffled(s.logs.water, random),
					foods: shuffled(s.logs.foods, random),
					stretches: shuffled(s.logs.stretches, random),
					exercise: shuffled(s.logs.exercise, random),
					medications: shuffled(s.logs.medications, random)
				};
				expect(evaluate({ ...s, logs })).toEqual(evaluate(s));
			}),
			FC
		);
	});

	// Records dated before the earliest one could create a baseline for `rising` (see index.ts), so the
	// added ones start on the first logged day.
	it('adding water, food or stretch records changes no flag but self-care-not-working', () => {
		fc.assert(
			fc.property(scenario, extrasSpec, (s, spec) => {
				const first = earliestDay(s.logs);
				const extra = buildExtras(spec, stampsFor(s.options.now.getTime(), 'UTC'), 'added-');
				const keep = <T extends { day: string }>(records: T[]) =>
					records.filter((r) => first !== undefined && r.day >= first);
				const logs: Logs = {
					...s.logs,
					water: [...s.logs.water, ...keep(extra.water)],
					foods: [...s.logs.foods, ...keep(extra.foods)],
					stretches: [...s.logs.stretches, ...keep(extra.stretches)]
				};
				expect(withoutSelfCare(evaluate({ ...s, logs }))).toEqual(withoutSelfCare(evaluate(s)));
			}),
			FC
		);
	});

	it('removing a flag’s evidence removes the flag', () => {
		fc.assert(
			fc.property(scenario, (s) => {
				for (const flag of evaluate(s)) {
					const evidence = new Set(flag.evidence);
					const logs = { ...s.logs, episodes: s.logs.episodes.filter((e) => !evidence.has(e.id)) };
					expect(evaluate({ ...s, logs }).map((f) => f.id)).not.toContain(flag.id);
				}
			}),
			FC
		);
	});

	const thresholds: fc.Arbitrary<Partial<Thresholds>> = fc.record(
		{
			episodeWindowDays: fc.integer({ min: -3, max: 400 }),
			severeIntensity: fc.double({ min: -1, max: 11 }),
			longDurationSec: fc.double({ min: -1, max: 5000 }),
			frequentCount: fc.integer({ min: 0, max: 10 }),
			frequentWindowDays: fc.double(),
			risingRecentDays: fc.integer({ min: 0, max: 30 }),
			risingBaselineDays: fc.integer({ min: 0, max: 90 }),
			risingFactor: fc.double({ min: 0, max: 5, noNaN: true }),
			noCauseExerciseHours: fc.double({ min: 0, max: 96, noNaN: true }),
			selfCareWindowDays: fc.integer({ min: 0, max: 20 }),
			selfCareEpisodeDays: fc.integer({ min: 0, max: 5 })
		},
		{ requiredKeys: [] }
	);

	it('any valid input returns well-formed flags without throwing or touching the input', () => {
		fc.assert(
			fc.property(
				scenario,
				thresholds,
				fc.constantFrom(undefined, '', 'Not/AZone', 'Europe/Berlin'),
				fc.boolean(),
				(s, t, zone, overrideZone) => {
					const options = { ...s.options, thresholds: t, ...(overrideZone ? { timeZone: zone } : {}) };
					const frozen = structuredClone(s.logs);
					deepFreeze(frozen);
					const flags = evaluateRedFlags(frozen, options);
					expect(evaluateRedFlags(frozen, options)).toEqual(flags);
					const ids = flags.map((f) => f.id);
					expect(ids).toEqual(RULE_IDS.filter((id) => ids.includes(id)));
					const episodeIds = new Set(s.logs.episodes.map((e) => e.id));
					for (const flag of flags) {
						expect(flag.evidence.length).toBeGreaterThan(0);
						expect(flag.evidence).toEqual([...new Set(flag.evidence)].sort());
						expect(flag.evidence.every((id) => episodeIds.has(id))).toBe(true);
						expect(flag.reason).toMatch(/\d/);
					}
				}
			),
			FC
		);
	});
});

function deepFreeze(value: unknown): void {
	if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
	Object.freeze(value);
	for (const child of Object.values(value)) deepFreeze(child);
}
