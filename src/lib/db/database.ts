import Dexie, { type EntityTable } from 'dexie';
import type {
	Deletion,
	ExerciseSession,
	FoodServing,
	CustomFood,
	SpasmEpisode,
	StretchSession,
	WaterIntake
} from '$lib/domain';
import { MIGRATIONS, type Migration } from './migrations';

export const DATABASE_NAME = 'spasm-log';

export type { CustomFood };

export interface KeyValue {
	key: string;
	value: unknown;
}

export class SpasmLogDatabase extends Dexie {
	episodes!: EntityTable<SpasmEpisode, 'id'>;
	water!: EntityTable<WaterIntake, 'id'>;
	foods!: EntityTable<FoodServing, 'id'>;
	stretches!: EntityTable<StretchSession, 'id'>;
	exercise!: EntityTable<ExerciseSession, 'id'>;
	customFoods!: EntityTable<CustomFood, 'id'>;
	kv!: EntityTable<KeyValue, 'key'>;
	deletions!: EntityTable<Deletion, 'id'>;

	/** `migrations` is only shortened by tests that build an old-version fixture. */
	constructor(name: string = DATABASE_NAME, migrations: readonly Migration[] = MIGRATIONS) {
		super(name);
		for (const m of migrations) {
			const version = this.version(m.version).stores(m.stores);
			if (m.upgrade) version.upgrade(m.upgrade);
		}
	}
}
