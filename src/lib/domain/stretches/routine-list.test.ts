import { describe, expect, it } from 'vitest';
import { ROUTINE_LIST, listedRoutineName } from './routine-list';
import { ROUTINES, routineName } from './routines';
import { buildTimeline } from './timeline';

describe('ROUTINE_LIST', () => {
	it('lists every routine in order with its name, summary and length in minutes', () => {
		expect(ROUTINE_LIST).toEqual(
			ROUTINES.map((routine) => ({
				id: routine.id,
				name: routine.name,
				summary: routine.summary,
				minutes: Math.max(1, Math.round(buildTimeline(routine).totalSec / 60))
			}))
		);
	});

	it.each([...ROUTINES.map((r) => r.id), 'retired-routine'])('names %s as routineName does', (id) => {
		expect(listedRoutineName(id)).toBe(routineName(id));
	});
});
