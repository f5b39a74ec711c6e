import type { DataLayer } from '$lib/db';
import {
	CHECK_IN_TAG,
	CHECK_IN_NOTIFICATION,
	msUntilClockTime
} from '$lib/domain/reminders/open-notifications';
import type { CheckInState } from './check-in.svelte';
import type { Clock } from './clock.svelte';
import { LiveQuery } from './live-query.svelte';
import type { ReminderState } from './reminders.svelte';

const ENABLED = 'openNotifications';
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

export type NotificationPermissionState = 'unsupported' | NotificationPermission;
/**
 * Periodic Background Sync for the evening check-in: 'registered' when the browser accepted the tag
 * (installed Chromium), 'unavailable' when it has no such feature or refused; 'off' before asking.
 */
export type BackgroundCheck = 'off' | 'registered' | 'unavailable';

interface PeriodicSyncManager {
	register(tag: string, options?: { minInterval?: number }): Promise<void>;
	unregister(tag: string): Promise<void>;
}

const supported = () => typeof window !== 'undefined' && 'Notification' in window;

/**
 * "Notifications while Spasm Log is open" (Settings → Reminders). Nothing is asked until the person
 * turns it on; then, with permission granted, the evening check-in shows a notification at its time
 * while the app is open. Where Periodic Background Sync exists the service worker may also show it
 * when the app is closed, when the browser decides; nothing here can promise that.
 */
export class NotificationState {
	readonly #data: DataLayer;
	#enabled: LiveQuery<boolean>;
	#permission = $state<NotificationPermissionState>(supported() ? Notification.permission : 'unsupported');
	#background = $state<BackgroundCheck>('off');
	/** The day whose check-in notification this page showed; a reload may show it again. */
	#shownFor: string | null = null;

	constructor(
		data: DataLayer,
		clock: Pick<Clock, 'today' | 'now'>,
		reminders: Pick<ReminderState, 'current'>,
		checkIns: Pick<CheckInState, 'isOpen' | 'loaded'>
	) {
		this.#data = data;
		this.#enabled = new LiveQuery(() => data.prefs.get(ENABLED, false, isBoolean), false);
		$effect(() => {
			const { enabled, at } = reminders.current.checkIn;
			const today = clock.today;
			if (!this.active || !enabled) return;
			// The clock's "today" re-runs this after midnight, arming the next evening's timer.
			const wait = msUntilClockTime(clock.now, at);
			if (wait === null) return;
			const timer = setTimeout(() => {
				if (this.#shownFor === today || !checkIns.loaded || !checkIns.isOpen(today)) return;
				this.#shownFor = today;
				void this.#show();
			}, wait);
			return () => clearTimeout(timer);
		});
	}

	/** The browser's answer so far: 'default' until asked, or 'unsupported'. */
	get permission(): NotificationPermissionState {
		return this.#permission;
	}

	/** The person turned notifications on (they stay off while permission is not granted). */
	get enabled(): boolean {
		return this.#enabled.current;
	}

	get active(): boolean {
		return this.#enabled.current && this.#permission === 'granted';
	}

	get background(): BackgroundCheck {
		return this.#background;
	}

	/** Asks the browser (only now, on the person's tap), then saves the choice if permission was granted. */
	async enable(): Promise<NotificationPermissionState> {
		if (!supported()) return (this.#permission = 'unsupported');
		this.#permission = await Notification.requestPermission();
		if (this.#permission !== 'granted') return this.#permission;
		await this.#data.prefs.set(ENABLED, true);
		this.#background = await registerBackgroundCheck();
		return this.#permission;
	}

	async disable(): Promise<void> {
		await this.#data.prefs.set(ENABLED, false);
		await unregisterBackgroundCheck();
		this.#background = 'off';
	}

	async #show(): Promise<void> {
		const { title, body } = CHECK_IN_NOTIFICATION;
		const options = { body, tag: CHECK_IN_TAG, icon: '/favicon.svg' };
		// Chrome on Android refuses `new Notification` in a page; a service worker's registration can show it.
		const registration = await navigator.serviceWorker?.getRegistration?.().catch(() => undefined);
		if (registration && navigator.serviceWorker.controller) {
			await registration.showNotification(title, options);
			return;
		}
		new Notification(title, options);
	}
}

async function registerBackgroundCheck(): Promise<BackgroundCheck> {
	try {
		const registration = await navigator.serviceWorker?.getRegistration?.();
		const sync = (registration as unknown as { periodicSync?: PeriodicSyncManager } | undefined)
			?.periodicSync;
		if (!sync) return 'unavailable';
		const status = await navigator.permissions
			.query({ name: 'periodic-background-sync' as PermissionName })
			.catch(() => null);
		if (status && status.state !== 'granted') return 'unavailable';
		// Twelve hours: the browser may wait longer, and runs it only with the network on.
		await sync.register(CHECK_IN_TAG, { minInterval: 12 * 3_600_000 });
		return 'registered';
	} catch {
		return 'unavailable';
	}
}

async function unregisterBackgroundCheck(): Promise<void> {
	try {
		const registration = await navigator.serviceWorker?.getRegistration?.();
		const sync = (registration as unknown as { periodicSync?: PeriodicSyncManager } | undefined)
			?.periodicSync;
		await sync?.unregister(CHECK_IN_TAG);
	} catch {
		// Nothing registered, or no such feature: nothing to undo.
	}
}
