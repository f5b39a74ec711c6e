import type { RoutineId } from './routines';

export interface RoutineListing {
	id: RoutineId;
	name: string;
	summary: string;
	/** The routine's length in whole minutes (at least 1), from its timeline. */
	minutes: number;
}

/**
 * The routines as Today lists them, without their steps: the steps and timelines are the stretch
 * player's code, not the first screen's. Its test keeps it equal to `ROUTINES` and their timelines.
 */
export const ROUTINE_LIST: readonly RoutineListing[] = [
	{
		id: 'calf',
		name: 'Calf stretches',
		summary: 'For calf cramps, the classic “charley horse”.',
		minutes: 4
	},
	{ id: 'hamstring', name: 'Hamstring stretches', summary: 'For the back of the thigh.', minutes: 4 },
	{
		id: 'lower-back',
		name: 'Lower back stretches',
		summary: 'For a tight or cramping lower back.',
		minutes: 3
	},
	{
		id: 'neck-shoulders',
		name: 'Neck and shoulder stretches',
		summary: 'For tension where the neck meets the shoulders, often from stress or long sitting.',
		minutes: 3
	}
];

/** A stored session's routine name, as `routineName` gives it (an unknown id is shown as it is). */
export function listedRoutineName(id: string): string {
	return ROUTINE_LIST.find((routine) => routine.id === id)?.name ?? id;
}
