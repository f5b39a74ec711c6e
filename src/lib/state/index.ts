import { getDataLayer } from '$lib/db';
import type { AppState } from './app-context';
import { Clock } from './clock.svelte';
import { RecordActions } from './record-actions';
import { SettingsState } from './settings.svelte';
import { Snackbar } from './snackbar.svelte';
import { TodayState } from './today.svelte';
import { HistoryState } from './history.svelte';

export { getApp, setApp, type AppState } from './app-context';
export { LiveQuery } from './live-query.svelte';
export { RecordActions, RECORD_NOUNS } from './record-actions';
export { measureSince } from './timing';

/** Builds the app's state; call while the root layout initialises. */
export function createAppState(): AppState {
	const data = getDataLayer();
	const clock = new Clock();
	const settings = new SettingsState(data);
	const snackbar = new Snackbar();
	const actions = new RecordActions(data, snackbar);
	return {
		clock,
		settings,
		snackbar,
		actions,
		today: new TodayState(data, clock, settings, actions),
		createHistory: () => new HistoryState(data, clock),
		createTrends: (Trends) => new Trends(data, clock, settings)
	};
}
