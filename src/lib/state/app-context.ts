import { createContext } from 'svelte';
import type { Clock } from './clock.svelte';
import type { FoodState } from './foods.svelte';
import type { SettingsState } from './settings.svelte';
import type { Snackbar } from './snackbar.svelte';
import type { RecordActions } from './record-actions';
import type { HistoryOptions, HistoryState } from './history.svelte';
import type { EpisodeLogState } from './episode-log.svelte';
import type { RedFlagsState } from './red-flags.svelte';
import type { TodayState } from './today.svelte';
import type { TrendsState } from './trends.svelte';
import type { StorageState } from './storage.svelte';
import type { AppUpdate } from './app-update.svelte';
import type { LogExport } from './log-export';
import type { ReportState } from './report.svelte';
import type { MedicationState } from './medications.svelte';
import type { ReminderState } from './reminders.svelte';
import type { NudgeState } from './nudges.svelte';
import type { NotificationState } from './notifications.svelte';
import type { CheckInState } from './check-in.svelte';
import type { BackupState } from './backup.svelte';

/**
 * The app's shared state, created once by the root layout and read by any component below it.
 * It holds no database handle: components act through these classes' methods only.
 */
export interface AppState {
	clock: Clock;
	settings: SettingsState;
	today: TodayState;
	episodes: EpisodeLogState;
	snackbar: Snackbar;
	actions: RecordActions;
	/** "Worth talking to a doctor about" notes for Today. */
	redFlags: RedFlagsState;
	/** Electrolyte foods: search, favourites, custom foods and today's mineral totals. */
	foods: FoodState;
	/** Supplements and medicines: saved items, one-tap doses, the supplemental magnesium note. */
	medications: MedicationState;
	/** Calendar reminders (Settings → Reminders) and the .ics file made from them. */
	reminders: ReminderState;
	/** "Notifications while Spasm Log is open": permission, the evening check-in's timer, background sync. */
	notifications: NotificationState;
	/** The one calm nudge Today shows when the app opens. */
	nudges: NudgeState;
	/** Persistent-storage status and install state (Settings, and the ask after the first save). */
	storage: StorageState;
	/** The daily "Any spasms today?" check-in (`markNone(day)`), for Today's card and nudges. */
	checkIns: CheckInState;
	/** The service worker's update prompt and the other-tab database upgrade notice. */
	update: AppUpdate;
	/** Back up, restore and the Today backup reminder (Settings → Your data). */
	backup: BackupState;
	/**
	 * A history view's own state (its range and filter); call while that component initialises. The
	 * component passes the class in, so its code ships with History, not with Today's first render.
	 */
	createHistory(History: typeof HistoryState, options?: HistoryOptions): HistoryState;
	/**
	 * The Trends screen's own state (range, overlay, lag); call while that component initialises. The
	 * route passes the class in, so its code and the statistics ship with Trends, not with every page.
	 */
	createTrends(Trends: typeof TrendsState): TrendsState;
	/** The doctor report page's own state; the route passes the class in, as for Trends. */
	createReport(Report: typeof ReportState): ReportState;
	/** Spreadsheet (CSV zip) export of every log; its libraries load on first use. */
	logExport: LogExport;
}

export const [getApp, setApp] = createContext<AppState>();
