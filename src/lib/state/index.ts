import { browser, dev } from '$app/environment';
import { resolve } from '$app/paths';
import { deferredDataLayer } from './data-loader';
import { AppUpdate } from './app-update.svelte';
import type { AppState } from './app-context';
import { Clock } from './clock.svelte';
import { FoodState } from './foods.svelte';
import { RecordActions } from './record-actions';
import { silenceReportedRejections } from './reported-errors';
import { SettingsState } from './settings.svelte';
import { Snackbar } from './snackbar.svelte';
import { StorageState } from './storage.svelte';
import { TodayState } from './today.svelte';
import { HistoryState, type HistoryOptions } from './history.svelte';
import { EpisodeLogState } from './episode-log.svelte';
import { RedFlagsState } from './red-flags.svelte';
import { LogExport } from './log-export';
import { MedicationState } from './medications.svelte';
import { ReminderState } from './reminders.svelte';
import { NotificationState } from './notifications.svelte';
import { NudgeState } from './nudges.svelte';
import { CheckInState } from './check-in.svelte';
import { BackupState } from './backup.svelte';

export { getApp, setApp, type AppState } from './app-context';
export { LiveQuery } from './live-query.svelte';
export { RecordActions, RECORD_NOUNS } from './record-actions';
export type { DeletedEntry } from './recently-deleted.svelte';
export { PARTIAL_SESSION_MIN_SEC, StretchRun, type RunStatus } from './stretch-run.svelte';
export type { FoodChoice, NewCustomFood } from './foods.svelte';
export { measureSince } from './timing';
export { REMINDERS_FILE_NAME } from './reminders.svelte';
export type { PreviewRow, RestoreStep } from './backup.svelte';
export { loadDataLayer } from './data-loader';

/** Builds the app's state; call while the root layout initialises. */
export function createAppState(): AppState {
	// Dexie and the repositories load right after the first render, not before it (data-loader.ts).
	const data = deferredDataLayer();
	if (browser) silenceReportedRejections(window);
	const clock = new Clock();
	const snackbar = new Snackbar();
	const settings = new SettingsState(data, snackbar);
	const storage = new StorageState(data);
	const actions = new RecordActions(data, snackbar, () => storage.afterSave());
	const update = new AppUpdate(data, {
		// In development Vite serves the worker as an ES module without a precache: skip it there.
		serviceWorker: browser && !dev && 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
		scriptUrl: `${resolve('/').replace(/\/$/, '')}/service-worker.js`,
		reload: () => location.reload()
	});
	const today = new TodayState(data, clock, settings, actions);
	const foods = new FoodState(data, clock, settings, today, actions, snackbar);
	const episodes = new EpisodeLogState(data, actions);
	const backup = new BackupState(data, clock);
	const checkIns = new CheckInState(data, clock);
	const reminders = new ReminderState(data);
	return {
		clock,
		settings,
		snackbar,
		actions,
		storage,
		update,
		today,
		episodes,
		nudges: new NudgeState(data, clock, today, episodes, backup, checkIns),
		backup,
		redFlags: new RedFlagsState(data, clock, settings, snackbar),
		foods,
		medications: new MedicationState(data, today, foods, actions, snackbar),
		reminders,
		notifications: new NotificationState(data, clock, reminders, checkIns),
		checkIns,
		createHistory: (options?: HistoryOptions) => new HistoryState(data, clock, options),
		createTrends: (Trends) => new Trends(data, clock, settings),
		createReport: (Report) => new Report(data, clock, settings),
		logExport: new LogExport(data)
	};
}
