import { formatNumber } from '../number-format';
import * as v from 'valibot';
import { parseInstant } from '../time';
import type { Deletion } from '../types';
import { validateSettings, type FieldIssue } from '../validation';
import {
	BACKUP_TABLE_NAMES,
	BACKUP_TABLES,
	emptyBackupData,
	isBackupTable,
	travels,
	type BackupData,
	type BackupRecord,
	type BackupTableName
} from './backup-tables';

export const BACKUP_FORMAT = 'spasm-log-backup';
/** The newest file format this code writes and reads; older ones are upgraded step by step. */
export const BACKUP_FORMAT_VERSION = 1;
/** Files above this are refused before reading: ten years of logs take about 10 MB. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
/** Records of all tables plus tombstones; ten years of daily logging is about 40,000. */
export const MAX_BACKUP_RECORDS = 100_000;
/** Invalid records listed one by one in the preview; the rest are counted. */
export const MAX_LISTED_INVALID = 100;
const MAX_PREFERENCES = 500;
const MAX_PREFERENCE_CHARS = 100_000;

export type BackupErrorCode =
	| 'empty'
	| 'too-large'
	| 'not-json'
	| 'not-a-backup'
	| 'newer-version'
	| 'damaged'
	| 'too-many-records'
	| 'needs-passphrase'
	| 'wrong-passphrase';

/** Why a file cannot be restored; the message is written for the person. */
export class BackupError extends Error {
	readonly name = 'BackupError';
	constructor(
		readonly code: BackupErrorCode,
		message: string
	) {
		super(message);
	}
}

export interface BackupMeta {
	formatVersion: number;
	appVersion: string;
	schemaVersion: number;
	exportedAt: string;
}

export interface BackupFile extends BackupMeta {
	format: typeof BACKUP_FORMAT;
	counts: Record<string, number>;
	data: Record<BackupTableName, BackupRecord[]> & {
		settings: Record<string, unknown> | null;
		preferences: Record<string, unknown>;
		deletions: Deletion[];
	};
}

export interface InvalidRecord {
	table: BackupTableName | 'deletions' | 'settings';
	/** Position in the file's list, from 0. */
	index: number;
	/** The record's id as written, shortened; '' when it has none. */
	id: string;
	issues: FieldIssue[];
}

export interface ReadBackup {
	meta: BackupMeta;
	data: BackupData;
	invalid: InvalidRecord[];
	/** Invalid records beyond the ones listed. */
	invalidCount: number;
	/** Tables in the file this version of the app does not know (ignored). */
	unknownTables: string[];
}

export function backupFileName(day: string): string {
	return `spasm-log-backup-${day}.json`;
}

/** Builds the file's object; JSON.stringify it to save. */
export function buildBackupFile(data: BackupData, meta: Omit<BackupMeta, 'formatVersion'>): BackupFile {
	const counts: Record<string, number> = {};
	for (const name of BACKUP_TABLE_NAMES) counts[name] = data.tables[name].length;
	counts.deletions = data.deletions.length;
	return {
		format: BACKUP_FORMAT,
		formatVersion: BACKUP_FORMAT_VERSION,
		appVersion: meta.appVersion,
		schemaVersion: meta.schemaVersion,
		exportedAt: meta.exportedAt,
		counts,
		data: {
			...data.tables,
			settings: data.settings,
			preferences: data.preferences,
			deletions: data.deletions
		}
	};
}

type Doc = Record<string, unknown>;
/** Rewrites a file of version n (the key) into version n + 1. */
export type FormatUpgrade = (doc: Doc) => Doc;

/**
 * The upgrade chain: one step per format version, oldest first. Version 1 is the first format, so
 * the chain is empty; a version 2 adds `1: (doc) => ({ ...doc, formatVersion: 2, ... })` and a
 * fixture `fixtures/v1.json` keeps proving version 1 files still restore.
 */
export const FORMAT_UPGRADES: Readonly<Record<number, FormatUpgrade>> = {};

export function upgradeBackup(
	doc: Doc,
	upgrades: Readonly<Record<number, FormatUpgrade>> = FORMAT_UPGRADES,
	current: number = BACKUP_FORMAT_VERSION
): Doc {
	let version = doc.formatVersion;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		throw new BackupError(
			'damaged',
			'This backup does not say which format version it uses, so it cannot be read.'
		);
	}
	if (version > current) {
		throw new BackupError(
			'newer-version',
			'This backup was made by a newer version of Spasm Log. Update the app (reload it while online), then restore again.'
		);
	}
	let upgraded = doc;
	while (version < current) {
		const step = upgrades[version];
		if (!step) throw new BackupError('damaged', `This app cannot read backup format version ${version}.`);
		upgraded = step(upgraded);
		version += 1;
		if (upgraded.formatVersion !== version)
			throw new Error(`Upgrade step ${version - 1} did not set formatVersion`);
	}
	return upgraded;
}

function isPlainObject(value: unknown): value is Doc {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Ids can be anything in a hostile file; only a short, printable start is ever shown. */
function shortId(value: unknown): string {
	if (typeof value !== 'string') return '';
	return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

const deletionSchema = v.object({
	id: v.pipe(v.string('Must be text'), v.minLength(1, 'Required'), v.maxLength(200, 'Too long')),
	kind: v.picklist(BACKUP_TABLE_NAMES, 'Must be a kind of record this app keeps'),
	deletedAt: v.pipe(
		v.string('Must be a date and time'),
		v.maxLength(40, 'Not a date and time'),
		v.isoTimestamp('Must be an ISO 8601 date and time with an offset'),
		v.check((s) => parseInstant(s) !== null, 'Must be a real date and time')
	)
});

function validateDeletion(
	input: unknown
): { ok: true; value: Deletion } | { ok: false; issues: FieldIssue[] } {
	try {
		const result = v.safeParse(deletionSchema, input, {
			message: (issue) => (issue.path?.at(-1)?.origin === 'key' ? 'Required' : 'Not valid')
		});
		if (result.success) return { ok: true, value: result.output };
		return {
			ok: false,
			issues: result.issues.map((i) => ({
				path: (i.path ?? []).map((p) => String(p.key)).join('.'),
				message: i.message
			}))
		};
	} catch {
		return { ok: false, issues: [{ path: '', message: 'Not a valid record' }] };
	}
}

/** Records written before schema 2 have no `updatedAt`; their time is the best known. */
function fillUpdatedAt(record: unknown): unknown {
	if (!isPlainObject(record) || typeof record.updatedAt === 'string') return record;
	const time = record.updatedAt ?? record.createdAt ?? record.startedAt ?? record.at;
	return typeof time === 'string' ? { ...record, updatedAt: time } : record;
}

function safePreferences(value: unknown): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	if (!isPlainObject(value)) return out;
	let n = 0;
	for (const [key, item] of Object.entries(value)) {
		if (n >= MAX_PREFERENCES) break;
		// Keys become property names; never let a file name the prototype.
		if (key === '__proto__' || key === 'constructor' || key === 'prototype' || key.length > 100) continue;
		// Only remembered choices travel; settings have their own section, backup bookkeeping stays.
		if (!travels(key)) continue;
		let json: string | undefined;
		try {
			json = JSON.stringify(item);
		} catch {
			continue;
		}
		if (json === undefined || json.length > MAX_PREFERENCE_CHARS) continue;
		out[key] = JSON.parse(json);
		n += 1;
	}
	return out;
}

export interface ReadOptions {
	/** Called every few thousand records with how many were checked. */
	onProgress?: (done: number, total: number) => void;
}

/**
 * Parses a backup file's text and validates every record with the app's own validators. Throws a
 * BackupError for a file that is not a readable backup; invalid records are returned, not thrown.
 */
export function readBackupText(text: string, options: ReadOptions = {}): ReadBackup {
	if (text.trim() === '') throw new BackupError('empty', 'This file is empty.');
	if (text.length > MAX_BACKUP_BYTES) throw tooLarge();
	let doc: unknown;
	try {
		doc = JSON.parse(text);
	} catch {
		throw new BackupError(
			'not-json',
			'This file is not a readable backup: it is damaged or was cut off while copying. Try another copy.'
		);
	}
	return readBackupObject(doc, options);
}

export function tooLarge(): BackupError {
	return new BackupError(
		'too-large',
		`This file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB, more than any Spasm Log backup should be, so it was not opened.`
	);
}

export function readBackupObject(doc: unknown, options: ReadOptions = {}): ReadBackup {
	if (isPlainObject(doc) && doc.format === 'spasm-log-backup-encrypted') {
		throw new BackupError('needs-passphrase', 'This backup is protected with a passphrase.');
	}
	if (!isPlainObject(doc) || doc.format !== BACKUP_FORMAT) {
		throw new BackupError('not-a-backup', 'This file is not a Spasm Log backup.');
	}
	const upgraded = upgradeBackup(doc);
	const raw = upgraded.data;
	if (!isPlainObject(raw))
		throw new BackupError('damaged', 'This backup is damaged: it holds no data section.');

	const meta: BackupMeta = {
		formatVersion: BACKUP_FORMAT_VERSION,
		appVersion: typeof upgraded.appVersion === 'string' ? upgraded.appVersion.slice(0, 40) : 'unknown',
		schemaVersion: typeof upgraded.schemaVersion === 'number' ? upgraded.schemaVersion : 0,
		exportedAt: typeof upgraded.exportedAt === 'string' ? upgraded.exportedAt.slice(0, 40) : ''
	};

	const lists: [BackupTableName | 'deletions', unknown[]][] = [];
	const unknownTables: string[] = [];
	for (const [key, value] of Object.entries(raw)) {
		if (key === 'settings' || key === 'preferences') continue;
		if (key !== 'deletions' && !isBackupTable(key)) {
			unknownTables.push(key.slice(0, 40));
			continue;
		}
		if (value === undefined || value === null) continue;
		if (!Array.isArray(value)) {
			throw new BackupError('damaged', `This backup is damaged: "${key}" is not a list of records.`);
		}
		lists.push([key, value]);
	}
	const total = lists.reduce((sum, [, list]) => sum + list.length, 0);
	if (total > MAX_BACKUP_RECORDS) {
		throw new BackupError(
			'too-many-records',
			`This file holds ${formatNumber(total)} records, more than the ${formatNumber(MAX_BACKUP_RECORDS)} a backup may hold, so it was not opened.`
		);
	}

	const data = emptyBackupData();
	const invalid: InvalidRecord[] = [];
	let invalidCount = 0;
	const reject = (entry: InvalidRecord) => {
		invalidCount += 1;
		if (invalid.length < MAX_LISTED_INVALID) invalid.push(entry);
	};
	let done = 0;
	const tick = () => {
		done += 1;
		if (done % 2000 === 0) options.onProgress?.(done, total);
	};
	const fillMissingUpdatedAt = meta.schemaVersion < 2;

	for (const [table, list] of lists) {
		const seen = new Set<string>();
		for (let index = 0; index < list.length; index++) {
			tick();
			const item = list[index];
			const id = shortId(isPlainObject(item) ? item.id : undefined);
			if (table === 'deletions') {
				const result = validateDeletion(item);
				if (!result.ok) {
					reject({ table, index, id, issues: result.issues });
				} else if (seen.has(result.value.id)) {
					reject({
						table,
						index,
						id,
						issues: [{ path: 'id', message: 'The same id appears twice in this file' }]
					});
				} else {
					seen.add(result.value.id);
					data.deletions.push(result.value);
				}
				continue;
			}
			const result = BACKUP_TABLES[table].validate(fillMissingUpdatedAt ? fillUpdatedAt(item) : item);
			if (!result.ok) {
				reject({ table, index, id, issues: result.error.issues });
				continue;
			}
			const record = result.value as unknown as BackupRecord;
			if (seen.has(record.id)) {
				reject({
					table,
					index,
					id,
					issues: [{ path: 'id', message: 'The same id appears twice in this file' }]
				});
				continue;
			}
			seen.add(record.id);
			data.tables[table].push(record);
		}
	}
	options.onProgress?.(total, total);

	if (raw.settings !== undefined && raw.settings !== null) {
		const result = validateSettings(raw.settings);
		if (result.ok) data.settings = { ...result.value };
		else reject({ table: 'settings', index: 0, id: '', issues: result.error.issues });
	}
	data.preferences = safePreferences(raw.preferences);
	return { meta, data, invalid, invalidCount, unknownTables };
}
