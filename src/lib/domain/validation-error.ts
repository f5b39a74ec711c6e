import type { RecordKind } from './types';

export interface FieldIssue {
	/** Dotted path to the field, e.g. 'signs.weakness' or 'reliefs.0.helped'; '' for the whole record. */
	path: string;
	message: string;
}

/** The one error a validator or repository throws for bad input; it carries a message per field. */
export class ValidationError extends Error {
	readonly name = 'ValidationError';
	constructor(
		readonly issues: FieldIssue[],
		readonly record?: RecordKind | 'settings' | 'medicationItems' | 'checkins'
	) {
		super(issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '));
	}

	/** Messages keyed by field path, for showing next to form fields. */
	get fields(): Record<string, string> {
		const out: Record<string, string> = {};
		for (const issue of this.issues) out[issue.path] ??= issue.message;
		return out;
	}
}

export type Validated<T> = { ok: true; value: T } | { ok: false; error: ValidationError };
