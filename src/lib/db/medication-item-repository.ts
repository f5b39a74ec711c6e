import { validateMedicationItem, type MedicationItem } from '$lib/domain';
import type { SpasmLogDatabase } from './database';
import { guardWrite } from './errors';

/** The person's saved supplements and medicines, by name; validated before every write. */
export class MedicationItemRepository {
	constructor(private readonly db: SpasmLogDatabase) {}

	/** Adds or replaces an item (`put`: editing a saved item keeps its id). */
	async save(input: MedicationItem): Promise<MedicationItem> {
		const result = validateMedicationItem(input);
		if (!result.ok) throw result.error;
		await guardWrite(() =>
			this.db.write([this.db.medicationItems], () => this.db.medicationItems.put(result.value))
		);
		return result.value;
	}

	/** Deletes and returns what was deleted, so the caller can offer undo. Past doses stay. */
	async delete(id: string): Promise<MedicationItem | undefined> {
		return guardWrite(() =>
			this.db.write([this.db.medicationItems], async () => {
				const existing = await this.db.medicationItems.get(id);
				if (existing) await this.db.medicationItems.delete(id);
				return existing;
			})
		);
	}

	get(id: string): Promise<MedicationItem | undefined> {
		return this.db.medicationItems.get(id);
	}

	list(): Promise<MedicationItem[]> {
		return this.db.medicationItems.orderBy('name').toArray();
	}
}
