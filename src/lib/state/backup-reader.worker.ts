import { readBackupBlob, toErrorMessage, type ReaderMessage, type ReaderRequest } from './backup-reader';
import { sendInParts } from './backup-reader';

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<ReaderRequest>) => void) | null;
	postMessage(message: ReaderMessage): void;
};

scope.onmessage = async (event) => {
	try {
		const result = await readBackupBlob(event.data.file, event.data.passphrase, (done, total) =>
			scope.postMessage({ type: 'progress', done, total })
		);
		sendInParts(result, (message) => scope.postMessage(message));
	} catch (error) {
		scope.postMessage(toErrorMessage(error));
	}
};
