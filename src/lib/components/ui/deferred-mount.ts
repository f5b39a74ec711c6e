import type { Component } from 'svelte';
import DeferredMountClient from './deferred-mount-client.svelte';
import DeferredMountServer from './deferred-mount-server.svelte';

/**
 * A card that is in the prerendered page but takes no part in the page's hydration: the browser
 * shows the prerendered card, and a task after hydration the card is mounted in its place (one
 * card per task). Svelte hydrates the whole page in one task, and on Today that task was the
 * longest of the start (44–67 ms of CPU in the bench's traces): Lighthouse's throttled phone
 * runs it twice as long (four times for a task that does no layout) and counts every millisecond
 * past 50 as blocking. The server renders the card inside the host;
 * the client's host is an empty element, and Svelte hydrates an element with no children in its
 * template without looking at the children it has.
 *
 * Opened by client-side navigation (no prerendered card to show), the card mounts at once.
 */
export const DeferredMount: Component<{ component: Component }> = import.meta.env.SSR
	? DeferredMountServer
	: DeferredMountClient;
