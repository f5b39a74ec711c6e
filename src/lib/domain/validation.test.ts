import { REFERENCE_GROUPS } from './foods/reference-intakes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf, toOffsetIso } from './time';
import type {
	ExerciseSession,
	FoodServing,
	RecordKind,
	Settings,
	SpasmEpisode,
	StretchSession,
	WaterIntake
} from './types';
import { DEFAULT_SETTINGS, THEMES, UNIT_SYSTEMS } from './types';
import {
	LIMITS,
	ValidationError,
	validateEpisode,
	validateExercise,
	validateFood,
	validateRecord,
	validateSettings,
	validateStretch,
	validateWater,
	type Validated
} from './validation';
import {
	BODY_LOCATIONS,
	EPISODE_KINDS,
	HELPED_VALUES,
	RELIEF_METHODS,
	SIDES,
	SIGN_KEYS,
	TRIGGERS
} from './vocabulary';
import { mulberry32 } from '$test-support/seeded-random';

// ---------------------------------------------------------------------------------------------------
// Seeded sources: a failing case reproduces from the seed in its name (factories) or the seed
// fast-check prints; FC_SEED lets a run explore beyond the fixed default.

const FC_PARAMS = { seed: Number(process.env.FC_SEED) || 20261124, numRuns: 200 };

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
const intIn = (rand: Rand, min: number, max: number): number => min + Math.floor(rand() * (max - min + 1));

function uuid(rand: Rand): string {
	const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

const ZONES = [
	'UTC',
	'Europe/Berlin',
	'America/New_York',
	'Pacific/Auckland',
	'Pacific/Kiritimati',
	'Pacific/Pago_Pago',
	'Asia/Kathmandu'
] as const;
// A day inside the range at each end, so the local year stays within LIMITS in every zone above.
const EARLIEST_MS = Date.UTC(LIMITS.earliestYear, 0, 2);
const LATEST_MS = Date.UTC(LIMITS.latestYear, 11, 30);

function stampFrom(rand: Rand): { at: string; day: string } {
	const when = new Date(EARLIEST_MS + Math.floor(rand() * (LATEST_MS - EARLIEST_MS)));
	const zone = pick(rand, ZONES);
	return { at: toOffsetIso(when, zone), day: dayOf(when, zone) };
}

function makeEpisode(seed = 1): SpasmEpisode {
	const rand = mulberry32(seed);
	const { at, day } = stampFrom(rand);
	return {
		id: uuid(rand),
		startedAt: at,
		day,
		durationSec: intIn(rand, 5, 600),
		kind: pick(rand, EPISODE_KINDS),
		location: pick(rand, BODY_LOCATIONS),
		side: pick(rand, SIDES),
		intensity: intIn(rand, 0, 10),
		triggers: [pick(rand, TRIGGERS)],
		reliefs: [{ method: pick(rand, RELIEF_METHODS), helped: pick(rand, HELPED_VALUES) }],
		signs: { weakness: false, numbness: false, swelling: false, redness: false, warmth: false },
		notes: 'Woke up with it',
		createdAt: at,
		updatedAt: at
	};
}

function makeWater(seed = 1): WaterIntake {
	const rand = mulberry32(seed);
	const s = stampFrom(rand);
	return { id: uuid(rand), ...s, ml: intIn(rand, 100, 750), updatedAt: s.at };
}

function makeFood(seed = 1): FoodServing {
	const rand = mulberry32(seed);
	const servings = intIn(rand, 1, 4);
	const s = stampFrom(rand);
	return {
		id: uuid(rand),
		...s,
		foodId: 'almonds',
		name: 'Almonds',
		servings,
		mg: { magnesium: 77 * servings, potassium: 208 * servings, calcium: 76 * servings, sodium: 0 },
		updatedAt: s.at
	};
}

function makeStretch(seed = 1): StretchSession {
	const rand = mulberry32(seed);
	const s = stampFrom(rand);
	return {
		id: uuid(rand),
		...s,
		durationSec: intIn(rand, 60, 900),
		routine: 'calf-and-hamstring',
		areas: ['calf', 'hamstring'],
		updatedAt: s.at
	};
}

function makeExercise(seed = 1): ExerciseSession {
	const rand = mulberry32(seed);
	const s = stampFrom(rand);
	return { id: uuid(rand), ...s, minutes: intIn(rand, 10, 90), updatedAt: s.at };
}

function makeSettings(seed = 1): Settings {
	const rand = mulberry32(seed);
	return {
		units: pick(rand, UNIT_SYSTEMS),
		waterGoalMl: intIn(rand, 1500, 3000),
		stretchGoalMin: intIn(rand, 5, 15),
		theme: pick(rand, THEMES),
		referenceGroup: pick(rand, REFERENCE_GROUPS)
	};
}

// ---------------------------------------------------------------------------------------------------
// Editing helpers: a case names the dotted path it changes, the same path the error must report.

// Stand-ins for values fast-check cannot hold (it probes generated values, which would trip the traps).
const THROWING_GETTER = Symbol('throwing getter');
const THROWING_PROXY = Symbol('throwing proxy');

function throwingProxy(): object {
	const fail = () => {
		throw new Error('trap');
	};
	return new Proxy(
		{},
		{ get: fail, has: fail, ownKeys: fail, getPrototypeOf: fail, getOwnPropertyDescriptor: fail }
	);
}

function materialize(value: unknown): unknown {
	if (value === THROWING_PROXY) return throwingProxy();
	if (value === THROWING_GETTER) return setPath({}, 'id', THROWING_GETTER);
	return value;
}

function setPath(record: object, path: string, value: unknown): Record<string, unknown> {
	const copy = structuredClone(record) as Record<string, unknown>;
	const keys = path.split('.');
	const last = keys.pop() as string;
	let target: Record<string, unknown> = copy;
	for (const key of keys) target = target[key] as Record<string, unknown>;
	if (value === THROWING_GETTER) {
		Object.defineProperty(target, last, {
			enumerable: true,
			get() {
				throw new Error(`getter for ${path}`);
			}
		});
	} else {
		target[last] = materialize(value);
	}
	return copy;
}

function dropPath(record: object, path: string): Record<string, unknown> {
	const copy = structuredClone(record) as Record<string, unknown>;
	const keys = path.split('.');
	const last = keys.pop() as string;
	let target: Record<string, unknown> = copy;
	for (const key of keys) target = target[key] as Record<string, unknown>;
	delete target[last];
	return copy;
}

const set = (path: string, value: unknown) => (record: object) => setPath(record, path, value);
const drop = (path: string) => (record: object) => dropPath(record, path);
const same = (record: object) => record;

function issuePaths(result: Validated<unknown>): string[] | 'ok' {
	return result.ok ? 'ok' : [...new Set(result.error.issues.map((issue) => issue.path))];
}

type Patch = (record: object) => unknown;
type ValidCase = [label: string, patch: Patch];
type InvalidCase = [label: string, patch: Patch, path: string];

/** Registers one test per case: valid input comes back unchanged; invalid input fails at exactly `path`. */
function table<T extends object>(
	validate: (input: unknown) => Validated<T>,
	base: () => T,
	valid: ValidCase[],
	invalid: InvalidCase[]
): void {
	const validRows = valid.map(([label, patch]) => ({ label, patch }));
	const invalidRows = invalid.map(([label, patch, path]) => ({ label, patch, path }));
	it.each(validRows)('accepts $label', ({ patch }) => {
		const input = patch(base());
		expect(validate(input)).toEqual({ ok: true, value: input });
	});
	it.each(invalidRows)('rejects $label at "$path"', ({ patch, path }) => {
		expect(issuePaths(validate(patch(base())))).toEqual([path]);
	});
}

const MEGA = 'x'.repeat(1024 * 1024);
const YEAR_1 = new Date(Date.UTC(2000, 0, 1));
YEAR_1.setUTCFullYear(1);
const YEAR_9999 = new Date('9999-12-31T23:59:59.999Z');

/** Shared bad values for any date-and-time field. */
function instantCases(field: string): InvalidCase[] {
	return [
		[`${field} without an offset`, set(field, '2026-11-24T02:10:00'), field],
		[`${field} on 2026-02-30`, set(field, '2026-02-30T10:00:00+01:00'), field],
		[`${field} with a space before the offset`, set(field, '2026-11-24T02:10:00 +01:00'), field],
		[`${field} in year 1`, set(field, '0001-01-01T00:00:00.000Z'), field],
		[`${field} in year 9999`, set(field, '9999-12-31T23:59:59.999+14:00'), field],
		[`${field} in 1999`, set(field, '1999-12-31T23:59:59.999Z'), field],
		[`${field} in 2101`, set(field, '2101-01-01T00:00:00.000Z'), field],
		[`${field} as a Date object`, set(field, new Date('2026-11-24T02:10:00Z')), field],
		[`${field} as epoch milliseconds`, set(field, 1_795_000_000_000), field],
		[`${field} as a 1 MB string`, set(field, MEGA), field],
		[`${field} as NaN`, set(field, NaN), field],
		[`missing ${field}`, drop(field), field]
	];
}

function dayCases(): InvalidCase[] {
	return [
		['day 2026-02-30', set('day', '2026-02-30'), 'day'],
		['day 2026-02-29 (not a leap year)', set('day', '2026-02-29'), 'day'],
		['day 2026-13-01', set('day', '2026-13-01'), 'day'],
		['day without padding', set('day', '2026-2-3'), 'day'],
		['day with a trailing newline', set('day', '2026-02-03\n'), 'day'],
		['day in year 1', set('day', '0001-01-01'), 'day'],
		['day in year 9999', set('day', '9999-12-31'), 'day'],
		['day in 1999', set('day', '1999-12-31'), 'day'],
		['day as a number', set('day', 20261124), 'day'],
		['day as a 1 MB string', set('day', MEGA), 'day']
	];
}

function idCases(): InvalidCase[] {
	return [
		['id that is not a UUID', set('id', 'not-a-uuid'), 'id'],
		['id as a number', set('id', 42), 'id'],
		['id as a 1 MB string', set('id', MEGA), 'id']
	];
}

// ---------------------------------------------------------------------------------------------------

describe('validateEpisode', () => {
	table(
		validateEpisode,
		makeEpisode,
		[
			['a generated episode', same],
			['duration null (still going)', set('durationSec', null)],
			['duration 0 s', set('durationSec', 0)],
			['duration 36 h', set('durationSec', 36 * 3600)],
			['intensity 0', set('intensity', 0)],
			['intensity 10', set('intensity', 10)],
			['intensity -0', set('intensity', -0)],
			['no side', set('side', null)],
			['a trigger in the person’s own words', set('triggers', ['cold office'])],
			[
				'30 triggers',
				set(
					'triggers',
					Array.from({ length: 30 }, (_, i) => `trigger ${i}`)
				)
			],
			['no reliefs', set('reliefs', [])],
			['a relief not yet rated', set('reliefs', [{ method: 'heat', helped: null }])],
			[
				'all signs present',
				set('signs', { weakness: true, numbness: true, swelling: true, redness: true, warmth: true })
			],
			['empty notes', set('notes', '')],
			['notes of 2,000 characters', set('notes', 'n'.repeat(2000))],
			['notes with a lone surrogate', set('notes', 'cramp \uD800')],
			[
				'startedAt at 00:30 on 2000-01-01 in Berlin',
				(r) => ({ ...setPath(r, 'startedAt', '2000-01-01T00:30:00.000+01:00'), day: '2000-01-01' })
			],
			[
				'startedAt at 23:30 on 2100-12-31 in New York',
				(r) => ({ ...setPath(r, 'startedAt', '2100-12-31T23:30:00.000-05:00'), day: '2100-12-31' })
			],
			['startedAt in UTC with Z', set('startedAt', '2026-11-24T02:10:00Z')],
			['startedAt with a basic offset', set('startedAt', '2026-11-24T02:10:00+0100')],
			['startedAt with an hour-only offset', set('startedAt', '2026-11-24T02:10:00+01')],
			['startedAt with nanoseconds', set('startedAt', '2026-11-24T02:10:00.123456789+14:00')],
			['day 2024-02-29 (leap year)', set('day', '2024-02-29')]
		],
		[
			...idCases(),
			...instantCases('startedAt'),
			...instantCases('createdAt'),
			...instantCases('updatedAt'),
			...dayCases(),
			['negative duration', set('durationSec', -1), 'durationSec'],
			['fractional duration', set('durationSec', 1.5), 'durationSec'],
			['duration over 36 h', set('durationSec', 36 * 3600 + 1), 'durationSec'],
			['duration NaN', set('durationSec', NaN), 'durationSec'],
			['duration Infinity', set('durationSec', Infinity), 'durationSec'],
			['duration as text', set('durationSec', '60'), 'durationSec'],
			['unknown kind', set('kind', 'charley-horse'), 'kind'],
			['kind undefined', set('kind', undefined), 'kind'],
			['missing kind', drop('kind'), 'kind'],
			['unknown location', set('location', 'elbow'), 'location'],
			['unknown side', set('side', 'middle'), 'side'],
			['intensity -1', set('intensity', -1), 'intensity'],
			['intensity 11', set('intensity', 11), 'intensity'],
			['intensity 5.5', set('intensity', 5.5), 'intensity'],
			['intensity NaN', set('intensity', NaN), 'intensity'],
			['intensity -Infinity', set('intensity', -Infinity), 'intensity'],
			['intensity 1e308', set('intensity', 1e308), 'intensity'],
			['intensity as text', set('intensity', '7'), 'intensity'],
			['triggers as text', set('triggers', 'stress'), 'triggers'],
			['an empty trigger', set('triggers', ['']), 'triggers.0'],
			['a blank trigger', set('triggers', ['stress', '   ']), 'triggers.1'],
			['a numeric trigger', set('triggers', [42]), 'triggers.0'],
			['a trigger of 201 characters', set('triggers', ['t'.repeat(201)]), 'triggers.0'],
			[
				'31 triggers',
				set(
					'triggers',
					Array.from({ length: 31 }, () => 'stress')
				),
				'triggers'
			],
			['relief helped "maybe"', set('reliefs', [{ method: 'heat', helped: 'maybe' }]), 'reliefs.0.helped'],
			['relief without helped', set('reliefs', [{ method: 'heat' }]), 'reliefs.0.helped'],
			['relief with an empty method', set('reliefs', [{ method: '', helped: null }]), 'reliefs.0.method'],
			['relief as text', set('reliefs', ['heat']), 'reliefs.0'],
			[
				'31 reliefs',
				set(
					'reliefs',
					Array.from({ length: 31 }, () => ({ method: 'heat', helped: null }))
				),
				'reliefs'
			],
			['weakness "yes"', set('signs.weakness', 'yes'), 'signs.weakness'],
			['numbness 1', set('signs.numbness', 1), 'signs.numbness'],
			['missing warmth', drop('signs.warmth'), 'signs.warmth'],
			['signs null', set('signs', null), 'signs'],
			['notes of 2,001 characters', set('notes', 'n'.repeat(2001)), 'notes'],
			['notes of 1 MB', set('notes', MEGA), 'notes'],
			['notes null', set('notes', null), 'notes']
		]
	);

	it('trims triggers and relief methods', () => {
		const input = {
			...makeEpisode(),
			triggers: ['  cold office '],
			reliefs: [{ method: ' heat\n', helped: 'a-lot' }]
		};
		const result = validateEpisode(input);
		expect(result.ok && [result.value.triggers, result.value.reliefs]).toEqual([
			['cold office'],
			[{ method: 'heat', helped: 'a-lot' }]
		]);
	});
});

describe('validateWater', () => {
	table(
		validateWater,
		makeWater,
		[
			['a generated intake', same],
			['1 ml', set('ml', 1)],
			['5,000 ml', set('ml', 5000)],
			['a fractional amount', set('ml', 236.588)]
		],
		[
			...idCases(),
			...instantCases('at'),
			...dayCases(),
			['0 ml', set('ml', 0), 'ml'],
			['-0 ml', set('ml', -0), 'ml'],
			['5,000.1 ml', set('ml', 5000.1), 'ml'],
			['-250 ml', set('ml', -250), 'ml'],
			['NaN ml', set('ml', NaN), 'ml'],
			['Infinity ml', set('ml', Infinity), 'ml'],
			['-Infinity ml', set('ml', -Infinity), 'ml'],
			['1e308 ml', set('ml', 1e308), 'ml'],
			['ml as text', set('ml', '250'), 'ml'],
			['ml as a bigint', set('ml', 250n), 'ml'],
			['ml null', set('ml', null), 'ml'],
			['missing ml', drop('ml'), 'ml']
		]
	);
});

describe('validateFood', () => {
	table(
		validateFood,
		makeFood,
		[
			['a generated serving', same],
			['the smallest positive number of servings', set('servings', Number.MIN_VALUE)],
			['half a serving', set('servings', 0.5)],
			['20 servings', set('servings', 20)],
			['a custom food id', set('foodId', 'custom:3f2a')],
			['0 mg of everything', set('mg', { magnesium: 0, potassium: 0, calcium: 0, sodium: 0 })],
			['100,000 mg sodium', set('mg.sodium', 100_000)]
		],
		[
			...idCases(),
			...instantCases('at'),
			...dayCases(),
			['0 servings', set('servings', 0), 'servings'],
			['-0 servings', set('servings', -0), 'servings'],
			['-1 servings', set('servings', -1), 'servings'],
			['20.01 servings', set('servings', 20.01), 'servings'],
			['NaN servings', set('servings', NaN), 'servings'],
			['Infinity servings', set('servings', Infinity), 'servings'],
			['servings as text', set('servings', '1'), 'servings'],
			['an empty food id', set('foodId', ''), 'foodId'],
			['a food id of 201 characters', set('foodId', 'f'.repeat(201)), 'foodId'],
			['a blank name', set('name', '   '), 'name'],
			['a name of 201 characters', set('name', 'n'.repeat(201)), 'name'],
			['negative magnesium', set('mg.magnesium', -1), 'mg.magnesium'],
			['potassium over 100,000 mg', set('mg.potassium', 100_001), 'mg.potassium'],
			['calcium NaN', set('mg.calcium', NaN), 'mg.calcium'],
			['sodium as text', set('mg.sodium', '5'), 'mg.sodium'],
			['missing potassium', drop('mg.potassium'), 'mg.potassium'],
			['mg null', set('mg', null), 'mg']
		]
	);

	it('trims the name', () => {
		const result = validateFood({ ...makeFood(), name: '  Banana\t' });
		expect(result.ok && result.value.name).toBe('Banana');
	});
});

describe('validateStretch', () => {
	table(
		validateStretch,
		makeStretch,
		[
			['a generated session', same],
			['1 s', set('durationSec', 1)],
			['4 h', set('durationSec', 4 * 3600)],
			['no areas', set('areas', [])],
			['every area', set('areas', [...BODY_LOCATIONS])]
		],
		[
			...idCases(),
			...instantCases('at'),
			...dayCases(),
			['0 s', set('durationSec', 0), 'durationSec'],
			['over 4 h', set('durationSec', 4 * 3600 + 1), 'durationSec'],
			['90.5 s', set('durationSec', 90.5), 'durationSec'],
			['NaN s', set('durationSec', NaN), 'durationSec'],
			['an empty routine', set('routine', ''), 'routine'],
			['an unknown area', set('areas', ['calf', 'elbow']), 'areas.1'],
			['areas as text', set('areas', 'calf'), 'areas'],
			['more areas than exist', set('areas', [...BODY_LOCATIONS, 'calf']), 'areas']
		]
	);
});

describe('validateExercise', () => {
	table(
		validateExercise,
		makeExercise,
		[
			['a generated session', same],
			['1 minute', set('minutes', 1)],
			['600 minutes', set('minutes', 600)]
		],
		[
			...idCases(),
			...instantCases('at'),
			...dayCases(),
			['0 minutes', set('minutes', 0), 'minutes'],
			['601 minutes', set('minutes', 601), 'minutes'],
			['30.5 minutes', set('minutes', 30.5), 'minutes'],
			['-30 minutes', set('minutes', -30), 'minutes'],
			['NaN minutes', set('minutes', NaN), 'minutes'],
			['Infinity minutes', set('minutes', Infinity), 'minutes'],
			['minutes as text', set('minutes', '30'), 'minutes']
		]
	);
});

describe('validateSettings', () => {
	table(
		validateSettings,
		makeSettings,
		[
			['generated settings', same],
			['the defaults', () => ({ ...DEFAULT_SETTINGS })],
			['US units', set('units', 'us')],
			['a 500 ml goal', set('waterGoalMl', 500)],
			['a 6,000 ml goal', set('waterGoalMl', 6000)],
			['a 1 minute stretching goal', set('stretchGoalMin', 1)],
			['a 180 minute stretching goal', set('stretchGoalMin', 180)],
			['the dark theme', set('theme', 'dark')],
			['men as the reference group', set('referenceGroup', 'adult-male')]
		],
		[
			['imperial units', set('units', 'imperial'), 'units'],
			['a 499 ml goal', set('waterGoalMl', 499), 'waterGoalMl'],
			['a 6,001 ml goal', set('waterGoalMl', 6001), 'waterGoalMl'],
			['a fractional water goal', set('waterGoalMl', 1500.5), 'waterGoalMl'],
			['a NaN water goal', set('waterGoalMl', NaN), 'waterGoalMl'],
			['a 0 minute stretching goal', set('stretchGoalMin', 0), 'stretchGoalMin'],
			['a 181 minute stretching goal', set('stretchGoalMin', 181), 'stretchGoalMin'],
			['a blue theme', set('theme', 'blue'), 'theme'],
			['missing theme', drop('theme'), 'theme'],
			['an unknown reference group', set('referenceGroup', 'children'), 'referenceGroup']
		]
	);
});

// ---------------------------------------------------------------------------------------------------

const VALIDATORS = {
	validateEpisode,
	validateWater,
	validateFood,
	validateStretch,
	validateExercise,
	validateSettings
} as const;
const VALIDATOR_ROWS = Object.entries(VALIDATORS).map(([name, validate]) => ({ name, validate }));

const FACTORIES: { [K in RecordKind]: (seed?: number) => object } = {
	episodes: makeEpisode,
	water: makeWater,
	foods: makeFood,
	stretches: makeStretch,
	exercise: makeExercise
};
const KIND_ROWS = (Object.keys(FACTORIES) as RecordKind[]).map((kind) => ({ kind, make: FACTORIES[kind] }));

describe('whole-record input', () => {
	const notObjects: [string, unknown][] = [
		['null', null],
		['undefined', undefined],
		['a number', 42],
		['NaN', NaN],
		['a boolean', true],
		['a string', 'water'],
		['a 1 MB string', MEGA],
		['a symbol', Symbol('record')],
		['a bigint', 10n],
		['a function', () => ({})]
	];
	const rows = VALIDATOR_ROWS.flatMap(({ name, validate }) =>
		notObjects.map(([label, input]) => ({ name, label, validate, input }))
	);

	it.each(rows)('$name rejects $label as a whole with a short message', ({ validate, input }) => {
		const result = validate(input);
		expect(result.ok ? 'ok' : result.error.issues).toEqual([
			{ path: '', message: 'Must be a set of fields' }
		]);
	});

	it.each(VALIDATOR_ROWS)('$name turns a Proxy whose traps throw into a validation error', ({ validate }) => {
		const result = validate(throwingProxy());
		expect(result.ok ? 'ok' : result.error.issues).toEqual([{ path: '', message: 'Not a valid record' }]);
	});

	it.each(KIND_ROWS)('$kind: a getter that throws is a validation error, not a crash', ({ kind, make }) => {
		const result = validateRecord(kind, setPath(make(), 'id', THROWING_GETTER));
		expect(result.ok ? 'ok' : result.error.record).toBe(kind);
	});

	it.each(KIND_ROWS)('$kind: a Proxy over a valid record gives a plain copy', ({ kind, make }) => {
		const record = make() as Record<string, unknown>;
		const proxy = new Proxy({}, { has: (_t, key) => key in record, get: (_t, key) => record[key as string] });
		expect(validateRecord(kind, proxy)).toEqual({ ok: true, value: record });
	});

	it.each(KIND_ROWS)('$kind: an empty array fails at every field', ({ kind, make }) => {
		expect(issuePaths(validateRecord(kind, []))).toEqual(Object.keys(make()));
	});

	it.each(KIND_ROWS)('$kind: unknown keys are dropped, even __proto__', ({ kind, make }) => {
		const record = make();
		const input: unknown = JSON.parse(
			JSON.stringify({ ...record, extra: 1 }).replace('"extra"', '"__proto__"')
		);
		expect(validateRecord(kind, input)).toEqual({ ok: true, value: record });
	});
});

describe('validateRecord', () => {
	it.each(KIND_ROWS)('accepts a valid $kind record', ({ kind, make }) => {
		const record = make(7);
		expect(validateRecord(kind, record)).toEqual({ ok: true, value: record });
	});

	it.each(KIND_ROWS)('tags a failed $kind validation with its kind', ({ kind }) => {
		const result = validateRecord(kind, {});
		expect(result.ok ? 'ok' : result.error.record).toBe(kind);
	});

	const crossKind: [RecordKind, RecordKind, string[]][] = [
		['water', 'exercise', ['minutes']],
		['exercise', 'water', ['ml']],
		['water', 'foods', ['foodId', 'name', 'servings', 'mg']],
		['stretches', 'exercise', ['minutes']]
	];
	it.each(crossKind.map(([from, as, paths]) => ({ from, as, paths })))(
		'a $from record checked as $as fails at $paths',
		({ from, as, paths }) => {
			expect(issuePaths(validateRecord(as, FACTORIES[from]()))).toEqual(paths);
		}
	);

	it('gives the same answer as the specific validator', () => {
		const input = { ...makeWater(3), ml: 0 };
		expect(validateRecord('water', input)).toEqual(validateWater(input));
	});
});

describe('ValidationError', () => {
	const result = validateWater({ ...makeWater(), ml: NaN, day: '2026-02-30' });
	const error = result.ok ? null : result.error;

	it('is an Error named ValidationError', () => {
		expect([error instanceof Error, error instanceof ValidationError, error?.name]).toEqual([
			true,
			true,
			'ValidationError'
		]);
	});

	it('keys the first message of each field by its path', () => {
		expect(error?.fields).toEqual({
			day: 'Must be a calendar day written YYYY-MM-DD',
			ml: 'Amount must be a number'
		});
	});

	it('lists every field in its message', () => {
		expect(error?.message).toBe(
			'day: Must be a calendar day written YYYY-MM-DD; ml: Amount must be a number'
		);
	});

	it('says which field a missing one is', () => {
		const missing = validateWater(dropPath(makeWater(), 'ml'));
		expect(missing.ok ? 'ok' : missing.error.fields).toEqual({ ml: 'Required' });
	});

	it('names a date that does not exist rather than the year range', () => {
		const feb30 = validateWater({ ...makeWater(), at: '2026-02-30T10:00:00+01:00' });
		expect(feb30.ok ? 'ok' : feb30.error.fields).toEqual({ at: 'Must be a real date and time' });
	});
});

// ---------------------------------------------------------------------------------------------------
// Properties. fast-check's arbitraries build records the way the app writes them.

const stampArb = fc
	.tuple(
		fc.date({ min: new Date(EARLIEST_MS), max: new Date(LATEST_MS), noInvalidDate: true }),
		fc.constantFrom(...ZONES)
	)
	.map(([when, zone]) => ({ at: toOffsetIso(when, zone), day: dayOf(when, zone) }));
const instantArb = fc.oneof(
	stampArb.map((s) => s.at),
	fc
		.date({ min: new Date(EARLIEST_MS), max: new Date(LATEST_MS), noInvalidDate: true })
		.map((d) => d.toISOString())
);

const anyText = (max: number) =>
	fc
		.oneof(fc.string({ unit: 'grapheme', maxLength: max }), fc.string({ unit: 'binary', maxLength: max }))
		.filter((s) => s.length <= max);
const shortTextArb = anyText(LIMITS.textChars)
	.map((s) => s.trim())
	.filter((s) => s.length > 0);
const customIdArb = anyText(LIMITS.textChars).filter((s) => s.length > 0);

const signsArb = fc.record(
	Object.fromEntries(SIGN_KEYS.map((key) => [key, fc.boolean()])) as Record<
		(typeof SIGN_KEYS)[number],
		fc.Arbitrary<boolean>
	>
);

const episodeArb: fc.Arbitrary<SpasmEpisode> = fc
	.record({
		id: fc.uuid(),
		stamp: stampArb,
		durationSec: fc.option(fc.integer({ min: 0, max: LIMITS.episodeDurationSec.max }), { nil: null }),
		kind: fc.constantFrom(...EPISODE_KINDS),
		location: fc.constantFrom(...BODY_LOCATIONS),
		side: fc.option(fc.constantFrom(...SIDES), { nil: null }),
		intensity: fc.integer({ min: 0, max: 10 }),
		triggers: fc.array(fc.oneof(fc.constantFrom(...TRIGGERS), shortTextArb), { maxLength: LIMITS.listItems }),
		reliefs: fc.array(
			fc.record({
				method: fc.oneof(fc.constantFrom(...RELIEF_METHODS), shortTextArb),
				helped: fc.option(fc.constantFrom(...HELPED_VALUES), { nil: null })
			}),
			{ maxLength: LIMITS.listItems }
		),
		signs: signsArb,
		notes: anyText(LIMITS.notesChars),
		createdAt: instantArb,
		updatedAt: instantArb
	})
	.map(({ stamp, ...rest }) => ({
		id: rest.id,
		startedAt: stamp.at,
		day: stamp.day,
		durationSec: rest.durationSec,
		kind: rest.kind,
		location: rest.location,
		side: rest.side,
		intensity: rest.intensity,
		triggers: rest.triggers,
		reliefs: rest.reliefs,
		signs: rest.signs,
		notes: rest.notes,
		createdAt: rest.createdAt,
		updatedAt: rest.updatedAt
	}));

const mgArb = fc.double({ min: 0, max: LIMITS.mineralMg.max, noNaN: true });

const ARBS: { [K in RecordKind]: fc.Arbitrary<object> } = {
	episodes: episodeArb,
	water: fc
		.record({ id: fc.uuid(), stamp: stampArb, ml: fc.double({ min: 1, max: 5000, noNaN: true }) })
		.map(({ id, stamp, ml }) => ({ id, ...stamp, ml, updatedAt: stamp.at })),
	foods: fc
		.record({
			id: fc.uuid(),
			stamp: stampArb,
			foodId: customIdArb,
			name: shortTextArb,
			servings: fc.double({ min: 0, minExcluded: true, max: 20, noNaN: true }),
			mg: fc.record({ magnesium: mgArb, potassium: mgArb, calcium: mgArb, sodium: mgArb })
		})
		.map(({ id, stamp, ...rest }) => ({ id, ...stamp, ...rest, updatedAt: stamp.at })),
	stretches: fc
		.record({
			id: fc.uuid(),
			stamp: stampArb,
			durationSec: fc.integer({ min: 1, max: LIMITS.stretchDurationSec.max }),
			routine: customIdArb,
			areas: fc.array(fc.constantFrom(...BODY_LOCATIONS), { maxLength: BODY_LOCATIONS.length })
		})
		.map(({ id, stamp, ...rest }) => ({ id, ...stamp, ...rest, updatedAt: stamp.at })),
	exercise: fc
		.record({ id: fc.uuid(), stamp: stampArb, minutes: fc.integer({ min: 1, max: 600 }) })
		.map(({ id, stamp, minutes }) => ({ id, ...stamp, minutes, updatedAt: stamp.at }))
};

const settingsArb: fc.Arbitrary<Settings> = fc.record({
	units: fc.constantFrom(...UNIT_SYSTEMS),
	waterGoalMl: fc.integer({ min: LIMITS.waterGoalMl.min, max: LIMITS.waterGoalMl.max }),
	stretchGoalMin: fc.integer({ min: LIMITS.stretchGoalMin.min, max: LIMITS.stretchGoalMin.max }),
	theme: fc.constantFrom(...THEMES),
	referenceGroup: fc.constantFrom(...REFERENCE_GROUPS)
});

const hostileConstant = fc.constantFrom<unknown>(
	NaN,
	Infinity,
	-Infinity,
	-0,
	-1,
	-1e308,
	1e308,
	Number.MAX_VALUE,
	Number.MIN_VALUE,
	Number.MAX_SAFE_INTEGER + 2,
	MEGA,
	'',
	' ',
	'\u0000',
	'\uD800',
	'__proto__',
	'constructor',
	'2026-02-30',
	'2026-02-30T10:00:00+01:00',
	'0001-01-01',
	'9999-12-31',
	'0001-01-01T00:00:00.000Z',
	'9999-12-31T23:59:59.999+14:00',
	YEAR_1,
	YEAR_9999,
	YEAR_1.getTime(),
	YEAR_9999.getTime(),
	new Date(NaN),
	null,
	undefined,
	true,
	false,
	0n,
	Symbol('hostile'),
	[],
	{},
	Object.create(null),
	THROWING_GETTER,
	THROWING_PROXY
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
	hostileConstant,
	fc.anything(),
	fc.double(),
	fc.integer(),
	fc.string(),
	fc.date({ noInvalidDate: false }),
	fc.bigInt()
);

/** Dotted paths to every value inside a record, containers included. */
function pathsOf(value: unknown, prefix = ''): { path: string; leaf: boolean }[] {
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, child]) => {
		const path = prefix ? `${prefix}.${key}` : key;
		const leaf = child === null || typeof child !== 'object';
		return [{ path, leaf }, ...pathsOf(child, path)];
	});
}

function nonFiniteNumbers(value: unknown): unknown[] {
	if (typeof value === 'number') return Number.isFinite(value) ? [] : [value];
	if (value === null || typeof value !== 'object') return [];
	return Object.values(value).flatMap(nonFiniteNumbers);
}

/** The whole contract: a value, or a ValidationError with at least one short, field-level issue. */
function expectValueOrValidationError(
	result: Validated<unknown>,
	revalidate: (input: unknown) => Validated<unknown>
) {
	if (result.ok) {
		expect(nonFiniteNumbers(result.value)).toEqual([]);
		expect(revalidate(result.value)).toEqual(result);
		return;
	}
	expect(result.error).toBeInstanceOf(ValidationError);
	expect(result.error.issues.length).toBeGreaterThan(0);
	for (const issue of result.error.issues) {
		expect(typeof issue.path).toBe('string');
		expect(issue.message.length).toBeGreaterThan(0);
		// A message never quotes the input back, however large it was.
		expect(issue.message.length).toBeLessThan(100);
	}
}

function deepFreeze<T>(value: T): T {
	if (value !== null && typeof value === 'object') {
		for (const child of Object.values(value)) deepFreeze(child);
		Object.freeze(value);
	}
	return value;
}

describe('properties', () => {
	it.each(VALIDATOR_ROWS)('$name: any input gives a value or a validation error', ({ validate }) => {
		fc.assert(
			fc.property(hostileValue, (input) => {
				expectValueOrValidationError(validate(materialize(input)), validate);
			}),
			FC_PARAMS
		);
	});

	it.each(KIND_ROWS)('$kind: a hostile value anywhere gives a value or a validation error', ({ kind }) => {
		fc.assert(
			fc.property(ARBS[kind], fc.nat(), hostileValue, (record, index, hostile) => {
				const paths = pathsOf(record);
				const { path } = paths[index % paths.length] as { path: string };
				const validate = (input: unknown) => validateRecord(kind, input);
				expectValueOrValidationError(validate(setPath(record, path, hostile)), validate);
			}),
			FC_PARAMS
		);
	});

	it.each(KIND_ROWS)('$kind: a value no field accepts is reported at its own path', ({ kind }) => {
		const neverValid = fc.constantFrom<unknown>(
			NaN,
			Infinity,
			-Infinity,
			{},
			[],
			Symbol('x'),
			1n,
			new Date(NaN)
		);
		fc.assert(
			fc.property(ARBS[kind], fc.nat(), neverValid, (record, index, bad) => {
				const leaves = pathsOf(record).filter((p) => p.leaf);
				const { path } = leaves[index % leaves.length] as { path: string };
				expect(issuePaths(validateRecord(kind, setPath(record, path, bad)))).toEqual([path]);
			}),
			FC_PARAMS
		);
	});

	it.each(KIND_ROWS)('$kind: a valid record validates and round-trips unchanged', ({ kind }) => {
		fc.assert(
			fc.property(ARBS[kind], (record) => {
				// Frozen, so a validator that wrote to its input would fail here.
				const input = deepFreeze(structuredClone(record));
				expect(validateRecord(kind, input)).toEqual({ ok: true, value: record });
			}),
			FC_PARAMS
		);
	});

	it('settings: valid settings round-trip unchanged', () => {
		fc.assert(
			fc.property(settingsArb, (settings) => {
				expect(validateSettings(deepFreeze({ ...settings }))).toEqual({ ok: true, value: settings });
			}),
			FC_PARAMS
		);
	});

	it('settings: a hostile value in any field gives a value or a validation error', () => {
		fc.assert(
			fc.property(
				settingsArb,
				fc.constantFrom(...Object.keys(DEFAULT_SETTINGS)),
				hostileValue,
				(s, key, hostile) => {
					expectValueOrValidationError(validateSettings(setPath(s, key, hostile)), validateSettings);
				}
			),
			FC_PARAMS
		);
	});
});
