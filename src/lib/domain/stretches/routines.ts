// Plain data. The wording is ours, after Mayo Clinic's "Muscle cramp" self-care advice: gentle, never into sharp pain, held 20–30 s.
import type { BodyLocation } from '../vocabulary';

export const ROUTINE_IDS = ['calf', 'hamstring', 'lower-back', 'neck-shoulders'] as const;
export type RoutineId = (typeof ROUTINE_IDS)[number];

/** What the person sees on each side of a two-sided stretch, e.g. 'Left leg'. */
export interface SideLabels {
	left: string;
	right: string;
}

export interface StretchStep {
	/** Stable within its routine. */
	id: string;
	title: string;
	/** Short sentences, read one after another while getting into position. */
	instructions: readonly string[];
	holdSec: number;
	/** How many times each side (or the whole stretch, when it has no sides) is held. */
	repetitions: number;
	/** Null for a stretch done with both sides at once; otherwise held left, then right, per repetition. */
	sides: SideLabels | null;
}

export interface StretchRoutine {
	/** Stored in StretchSession.routine; never reused for a different routine. */
	id: RoutineId;
	name: string;
	/** What the routine is for, in a line. */
	summary: string;
	/** Body areas the routine works, stored in StretchSession.areas. */
	areas: readonly BodyLocation[];
	steps: readonly StretchStep[];
}

/** The gentleness rule every routine opens with. */
export const STRETCH_SAFETY_NOTE =
	'Ease into each stretch until you feel a mild pull, never sharp pain. Breathe slowly, don’t bounce, ' +
	'and stop if it hurts.';

const LEGS: SideLabels = { left: 'Left leg', right: 'Right leg' };
const ARMS: SideLabels = { left: 'Left arm', right: 'Right arm' };

export const ROUTINES: readonly StretchRoutine[] = [
	{
		id: 'calf',
		name: 'Calf stretches',
		summary: 'For calf cramps, the classic “charley horse”.',
		areas: ['calf'],
		steps: [
			{
				id: 'seated-toe-pull',
				title: 'Seated toe pull',
				instructions: [
					'Sit with the leg straight out in front of you.',
					'Pull your toes gently back toward your shin until you feel a mild stretch in the calf.',
					'Keep the knee straight but not locked.'
				],
				holdSec: 30,
				repetitions: 2,
				sides: LEGS
			},
			{
				id: 'towel-calf',
				title: 'Towel stretch',
				instructions: [
					'Stay seated and loop a towel or belt round the ball of your foot.',
					'Hold both ends and pull gently, so the foot tilts back toward you.',
					'Ease off if the stretch turns sharp.'
				],
				holdSec: 30,
				repetitions: 1,
				sides: LEGS
			}
		]
	},
	{
		id: 'hamstring',
		name: 'Hamstring stretches',
		summary: 'For the back of the thigh.',
		areas: ['hamstring'],
		steps: [
			{
				id: 'lying-leg-raise',
				title: 'Lying leg raise',
				instructions: [
					'Lie on your back; bend the other knee with that foot flat if it is more comfortable.',
					'Raise one leg, straight, and hold it with your hands behind the thigh, not the knee.',
					'Draw it gently toward your chest until you feel a mild pull behind the thigh.'
				],
				holdSec: 30,
				repetitions: 2,
				sides: LEGS
			},
			{
				id: 'seated-reach',
				title: 'Seated reach',
				instructions: [
					'Sit with one leg straight and the other foot resting against the inside of that knee.',
					'Keep your back long and lean forward from the hips toward the straight leg’s foot.',
					'Stop where you feel a gentle stretch; reaching your toes does not matter.'
				],
				holdSec: 30,
				repetitions: 1,
				sides: LEGS
			}
		]
	},
	{
		id: 'lower-back',
		name: 'Lower back stretches',
		summary: 'For a tight or cramping lower back.',
		areas: ['lower-back'],
		steps: [
			{
				id: 'knees-to-chest',
				title: 'Knees to chest',
				instructions: [
					'Lie on your back with knees bent and feet flat.',
					'Bring both knees up and hug them lightly toward your chest.',
					'Let your lower back relax toward the floor and breathe slowly.'
				],
				holdSec: 30,
				repetitions: 3,
				sides: null
			},
			{
				id: 'one-knee-to-chest',
				title: 'One knee to chest',
				instructions: [
					'Lie on your back with both knees bent and feet flat.',
					'Draw one knee toward your chest with your hands behind it; the other foot stays down.',
					'Hold gently, then lower the leg slowly.'
				],
				holdSec: 30,
				repetitions: 1,
				sides: LEGS
			}
		]
	},
	{
		id: 'neck-shoulders',
		name: 'Neck and shoulder stretches',
		summary: 'For tension where the neck meets the shoulders, often from stress or long sitting.',
		areas: ['neck', 'shoulder'],
		steps: [
			{
				id: 'side-neck',
				title: 'Side neck stretch',
				instructions: [
					'Sit or stand tall and let your shoulders drop away from your ears.',
					'Tilt your head slowly so the ear moves toward the shoulder; keep that shoulder down.',
					'Stop at a mild stretch along the side of the neck. Don’t roll or force the head.'
				],
				holdSec: 20,
				repetitions: 2,
				sides: { left: 'Ear toward left shoulder', right: 'Ear toward right shoulder' }
			},
			{
				id: 'cross-body-shoulder',
				title: 'Cross-body shoulder stretch',
				instructions: [
					'Bring one arm across your chest at shoulder height.',
					'With the other hand, hold it above the elbow and ease it closer to your chest.',
					'Keep both shoulders relaxed and low; you should feel it at the back of the shoulder.'
				],
				holdSec: 20,
				repetitions: 2,
				sides: ARMS
			}
		]
	}
];

const byId = new Map<string, StretchRoutine>(ROUTINES.map((routine) => [routine.id, routine]));

export function getRoutine(id: string): StretchRoutine | undefined {
	return byId.get(id);
}

export function isRoutineId(id: string): id is RoutineId {
	return byId.has(id);
}

/** A routine's name for a stored session; ids from an older app version are shown as they are. */
export function routineName(id: string): string {
	return byId.get(id)?.name ?? id;
}
