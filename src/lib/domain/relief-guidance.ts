import type { BodyLocation } from './vocabulary';

/** A stretch suggestion for the area that is cramping, in our own words (Mayo Clinic, "Muscle cramp", self-care). */
export interface StretchTip {
	name: string;
	steps: string[];
	/** Hold a gentle stretch 20–30 s, never into sharp pain (Mayo Clinic; MedlinePlus, "Muscle cramps"). */
	holdSec: number;
}

const CALF: StretchTip = {
	name: 'Calf stretch',
	steps: [
		'Sit with the leg straight in front of you.',
		'Pull your toes gently toward your shin — or loop a towel round the ball of the foot and pull.',
		'Stop at a firm pull, never sharp pain, and hold.'
	],
	holdSec: 30
};

const HAMSTRING: StretchTip = {
	name: 'Hamstring stretch',
	steps: [
		'Lie on your back and raise the straight leg.',
		'Hold behind the thigh and draw the leg gently toward your chest.',
		'Keep it gentle and hold.'
	],
	holdSec: 30
};

const LOWER_BACK: StretchTip = {
	name: 'Knees-to-chest stretch',
	steps: [
		'Lie on your back.',
		'Pull both knees to your chest and hug them lightly.',
		'Breathe slowly and hold.'
	],
	holdSec: 30
};

const NECK_SHOULDER: StretchTip = {
	name: 'Neck and shoulder release',
	steps: [
		'Sit tall and let your shoulders drop.',
		'Tilt your ear slowly toward the other shoulder until you feel a gentle stretch.',
		'Hold, then repeat on the other side.'
	],
	holdSec: 20
};

const GENERAL: StretchTip = {
	name: 'Gentle stretch',
	steps: [
		'Stop what you are doing.',
		'Slowly lengthen the tight muscle in the opposite direction of the cramp.',
		'Stop at a gentle pull, never sharp pain, and hold.'
	],
	holdSec: 20
};

const STRETCHES: Partial<Record<BodyLocation, StretchTip>> = {
	calf: CALF,
	foot: CALF,
	hamstring: HAMSTRING,
	'lower-back': LOWER_BACK,
	neck: NECK_SHOULDER,
	shoulder: NECK_SHOULDER,
	'upper-back': NECK_SHOULDER
};

export function stretchFor(location: BodyLocation): StretchTip {
	return STRETCHES[location] ?? GENERAL;
}

/** Heat for tension and spasms (Mayo Clinic, "Muscle cramp"); cold only for a fresh injury with swelling (≤ 48 h). */
export function temperatureHint(swelling: boolean): { method: 'heat' | 'cold'; text: string } {
	if (swelling)
		return {
			method: 'cold',
			text: 'Swelling can mean a fresh injury: if it happened in the last 48 hours, cold (wrapped ice) reduces swelling and numbs. Otherwise, warmth helps tight muscles relax.'
		};
	return {
		method: 'heat',
		text: 'Heat helps a tight muscle relax by bringing more blood flow: a warm pack for about 15 minutes. Use cold only for a fresh injury with swelling.'
	};
}

const MASSAGE: Partial<Record<BodyLocation, string>> = {
	calf: 'Press your thumbs into the knot in small circles for 15–20 seconds; a foam roller works too.',
	shoulder: 'Press firmly where the neck meets the shoulder for 15–20 seconds, then release.',
	neck: 'Press firmly where the neck meets the shoulder for 15–20 seconds, then release.'
};

export function massageTip(location: BodyLocation): string {
	return (
		MASSAGE[location] ??
		'Press firmly on the knot for 15–20 seconds, then release; a massage ball or foam roller can help.'
	);
}

export const FIRST_STEP = 'Stop the activity: pushing through makes the contraction stronger.';
