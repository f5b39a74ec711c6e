import {
	createCheckIn,
	deviceTimeZone,
	toOffsetIso,
	unreadableCheckIns,
	validateCheckIn,
	ValidationError,
	type CheckIn,
	type Day,
	type UnreadableRecord,
	type WriteContext
} from '$lib/domain';

import type { SpasmLogDatabase } from './database';
import { guardWrite } from './errors';

/**
 * Daily check-ins ("no spasms today"). At most one per day: answering twice keeps the first record,
 * so a double tap or a second tab never makes two.
 */
export class CheckInRepository {
	constructor(private readonly db: SpasmLogDatabase) {}

	/** Stores a check-in for `day` unless one exists; resolves with the stored record once committed. */
	async markNone(day: Day, context?: WriteContext): Promise<CheckIn> {
		const result = validateCheckIn(createCheckIn({ day }, context));
		if (!result.ok) throw result.error;
		const record = result.value;
		return guardWrite(() =>
			this.db.write([this.db.checkins], async () => {
				const existing = await this.db.checkins.where('day').equals(day).first();
				if (existing) return existing;
				await this.db.checkins.add(record);
				return record;
			})
		);
	}

	/** Puts a record back as it was (undo of a delete, or a restored backup row); validated first. */
	async restore(input: CheckIn): Promise<CheckIn> {
		const result = validateCheckIn(input);
		if (!result.ok) throw result.error;
		await guardWrite(() => this.db.write([this.db.checkins], () => this.db.checkins.put(result.value)));
		return result.value;
	}

	async delete(id: string): Promise<CheckIn | undefined> {
		return guardWrite(() =>
			this.db.write([this.db.checkins], async () => {
				const existing = await this.db.checkins.get(id);
				if (existing) await this.db.checkins.delete(id);
				return existing;
			})
		);
	}

	/** The stored check-ins that fail validation (listed in History with a Delete). */
	async unreadable(): Promise<UnreadableRecord[]> {
		return unreadableCheckIns(await this.db.checkins.toArray());
	}

	/**
	 * Deletes a row whatever it holds (an unreadable one cannot be validated) and returns it as
	 * stored, for an undo through `restoreAsStored`.
	 */
	async deleteAsStored(id: string, now: Date = new Date()): Promise<unknown> {
		return guardWrite(() =>
			this.db.write([this.db.checkins, this.db.deletions], async () => {
				const existing: unknown = await this.db.checkins.get(id);
				if (existing === undefined) return undefined;
				await this.db.checkins.delete(id);
				// The tombstone lets the delete travel in a backup, as for every other record.
				await this.db.deletions.put({ id, kind: 'checkins', deletedAt: toOffsetIso(now, deviceTimeZone()) });
				return existing;
			})
		);
	}

	/**
	 * Undo of `deleteAsStored`: puts back exactly what was stored, unvalidated (it stays set aside),
	 * and removes the tombstone, in one transaction.
	 */
	async restoreAsStored(stored: unknown): Promise<void> {
		const id = (stored as { id?: unknown } | null)?.id;
		if (typeof id !== 'string') throw new ValidationError([{ path: 'id', message: 'Required' }], 'checkins');
		await guardWrite(() =>
			this.db.write([this.db.checkins, this.db.deletions], async () => {
				await this.db.deletions.delete(id);
				await this.db.checkins.put(stored as CheckIn);
			})
		);
	}

	/** Check-ins whose day is in [from, to], by day. Unreadable ones are skipped (a backup keeps them). */
	async listByDayRange(from: Day, to: Day): Promise<CheckIn[]> {
		if (to < from) return [];
		// In day order already (the index); filtered after one getAll rather than row by row by a cursor.
		const rows = await this.db.checkins.where('day').between(from, to, true, true).toArray();
		return rows.filter(readable);
	}

	async all(): Promise<CheckIn[]> {
		return (await this.db.checkins.orderBy('day').toArray()).filter(readable);
	}

	async firstDay(): Promise<Day | undefined> {
		return (await this.db.checkins.orderBy('day').filter(readable).first())?.day;
	}

	async lastDayBefore(day: Day): Promise<Day | undefined> {
		return (await this.db.checkins.where('day').below(day).filter(readable).last())?.day;
	}
}

function readable(row: unknown): boolean {
	return validateCheckIn(row).ok;
}
