// Fixed vocabularies. Ids are stored in records; labels are ours to change.

export const EPISODE_KINDS = ['spasm', 'cramp', 'twitch'] as const;
export type EpisodeKind = (typeof EPISODE_KINDS)[number];

export const KIND_LABELS: Record<EpisodeKind, string> = {
	spasm: 'Spasm',
	cramp: 'Cramp',
	twitch: 'Twitch'
};

export const KIND_HINTS: Record<EpisodeKind, string> = {
	spasm: 'Any involuntary tightening, from a flutter to a hard knot',
	cramp: 'A sustained, painful spasm, like a calf "charley horse"',
	twitch: 'A fine, painless flicker in a small part of a muscle, like an eyelid'
};

export const BODY_LOCATIONS = [
	'calf',
	'foot',
	'hamstring',
	'quadriceps',
	'lower-back',
	'upper-back',
	'neck',
	'shoulder',
	'arm',
	'hand',
	'eyelid',
	'abdomen',
	// Added after the first release: appending ids needs no schema change (records store the id,
	// and older records never hold these), but every Record<BodyLocation, …> must list them.
	'knee',
	'shin',
	'glutes',
	'other'
] as const;
export type BodyLocation = (typeof BODY_LOCATIONS)[number];

export const LOCATION_LABELS: Record<BodyLocation, string> = {
	calf: 'Calf',
	foot: 'Foot',
	hamstring: 'Hamstring (back of thigh)',
	quadriceps: 'Quadriceps (front of thigh)',
	'lower-back': 'Lower back',
	'upper-back': 'Upper back',
	neck: 'Neck',
	shoulder: 'Shoulder',
	arm: 'Arm',
	hand: 'Hand',
	eyelid: 'Eyelid',
	abdomen: 'Abdomen',
	knee: 'Knee',
	shin: 'Shin (front of lower leg)',
	glutes: 'Glutes (buttock)',
	other: 'Other'
};

/** Areas that come in a left and a right; the others are midline and take no side. */
export const SIDED_LOCATIONS: ReadonlySet<BodyLocation> = new Set<BodyLocation>([
	'calf',
	'foot',
	'hamstring',
	'quadriceps',
	'shoulder',
	'arm',
	'hand',
	'eyelid',
	'knee',
	'shin',
	'glutes'
]);

export const SIDES = ['left', 'right', 'both'] as const;
export type Side = (typeof SIDES)[number];

export const TRIGGERS = [
	'exercise',
	'new-exercise',
	'stress',
	'dehydration',
	'heat',
	'long-sitting',
	'long-standing',
	'night',
	'poor-sleep',
	'caffeine',
	'alcohol',
	'pregnancy',
	'medication-change'
] as const;
export type KnownTrigger = (typeof TRIGGERS)[number];

export const TRIGGER_LABELS: Record<KnownTrigger, string> = {
	exercise: 'Strenuous exercise',
	'new-exercise': 'New kind of exercise',
	stress: 'Stress',
	dehydration: 'Not enough to drink',
	heat: 'Heat or heavy sweating',
	'long-sitting': 'Long sitting',
	'long-standing': 'Long standing',
	night: 'At night / in bed',
	'poor-sleep': 'Poor sleep',
	caffeine: 'Caffeine',
	alcohol: 'Alcohol',
	pregnancy: 'Pregnancy',
	'medication-change': 'Medication change'
};

export const RELIEF_METHODS = [
	'stretch',
	'heat',
	'cold',
	'massage',
	'water',
	'magnesium',
	'rest',
	'medication'
] as const;
export type KnownReliefMethod = (typeof RELIEF_METHODS)[number];

export const RELIEF_LABELS: Record<KnownReliefMethod, string> = {
	stretch: 'Stretch',
	heat: 'Heat',
	cold: 'Cold',
	massage: 'Massage',
	water: 'Drank water',
	magnesium: 'Magnesium (food, oil or spray)',
	rest: 'Stopped and rested',
	medication: 'Medication'
};

export const HELPED_VALUES = ['no', 'a-little', 'a-lot'] as const;
export type Helped = (typeof HELPED_VALUES)[number];

export const HELPED_LABELS: Record<Helped, string> = {
	no: "Didn't help",
	'a-little': 'Helped a little',
	'a-lot': 'Helped a lot'
};

export const SIGN_KEYS = ['weakness', 'numbness', 'swelling', 'redness', 'warmth'] as const;
export type SignKey = (typeof SIGN_KEYS)[number];

export const SIGN_LABELS: Record<SignKey, string> = {
	weakness: 'Weakness',
	numbness: 'Numbness, tingling or pins and needles',
	swelling: 'Swelling',
	redness: 'Redness',
	warmth: 'Warm to the touch'
};

export const MINERALS = ['magnesium', 'potassium', 'calcium', 'sodium'] as const;
export type Mineral = (typeof MINERALS)[number];

export const MEDICATION_KINDS = ['supplement', 'medicine'] as const;
export type MedicationKind = (typeof MEDICATION_KINDS)[number];

export const MEDICATION_KIND_LABELS: Record<MedicationKind, string> = {
	supplement: 'Supplement',
	medicine: 'Medicine'
};

export const DOSE_UNITS = ['mg', 'g', 'ml', 'tablet', 'drop', 'spray'] as const;
export type DoseUnit = (typeof DOSE_UNITS)[number];

/** Minerals a supplement can count towards: the ones the daily totals show. */
export const SUPPLEMENT_MINERALS = MINERALS;

/** Words anchoring the 0–10 numeric rating scale. */
export const INTENSITY_ANCHORS: Record<0 | 5 | 10, string> = {
	0: 'No pain',
	5: 'Moderate',
	10: 'Worst imaginable'
};

export function labelFor<T extends string>(labels: Record<T, string>, id: string): string {
	return (labels as Record<string, string>)[id] ?? id;
}
