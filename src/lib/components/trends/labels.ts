import type { Overlay } from '$lib/domain/stats';

/** Axis and legend names of the frequency chart's second series. */
export const OVERLAY_LABELS: Record<Overlay, string> = {
	water: 'Water, % of goal',
	magnesium: 'Magnesium, mg a day',
	potassium: 'Potassium, mg a day',
	calcium: 'Calcium, mg a day',
	stretch: 'Stretching, min a day'
};

/** Choices in the "Compare with" group; the axis title gives the unit. */
export const OVERLAY_CHOICES: Record<Overlay, string> = {
	water: 'Water',
	magnesium: 'Magnesium',
	potassium: 'Potassium',
	calcium: 'Calcium',
	stretch: 'Stretching'
};

/** Decimals an overlay is shown with in tables and tooltips. */
export const OVERLAY_DECIMALS: Record<Overlay, number> = {
	water: 0,
	magnesium: 0,
	potassium: 0,
	calcium: 0,
	stretch: 1
};
