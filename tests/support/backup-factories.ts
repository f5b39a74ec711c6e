// A small but complete backup: every kind of record, settings, a custom food, preferences and
// tombstones, with edge values. Not imported by app code.
import {
	createEpisode,
	createExerciseSession,
	createFoodServing,
	createStretchSession,
	createWaterIntake,
	type CustomFood
} from '$lib/domain';
import { emptyBackupData, type BackupData, type BackupRecord } from '$lib/domain/backup';

let n = 0;
const at = (iso: string) => ({
	now: new Date(iso),
	timeZone: 'Europe/Berlin',
	newId: () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`
});

export function sampleBackupData(): BackupData {
	n = 0;
	const data = emptyBackupData();
	const episode = createEpisode(
		{
			kind: 'cramp',
			location: 'calf',
			side: 'left',
			intensity: 7,
			durationSec: 95,
			triggers: ['exercise', 'my own words'],
			reliefs: [{ method: 'stretch', helped: 'a-lot' }],
			notes: 'Night cramp, “ünïcødé” ✓'
		},
		at('2026-11-24T01:10:00Z')
	);
	const custom: CustomFood = {
		id: '6a1f0c55-6c0e-4a8b-9d61-0a7e1c2b3d4e',
		name: 'Grandma’s soup',
		serving: '1 bowl',
		mg: { magnesium: 40, potassium: 500, calcium: 30, sodium: 800 },
		createdAt: '2026-11-20T18:00:00.000+01:00'
	};
	data.tables.episodes = [episode as unknown as BackupRecord];
	data.tables.water = [createWaterIntake({ ml: 250 }, at('2026-11-24T08:00:00Z')) as unknown as BackupRecord];
	data.tables.foods = [
		createFoodServing(
			{ foodId: 'custom:' + custom.id, name: custom.name, servings: 1.5, mgPerServing: custom.mg },
			at('2026-11-24T12:00:00Z')
		) as unknown as BackupRecord
	];
	data.tables.stretches = [
		createStretchSession(
			{ durationSec: 600, routine: 'calves', areas: ['calf', 'hamstring'] },
			at('2026-11-23T19:00:00Z')
		) as unknown as BackupRecord
	];
	data.tables.exercise = [
		createExerciseSession({ minutes: 45 }, at('2025-01-01T07:00:00Z')) as unknown as BackupRecord
	];
	data.tables.customFoods = [custom as unknown as BackupRecord];
	data.deletions = [
		{ id: '0b7d2a9e-1c3f-4e5a-8b6c-7d8e9f0a1b2c', kind: 'water', deletedAt: '2026-11-24T09:00:00.000+01:00' }
	];
	data.settings = {
		units: 'us',
		waterGoalMl: 2500,
		stretchGoalMin: 15,
		theme: 'dark',
		referenceGroup: 'adult-male'
	};
	data.preferences = { 'pref:favouriteFoods': ['banana', 'almonds'] };
	return data;
}
