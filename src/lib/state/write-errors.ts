import { ValidationError } from '$lib/domain/validation-error';
import { StorageFullError, UpdatedElsewhereError } from '$lib/db/errors';
import { markReported } from './reported-errors';
import type { Snackbar } from './snackbar.svelte';

/**
 * Runs a write and, when it fails for a reason the person must hear about, says so once in the
 * snackbar and rethrows (marked as reported). Validation errors are left to the form that shows
 * them by field. With `explainAll`, any other failure is explained too (settings and
 * preferences have no form message of their own for it).
 */
export async function explainWriteErrors<T>(
	snackbar: Snackbar,
	write: () => Promise<T>,
	options: { explainAll?: boolean } = {}
): Promise<T> {
	try {
		return await write();
	} catch (error) {
		if (error instanceof StorageFullError || error instanceof UpdatedElsewhereError) {
			snackbar.show(error.message);
			markReported(error);
		} else if (options.explainAll && !(error instanceof ValidationError)) {
			snackbar.show('Not saved: this device’s storage refused the change. Try again, or reload the app.');
			markReported(error);
		}
		throw error;
	}
}
