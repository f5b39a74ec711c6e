import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, MAX_WINDOW_DAYS, resolveThresholds, type Thresholds } from './thresholds';

describe('DEFAULT_THRESHOLDS', () => {
	// The table; a changed default must be a deliberate, reviewed change.
	const expected: Thresholds = {
		episodeWindowDays: 30,
		severeIntensity: 8,
		longDurationSec: 600,
		frequentCount: 3,
		frequentWindowDays: 7,
		risingRecentDays: 7,
		risingBaselineDays: 21,
		risingMinCount: 3,
		risingFactor: 2,
		noCauseCount: 3,
		noCauseWindowDays: 14,
		noCauseExerciseHours: 24,
		selfCareWindowDays: 5,
		selfCareWaterDays: 4,
		selfCareStretchDays: 3,
		selfCareReliefEpisodes: 2,
		selfCareEpisodeDays: 3
	};

	it('matches the documented defaults', () => {
		expect(DEFAULT_THRESHOLDS).toEqual(expected);
	});

	it('cannot be changed by a caller', () => {
		expect(Object.isFrozen(DEFAULT_THRESHOLDS)).toBe(true);
	});
});

describe('resolveThresholds', () => {
	const cases: [name: string, overrides: Partial<Thresholds>, key: keyof Thresholds, value: number][] = [
		['no override keeps the default', {}, 'severeIntensity', 8],
		['a number replaces the default', { severeIntensity: 7 }, 'severeIntensity', 7],
		['a fraction stays for non-window values', { risingFactor: 1.5 }, 'risingFactor', 1.5],
		['undefined keeps the default', { severeIntensity: undefined }, 'severeIntensity', 8],
		['NaN keeps the default', { frequentCount: Number.NaN }, 'frequentCount', 3],
		['Infinity keeps the default', { longDurationSec: Number.POSITIVE_INFINITY }, 'longDurationSec', 600],
		['a window is rounded down to whole days', { frequentWindowDays: 7.9 }, 'frequentWindowDays', 7],
		['a window is at least 1 day', { selfCareWindowDays: 0.5 }, 'selfCareWindowDays', 1],
		['a negative window becomes 1 day', { noCauseWindowDays: -3 }, 'noCauseWindowDays', 1],
		['a huge window is capped', { episodeWindowDays: 1e9 }, 'episodeWindowDays', MAX_WINDOW_DAYS]
	];
	it.each(cases)('%s', (_name, overrides, key, value) => {
		expect(resolveThresholds(overrides)[key]).toBe(value);
	});

	it('leaves the defaults untouched', () => {
		resolveThresholds({ severeIntensity: 1 });
		expect(DEFAULT_THRESHOLDS.severeIntensity).toBe(8);
	});
});
