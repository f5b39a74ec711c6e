import { BackupError } from './backup-file';

export const ENCRYPTED_FORMAT = 'spasm-log-backup-encrypted';
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. */
export const PBKDF2_ITERATIONS = 600_000;
/** A file asking for more is refused: it would freeze the device for minutes. */
const MAX_ITERATIONS = 10_000_000;

/** The documented envelope around an encrypted backup (see the README). */
export interface EncryptedBackup {
	format: typeof ENCRYPTED_FORMAT;
	formatVersion: 1;
	kdf: 'PBKDF2-SHA-256';
	iterations: number;
	/** Base64, 16 random bytes. */
	salt: string;
	cipher: 'AES-256-GCM';
	/** Base64, 12 random bytes. */
	iv: string;
	/** Base64 of AES-GCM(UTF-8 backup JSON), the 16-byte tag at the end as WebCrypto writes it. */
	ciphertext: string;
}

export function toBase64(bytes: Uint8Array): string {
	let binary = '';
	const chunk = 0x8000;
	for (let i = 0; i < bytes.length; i += chunk) {
		binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
	}
	return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

async function deriveKey(
	passphrase: string,
	salt: Uint8Array<ArrayBuffer>,
	iterations: number
): Promise<CryptoKey> {
	const material = await crypto.subtle.importKey(
		'raw',
		new TextEncoder().encode(passphrase),
		'PBKDF2',
		false,
		['deriveKey']
	);
	return crypto.subtle.deriveKey(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		material,
		{ name: 'AES-GCM', length: 256 },
		false,
		['encrypt', 'decrypt']
	);
}

export async function encryptBackup(json: string, passphrase: string): Promise<EncryptedBackup> {
	const salt = crypto.getRandomValues(new Uint8Array(16));
	const iv = crypto.getRandomValues(new Uint8Array(12));
	const key = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS);
	const ciphertext = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv },
		key,
		new TextEncoder().encode(json)
	);
	return {
		format: ENCRYPTED_FORMAT,
		formatVersion: 1,
		kdf: 'PBKDF2-SHA-256',
		iterations: PBKDF2_ITERATIONS,
		salt: toBase64(salt),
		cipher: 'AES-256-GCM',
		iv: toBase64(iv),
		ciphertext: toBase64(new Uint8Array(ciphertext))
	};
}

function damaged(): BackupError {
	return new BackupError(
		'damaged',
		'This protected backup is damaged: its encryption details are missing or wrong.'
	);
}

/** Returns the backup JSON inside an envelope; a wrong passphrase throws BackupError('wrong-passphrase'). */
export async function decryptBackup(envelope: unknown, passphrase: string): Promise<string> {
	if (typeof envelope !== 'object' || envelope === null) throw damaged();
	const e = envelope as Record<string, unknown>;
	if (e.format !== ENCRYPTED_FORMAT) throw damaged();
	if (e.formatVersion !== 1) {
		throw new BackupError(
			'newer-version',
			'This backup was made by a newer version of Spasm Log. Update the app, then restore again.'
		);
	}
	if (
		e.kdf !== 'PBKDF2-SHA-256' ||
		e.cipher !== 'AES-256-GCM' ||
		typeof e.iterations !== 'number' ||
		!Number.isInteger(e.iterations) ||
		e.iterations < PBKDF2_ITERATIONS ||
		e.iterations > MAX_ITERATIONS ||
		typeof e.salt !== 'string' ||
		typeof e.iv !== 'string' ||
		typeof e.ciphertext !== 'string'
	) {
		throw damaged();
	}
	let salt: Uint8Array<ArrayBuffer>, iv: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>;
	try {
		salt = fromBase64(e.salt);
		iv = fromBase64(e.iv);
		data = fromBase64(e.ciphertext);
	} catch {
		throw damaged();
	}
	if (salt.length < 16 || iv.length !== 12) throw damaged();
	const key = await deriveKey(passphrase, salt, e.iterations);
	let plain: ArrayBuffer;
	try {
		plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, data);
	} catch {
		// GCM cannot tell a wrong passphrase from a changed file; the passphrase is by far the likelier.
		throw new BackupError(
			'wrong-passphrase',
			'That passphrase does not open this backup. Nothing was changed.'
		);
	}
	return new TextDecoder().decode(plain);
}
