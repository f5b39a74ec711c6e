#!/usr/bin/env node
// Prints what the service worker downloads on the first visit: `npm run build && npm run precache:size`.
import { readPrecacheManifest } from './precache-manifest.js';

const dir = process.argv[2] ?? 'build';
const entries = readPrecacheManifest(dir);
const bytes = entries.reduce((sum, e) => sum + e.bytes, 0);
if (process.argv.includes('--list'))
	for (const e of entries) console.log(`${String(e.bytes).padStart(8)}  ${e.url}`);
console.log(
	`Precache: ${entries.length} files, ${(bytes / 1024).toFixed(1)} KB (${dir}/service-worker.js not included)`
);
