/**
 * What the page says to a waiting service worker. Shared by src/service-worker.ts and the app's
 * update state, so both sides spell it the same.
 */
export const SKIP_WAITING = 'spasm-log:skip-waiting';
