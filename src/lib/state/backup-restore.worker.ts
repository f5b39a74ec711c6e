import { createDataLayer, SpasmLogDatabase } from '$lib/db';
import {
	handleRestoreRequest,
	RestoreSession,
	type RestoreMessage,
	type RestoreRequest
} from './backup-restore';

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<RestoreRequest>) => void) | null;
	postMessage(message: RestoreMessage): void;
};

/**
 * The worker's own connection to the page's database: it reads this device's records to plan the
 * merge and writes the restore in one transaction through the same repository the page would use.
 * Dexie tells the page's live queries about the commit (BroadcastChannel), as for another tab's write.
 */
let session: RestoreSession | null = null;

scope.onmessage = (event) => {
	const request = event.data;
	if (request.type === 'open' && !session) {
		session = new RestoreSession(createDataLayer(new SpasmLogDatabase(request.database)));
	}
	if (!session) {
		scope.postMessage({ type: 'failed', message: 'The restore could not be written. Nothing was changed.' });
		return;
	}
	void handleRestoreRequest(session, request, (message) => scope.postMessage(message));
};
