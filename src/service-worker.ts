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
