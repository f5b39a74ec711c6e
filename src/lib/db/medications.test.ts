import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discardDataLayer, openFreshDataLayer } from '$test-support/fresh-data-layer';
import { ValidationError, createMedicationDose, createMedicationItem, type DoseFields } from '$lib/domain';
import type { DataLayer } from './index';

const ctx = (iso: string) => ({ now: new Date(iso), timeZone: 'Europe/Berlin' });
const MAGNESIUM: DoseFields = {
	name: 'Magnesium citrate',
	kind: 'supplement',
	amount: 2,
	unit: 'tablet',
	mineral: 'magnesium',
	mineralMg: 300
};
const BACLOFEN: DoseFields = { name: 'Baclofen', kind: 'medicine', amount: 10, unit: 'mg' };

let data: DataLayer;

beforeEach(async () => {
	data = await openFreshDataLayer();
});

afterEach(() => discardDataLayer(data));

describe('medication doses', () => {
	it('are stored by local day and come back in every log query', async () => {
		// 23:30 UTC is already the next day in Berlin.
		const late = createMedicationDose(MAGNESIUM, ctx('2026-11-24T23:30:00Z'));
		const noon = createMedicationDose(BACLOFEN, ctx('2026-11-24T12:00:00Z'));
		await data.medications.add(late);
		await data.records.medications.add(noon);
		expect(late.day).toBe('2026-11-25');
		expect((await data.logsInRange('2026-11-25', '2026-11-25')).medications).toEqual([late]);
		expect((await data.allLogs()).medications).toEqual([noon, late]);
		expect(await data.firstDay()).toBe('2026-11-24');
	});

	it('reject a mineral on a medicine and leave the store unchanged', async () => {
		const bad = {
			...createMedicationDose(BACLOFEN, ctx('2026-11-24T12:00:00Z')),
			mineral: 'magnesium',
			mineralMg: 5
		};
		await expect(data.medications.add(bad as never)).rejects.toThrow(ValidationError);
		await expect(data.medications.add(bad as never)).rejects.toMatchObject({
			fields: { mineral: 'Only a supplement counts towards the mineral totals' }
		});
		expect(await data.medications.count()).toBe(0);
	});

	it('reject a mineral without its milligrams', async () => {
		const dose = createMedicationDose(MAGNESIUM, ctx('2026-11-24T12:00:00Z'));
		const { mineralMg: _, ...bad } = dose;
		await expect(data.medications.add(bad as never)).rejects.toMatchObject({
			fields: { mineralMg: 'Give the mineral and its milligrams together' }
		});
	});

	it('delete and restore (undo) round-trips the dose', async () => {
		const dose = await data.medications.add(createMedicationDose(MAGNESIUM, ctx('2026-11-24T08:00:00Z')));
		const deleted = await data.medications.delete(dose.id);
		expect(await data.medications.count()).toBe(0);
		await data.medications.restore(deleted!);
		expect(await data.medications.get(dose.id)).toEqual(dose);
	});
});

describe('saved medication items', () => {
	it('are listed by name and validated', async () => {
		const mg = await data.medicationItems.save(createMedicationItem(MAGNESIUM, ctx('2026-11-24T08:00:00Z')));
		const bac = await data.medicationItems.save(createMedicationItem(BACLOFEN, ctx('2026-11-24T08:00:00Z')));
		expect((await data.medicationItems.list()).map((i) => i.name)).toEqual([bac.name, mg.name]);
		await expect(data.medicationItems.save({ ...mg, amount: 0 })).rejects.toThrow(ValidationError);
		expect(await data.medicationItems.get(mg.id)).toEqual(mg);
	});

	it('deleting an item keeps the doses already taken', async () => {
		const item = await data.medicationItems.save(
			createMedicationItem(MAGNESIUM, ctx('2026-11-24T08:00:00Z'))
		);
		await data.medications.add(createMedicationDose(item, ctx('2026-11-24T09:00:00Z')));
		expect(await data.medicationItems.delete(item.id)).toEqual(item);
		expect(await data.medicationItems.list()).toEqual([]);
		expect(await data.medications.count()).toBe(1);
	});
});
