/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, prerendered, version } from '$service-worker';
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import {
	cleanupOutdatedCaches,
	matchPrecache,
	precacheAndRoute,
	type PrecacheEntry
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { SKIP_WAITING } from '$lib/pwa/update-messages';

const sw = self as unknown as ServiceWorkerGlobalScope;

/** The SPA shell adapter-static writes for URLs that have no prerendered page of their own. */
const FALLBACK_PAGE = `${base}/200.html`;

setCacheNameDetails({ prefix: 'spasm-log' });

const entries: PrecacheEntry[] = [
	// Vite's output has content hashes in its file names, so the URL itself is the revision.
	...build.map((url) => ({ url, revision: null })),
	// Static files and pages keep their names across versions: revisioned by the app version.
	...files.map((url) => ({ url, revision: version })),
	...prerendered.map((url) => ({ url, revision: version })),
	{ url: FALLBACK_PAGE, revision: version }
];

// Serves every precached file and page from the cache. Query strings are ignored so that app
// shortcuts such as /?action=add-water still get the prerendered Today page.
precacheAndRoute(entries, { ignoreURLParametersMatching: [/.*/] });

// Deletes the precaches of older Workbox versions; Workbox itself drops entries a new version no
// longer lists when that version activates.
cleanupOutdatedCaches();

// Any other page (a deep link such as /stretch/calf) boots from the SPA shell, which routes on
// the client. Paths that look like files are left to the network.
registerRoute(
	new NavigationRoute(async ({ request }) => (await matchPrecache(FALLBACK_PAGE)) ?? fetch(request), {
		denylist: [/\/[^/?]+\.[^/?]+(\?.*)?$/]
	})
);

// A new version installs in the background and then waits: it takes over only when the person
// presses Reload in the update prompt, never on its own, so nothing typed is lost to a reload.
sw.addEventListener('message', (event) => {
	if (event.data === SKIP_WAITING) void sw.skipWaiting();
});

// On the very first install there is no old version to wait for: control the open page at once,
// so it works offline without a reload.
clientsClaim();

// ------------------------------------------------------------------------- evening check-in reminder

/** Matches `CHECK_IN_TAG` in the app's reminders code; the worker keeps its own copy to stay small. */
const CHECK_IN_TAG = 'evening-check-in';
/** From this local hour the app asks "Any spasms today?" (the check-in card's hour). */
const CHECK_IN_FROM_HOUR = 18;

function localDay(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Whether today already has a check-in or an episode, read straight from the app's database. Any
 * doubt (no database yet, a store missing, an error) answers false, so the reminder is shown.
 */
function answeredToday(day: string): Promise<boolean> {
	return new Promise((resolve) => {
		const open = indexedDB.open('spasm-log');
		// Opening without a version creates an empty database when there is none: abort that instead.
		open.onupgradeneeded = () => open.transaction?.abort();
		open.onerror = () => resolve(false);
		open.onsuccess = () => {
			const db = open.result;
			const stores = ['checkins', 'episodes'].filter((s) => db.objectStoreNames.contains(s));
			if (stores.length === 0) {
				db.close();
				return resolve(false);
			}
			try {
				const tx = db.transaction(stores, 'readonly');
				const counts = stores.map((s) => tx.objectStore(s).index('day').count(day));
				tx.oncomplete = () => {
					db.close();
					resolve(counts.some((c) => c.result > 0));
				};
				tx.onerror = tx.onabort = () => {
					db.close();
					resolve(false);
				};
			} catch {
				db.close();
				resolve(false);
			}
		};
	});
}

async function eveningCheckIn(): Promise<void> {
	const now = new Date();
	if (now.getHours() < CHECK_IN_FROM_HOUR) return;
	if (await answeredToday(localDay(now))) return;
	// An open window already has its own timer for this; the closed app is what this is for.
	const windows = await sw.clients.matchAll({ type: 'window' });
	if (windows.some((c) => (c as WindowClient).visibilityState === 'visible')) return;
	await sw.registration.showNotification('Any spasms today?', {
		body: 'Tap to open Spasm Log and answer the evening check-in.',
		tag: CHECK_IN_TAG,
		icon: `${base}/favicon.svg`
	});
}

// Periodic Background Sync (installed Chromium only) runs when the browser decides, with the network
// on; the app says it may not fire. No push, no server.
sw.addEventListener('periodicsync', ((event: ExtendableEvent & { tag: string }) => {
	if (event.tag === CHECK_IN_TAG) event.waitUntil(eveningCheckIn());
}) as EventListener);

sw.addEventListener('notificationclick', (event) => {
	event.notification.close();
	event.waitUntil(
		(async () => {
			const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
			const open = windows[0] as WindowClient | undefined;
			if (open) await open.focus();
			else await sw.clients.openWindow(`${base}/`);
		})()
	);
});
