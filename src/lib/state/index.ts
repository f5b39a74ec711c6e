import { getDataLayer } from '$lib/db';
import type { AppState } from './app-context';
import { Clock } from './clock.svelte';
import { FoodState } from './foods.svelte';
import { RecordActions } from './record-actions';
import { SettingsState } from './settings.svelte';
import { Snackbar } from './snackbar.svelte';
import { TodayState } from './today.svelte';
import { HistoryState, type HistoryOptions } from './history.svelte';
import { EpisodeLogState } from './episode-log.svelte';
import { RedFlagsState } from './red-flags.svelte';

export { getApp, setApp, type AppState } from './app-context';
export { LiveQuery } from './live-query.svelte';
export { RecordActions, RECORD_NOUNS } from './record-actions';
export { StretchRun, type RunStatus } from './stretch-run.svelte';
export type { FoodChoice, NewCustomFood } from './foods.svelte';
export { measureSince } from './timing';

/** Builds the app's state; call while the root layout initialises. */
export function createAppState(): AppState {
	const data = getDataLayer();
	const clock = new Clock();
	const settings = new SettingsState(data);
	const snackbar = new Snackbar();
	const actions = new RecordActions(data, snackbar);
	const today = new TodayState(data, clock, settings, actions);
	return {
		clock,
		settings,
		snackbar,
		actions,
		today,
		episodes: new EpisodeLogState(data, actions, clock),
		redFlags: new RedFlagsState(data, clock, settings, snackbar),
		foods: new FoodState(data, clock, settings, today, actions, snackbar),
		createHistory: (options?: HistoryOptions) => new HistoryState(data, clock, options),
		createTrends: (Trends) => new Trends(data, clock, settings)
	};
}
