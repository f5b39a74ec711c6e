import { describe, expect, it } from 'vitest';
import { BODY_LOCATIONS } from '../vocabulary';
import { validateStretch } from '../validation';
import { createStretchSession } from '../records';
import { ROUTINE_IDS, ROUTINES, getRoutine, isRoutineId, routineName } from './routines';
import { buildTimeline } from './timeline';

describe('routines', () => {
	it('has the four routines the issue asks for, in order', () => {
		expect(ROUTINES.map((r) => r.id)).toEqual([...ROUTINE_IDS]);
		expect(ROUTINE_IDS).toEqual(['calf', 'hamstring', 'lower-back', 'neck-shoulders']);
	});

	it('works the areas their names say', () => {
		expect(Object.fromEntries(ROUTINES.map((r) => [r.id, r.areas]))).toEqual({
			calf: ['calf'],
			hamstring: ['hamstring'],
			'lower-back': ['lower-back'],
			'neck-shoulders': ['neck', 'shoulder']
		});
	});

	it.each(ROUTINES.flatMap((r) => r.steps.map((s) => ({ routine: r.id, step: s.id, s }))))(
		'$routine / $step holds 20–30 s at least once, with words to follow',
		({ s }) => {
			expect([s.holdSec >= 20 && s.holdSec <= 30, s.repetitions >= 1, s.instructions.length > 0]).toEqual([
				true,
				true,
				true
			]);
		}
	);

	it('uses only body areas from the vocabulary', () => {
		for (const r of ROUTINES) for (const a of r.areas) expect(BODY_LOCATIONS).toContain(a);
	});

	it('has unique step ids within each routine', () => {
		for (const r of ROUTINES) expect(new Set(r.steps.map((s) => s.id)).size).toBe(r.steps.length);
	});

	it('takes 2 to 10 minutes each, so one or two meet the default 10-minute goal', () => {
		for (const r of ROUTINES) {
			const { totalSec } = buildTimeline(r);
			expect([r.id, totalSec >= 120 && totalSec <= 600]).toEqual([r.id, true]);
		}
	});

	it('gives sessions that the record validator accepts', () => {
		for (const r of ROUTINES) {
			const session = createStretchSession(
				{ durationSec: buildTimeline(r).totalSec, routine: r.id, areas: [...r.areas] },
				{ now: new Date('2026-11-24T08:00:00Z'), timeZone: 'UTC' }
			);
			expect(validateStretch(session).ok).toBe(true);
		}
	});

	it('looks routines up by id', () => {
		expect(getRoutine('calf')?.name).toBe('Calf stretches');
		expect(getRoutine('toes')).toBeUndefined();
		expect([isRoutineId('hamstring'), isRoutineId('constructor'), isRoutineId('')]).toEqual([
			true,
			false,
			false
		]);
	});

	it('names a stored routine, and shows an unknown id as it is', () => {
		expect(routineName('neck-shoulders')).toBe('Neck and shoulder stretches');
		expect(routineName('yoga-from-2030')).toBe('yoga-from-2030');
	});
});
