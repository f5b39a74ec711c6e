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
import { EpisodeLogState } from './episode-log.svelte';
import { RedFlagsState } from './red-flags.svelte';
import { LogExport } from './log-export';
import { MedicationState } from './medications.svelte';
import type { ReminderState } from './reminders.svelte';
import type { NotificationState } from './notifications.svelte';
import type { NudgeState } from './nudges.svelte';
import { CheckInState } from './check-in.svelte';
import type { BackupState } from './backup.svelte';
import { createInRoot, lazyState } from './lazy-state.svelte';
import { batchQueries } from './live-query.svelte';
import { QueryBatch } from './query-batch';
import { whenIdle } from '$lib/components/ui/when-idle';

export { getApp, setApp, type AppState } from './app-context';
export { LiveQuery } from './live-query.svelte';
export { RecordActions, RECORD_NOUNS } from './record-actions';
export type { DeletedEntry } from './recently-deleted.svelte';
export type { FoodChoice, NewCustomFood } from './foods.svelte';
export { measureSince } from './timing';
export type { PreviewRow, RestoreStep } from './backup.svelte';
export { loadDataLayer } from './data-loader';

/** Builds the app's state; call while the root layout initialises. */
export function createAppState(): AppState {
	// Dexie and the repositories load right after the first render, not before it (data-loader.ts).
	const data = deferredDataLayer();
	if (browser) silenceReportedRejections(window);
	const clock = new Clock();
	const snackbar = new Snackbar();
	// The standing state's live queries (settings, Today, the usual choice and running timer,
	// check-ins) read in one batch: one subscription, one read transaction.
	const standing = new QueryBatch(
		(body) => data.readTogether(body),
		() => data.opened()
	);
	// A state that loads when idle reads in a batch of its own, made whole at once: one shared batch
	// joined at four moments re-read its earlier members each time.
	const ownBatch = () =>
		new QueryBatch(
			(body) => data.readTogether(body),
			() => data.opened()
		);
	const settings = batchQueries(standing, () => new SettingsState(data, snackbar));
	const storage = new StorageState(data);
	const actions = new RecordActions(data, snackbar, () => storage.afterSave());
	const update = new AppUpdate(data, {
		// In development Vite serves the worker as an ES module without a precache: skip it there.
		serviceWorker: browser && !dev && 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
		scriptUrl: `${resolve('/').replace(/\/$/, '')}/service-worker.js`,
		reload: () => location.reload()
	});
	const { today, episodes } = batchQueries(standing, () => ({
		today: new TodayState(data, clock, settings, actions),
		episodes: new EpisodeLogState(data, actions)
	}));
	// What Today's first screen shows reads in `standing`; foods, red flags and medicines (cards
	// below it, and the doctor card) in a second batch, whose first reads start a task later.
	const below = new QueryBatch(
		(body) => data.readTogether(body),
		() => data.opened()
	);
	const foods = batchQueries(below, () => new FoodState(data, clock, settings, today, actions, snackbar));
	// Backing up and restoring (file format, validation, encryption, merging) is a sixth of the code
	// Today would otherwise load before it can paint; the Today reminder only needs the last backup's
	// date. The code loads when the browser is idle after the first render, or on first use.
	const lazyBackup = lazyState<BackupState>(
		async () => {
			const { BackupState } = await import('./backup.svelte');
			return createInRoot(() => batchQueries(ownBatch(), () => new BackupState(data, clock)));
		},
		{
			loaded: false,
			last: null,
			busy: false,
			reminderDue: false,
			restore: { step: 'idle' },
			folderName: null,
			canUseFolder: false,
			canShareFiles: () => false,
			cancel: () => undefined
		}
	);
	if (browser) whenIdle(lazyBackup.load);
	const backup = lazyBackup.value;
	const checkIns = batchQueries(standing, () => new CheckInState(data, clock));
	// Calendar reminders and open-app notifications are Settings' business; the evening check-in's
	// timer can wait until the browser is idle after the first render. Until then Settings shows
	// nothing of them as loaded, and a tap waits for the code.
	const lazyReminders = lazyState<ReminderState>(
		async () => {
			const { ReminderState } = await import('./reminders.svelte');
			return createInRoot(() => batchQueries(ownBatch(), () => new ReminderState(data)));
		},
		{ loaded: false }
	);
	const reminders = lazyReminders.value;
	const lazyNotifications = lazyState<NotificationState>(
		async () => {
			await lazyReminders.load();
			const { NotificationState } = await import('./notifications.svelte');
			return createInRoot(() =>
				batchQueries(ownBatch(), () => new NotificationState(data, clock, reminders, checkIns))
			);
		},
		{ permission: 'default', enabled: false, active: false, background: 'off' }
	);
	if (browser) whenIdle(lazyNotifications.load);
	// The opening nudge waits for the backup's facts (above), so its code can wait as long.
	const lazyNudges = lazyState<NudgeState>(
		async () => {
			await lazyBackup.load();
			const { NudgeState } = await import('./nudges.svelte');
			return createInRoot(() =>
				batchQueries(ownBatch(), () => new NudgeState(data, clock, today, episodes, backup, checkIns))
			);
		},
		{ current: null }
	);
	if (browser) whenIdle(lazyNudges.load);
	return {
		clock,
		settings,
		snackbar,
		actions,
		storage,
		update,
		today,
		episodes,
		nudges: lazyNudges.value,
		backup,
		redFlags: batchQueries(below, () => new RedFlagsState(data, clock, settings, snackbar)),
		foods,
		medications: batchQueries(below, () => new MedicationState(data, today, foods, actions, snackbar)),
		reminders,
		notifications: lazyNotifications.value,
		checkIns,
		createHistory: (History, options) => new History(data, clock, options),
		createTrends: (Trends) => new Trends(data, clock, settings),
		createReport: (Report) => new Report(data, clock, settings),
		logExport: new LogExport(data)
	};
}
