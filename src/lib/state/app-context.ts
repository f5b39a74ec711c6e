import { createContext } from 'svelte';
import type { Clock } from './clock.svelte';
import type { SettingsState } from './settings.svelte';
import type { Snackbar } from './snackbar.svelte';
import type { RecordActions } from './record-actions';
import type { HistoryState } from './history.svelte';
import type { TodayState } from './today.svelte';
import type { StorageState } from './storage.svelte';
import type { AppUpdate } from './app-update.svelte';

/**
 * The app's shared state, created once by the root layout and read by any component below it.
 * It holds no database handle: components act through these classes' methods only.
 */
export interface AppState {
	clock: Clock;
	settings: SettingsState;
	today: TodayState;
	snackbar: Snackbar;
	actions: RecordActions;
	/** Persistent-storage status and install state (Settings, and the ask after the first save). */
	storage: StorageState;
	/** The service worker's update prompt and the other-tab database upgrade notice. */
	update: AppUpdate;
	/** A history view's own state (its range and filter); call while that component initialises. */
	createHistory(): HistoryState;
}

export const [getApp, setApp] = createContext<AppState>();
