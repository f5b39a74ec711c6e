/** Limits on what a record may hold; they double as the form limits shown to the person. */
export const LIMITS = {
	waterMl: { min: 1, max: 5000 },
	servings: { minExclusive: 0, max: 20 },
	exerciseMinutes: { min: 1, max: 600 },
	intensity: { min: 0, max: 10 },
	notesChars: 2000,
	// A day and a half: longer than any cramp, and long enough for a forgotten timer.
	episodeDurationSec: { min: 0, max: 36 * 3600 },
	stretchDurationSec: { min: 1, max: 4 * 3600 },
	mineralMg: { min: 0, max: 100_000 },
	waterGoalMl: { min: 500, max: 6000 },
	stretchGoalMin: { min: 1, max: 180 },
	textChars: 200,
	// Generous: a dose is whatever the label says, in any of the units; this only catches typos.
	doseAmount: { minExclusive: 0, max: 100_000 },
	medicationNameChars: 80,
	/** A custom food's name and its serving text. */
	customFoodTextChars: 80,
	listItems: 30,
	// Records outside these years are typing mistakes or corrupt imports, not logs.
	earliestYear: 2000,
	latestYear: 2100
} as const;
