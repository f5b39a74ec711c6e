/**
 * Common exercise hydration advice (e.g. the American College of Sports Medicine position stand
 * "Exercise and fluid replacement", 2007): about 8 US fl oz (≈ 240 ml) every 15–30 minutes of exercise. We take the
 * middle, 240 ml per 20 minutes, i.e. 12 ml for each minute of exercise logged that day.
 */
export const EXTRA_ML_PER_EXERCISE_MINUTE = 12;

export function waterGoalForDay(baseGoalMl: number, exerciseMinutes: number): number {
	return baseGoalMl + EXTRA_ML_PER_EXERCISE_MINUTE * Math.max(0, exerciseMinutes);
}
