// Every page is prerendered as a static shell; data loads in the browser from IndexedDB.
export const prerender = true;
export const trailingSlash = 'never';
