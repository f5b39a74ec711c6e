import { describe, expect, it } from 'vitest';
import { BackupError } from './backup-file';
import { PBKDF2_ITERATIONS, decryptBackup, encryptBackup } from './backup-crypto';

const json = JSON.stringify({ format: 'spasm-log-backup', note: 'ünïcødé ✓' });

describe('encrypted backups', () => {
	it('round-trips with the right passphrase, using the documented envelope', async () => {
		const envelope = await encryptBackup(json, 'correct horse');
		expect(envelope).toMatchObject({
			format: 'spasm-log-backup-encrypted',
			kdf: 'PBKDF2-SHA-256',
			cipher: 'AES-256-GCM',
			iterations: PBKDF2_ITERATIONS
		});
		expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
		expect(envelope.ciphertext).not.toContain('spasm-log-backup');
		expect(await decryptBackup(JSON.parse(JSON.stringify(envelope)), 'correct horse')).toBe(json);
	}, 30_000);

	it('says a wrong passphrase is wrong', async () => {
		const envelope = await encryptBackup(json, 'correct horse');
		const error = await decryptBackup(envelope, 'wrong horse').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(BackupError);
		expect((error as BackupError).code).toBe('wrong-passphrase');
	}, 30_000);

	it('uses a fresh salt and iv each time', async () => {
		const [a, b] = await Promise.all([encryptBackup(json, 'p'), encryptBackup(json, 'p')]);
		expect(a.salt).not.toBe(b.salt);
		expect(a.iv).not.toBe(b.iv);
	}, 30_000);

	it.each([
		['too few iterations', { iterations: 1000 }],
		['absurd iterations', { iterations: 1e12 }],
		['an unknown cipher', { cipher: 'ROT13' }],
		['a short iv', { iv: 'AAAA' }],
		['base64 that is not', { salt: '***' }]
	])(
		'refuses an envelope with %s before deriving a key',
		async (_name, change) => {
			const envelope = { ...(await encryptBackup(json, 'p')), ...change };
			const error = await decryptBackup(envelope, 'p').catch((e: unknown) => e);
			expect((error as BackupError).code).toBe('damaged');
		},
		30_000
	);
});
