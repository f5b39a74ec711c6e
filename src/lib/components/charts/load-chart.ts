import type { Chart } from 'chart.js';

let loading: Promise<typeof Chart> | undefined;

/** Chart.js with the Trends registrations, fetched once on first use. */
export function loadChart(): Promise<typeof Chart> {
	loading ??= import('./chart-setup').then((m) => m.Chart);
	return loading;
}
