import { createMedicationDose, createMedicationItem, type DoseFields } from '$lib/domain/records';
import type { MedicationDose, MedicationItem } from '$lib/domain/types';
import { formatDose, magnesiumLimitNote } from '$lib/domain/medications/supplement-minerals';
import type { DataLayer } from '$lib/db';
// The errors module, not the data layer's index: that would put Dexie on the first render's path.
import { StorageFullError } from '$lib/db/errors';
import type { FoodState } from './foods.svelte';
import { LiveQuery } from './live-query.svelte';
import type { RecordActions } from './record-actions';
import type { Snackbar } from './snackbar.svelte';
import type { TodayState } from './today.svelte';

/**
 * Supplements and medicines: the person's saved items with their usual dose, one-tap logging, and
 * today's doses. The app only records what the person entered; it never proposes an item or a dose.
 */
export class MedicationState {
	readonly #data: DataLayer;
	readonly #actions: RecordActions;
	readonly #snackbar: Snackbar;
	readonly #today: TodayState;
	#items: LiveQuery<MedicationItem[]>;

	/** Today's doses, newest first. */
	readonly doses: readonly MedicationDose[];
	/** The calm note when supplemental magnesium passed the NIH ODS adult upper limit, else null. */
	readonly magnesiumNote: string | null;

	constructor(
		data: DataLayer,
		today: TodayState,
		foods: FoodState,
		actions: RecordActions,
		snackbar: Snackbar
	) {
		this.#data = data;
		this.#actions = actions;
		this.#snackbar = snackbar;
		this.#today = today;
		this.#items = new LiveQuery(() => data.medicationItems.list(), []);
		this.doses = $derived([...today.logs.medications].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)));
		this.magnesiumNote = $derived(magnesiumLimitNote(foods.supplementTotals));
	}

	get items(): readonly MedicationItem[] {
		return this.#items.current;
	}

	get loaded(): boolean {
		return this.#items.loaded && this.#today.loaded;
	}

	/** How many doses of an item (by name) were logged today. */
	takenToday(name: string): number {
		return this.doses.filter((d) => d.name === name).length;
	}

	/** Logs the item's usual dose now; the snackbar (after commit) offers undo. */
	async take(item: MedicationItem): Promise<MedicationDose> {
		const saved = await this.#actions.add('medications', createMedicationDose(item));
		this.#snackbar.show(`Logged ${saved.name}, ${formatDose(saved.amount, saved.unit)}`, {
			label: 'Undo',
			run: () => this.#actions.remove('medications', saved.id, saved.name)
		});
		return saved;
	}

	removeDose(dose: MedicationDose): Promise<void> {
		return this.#actions.remove('medications', dose.id, dose.name);
	}

	/** Saves a new item; throws ValidationError with a message per field. */
	saveItem(fields: DoseFields): Promise<MedicationItem> {
		return this.#guard(() => this.#data.medicationItems.save(createMedicationItem(fields)));
	}

	/** Removes a saved item (doses already logged stay) and offers to put it back. */
	async removeItem(item: MedicationItem): Promise<void> {
		const deleted = await this.#guard(() => this.#data.medicationItems.delete(item.id));
		if (!deleted) return;
		this.#snackbar.show(`${deleted.name} removed from your list`, {
			label: 'Undo',
			run: async () => {
				await this.#guard(() => this.#data.medicationItems.save(deleted));
				this.#snackbar.show(`${deleted.name} is back on your list`);
			}
		});
	}

	async #guard<T>(write: () => Promise<T>): Promise<T> {
		try {
			return await write();
		} catch (error) {
			if (error instanceof StorageFullError) this.#snackbar.show(error.message);
			throw error;
		}
	}
}
