import Dexie, { type EntityTable } from 'dexie';
import type {
	CheckIn,
	Deletion,
	ExerciseSession,
	FoodServing,
	MineralMg,
	SpasmEpisode,
	StretchSession,
	WaterIntake
} from '$lib/domain';
import { MIGRATIONS, type Migration } from './migrations';

export const DATABASE_NAME = 'spasm-log';

/** A food the person defined, with minerals per serving. */
export interface CustomFood {
	id: string;
	name: string;
	serving: string;
	mg: MineralMg;
	createdAt: string;
}

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
	checkins!: EntityTable<CheckIn, 'id'>;

	/** `migrations` is only shortened by tests that build an old-version fixture. */
	constructor(name: string = DATABASE_NAME, migrations: readonly Migration[] = MIGRATIONS) {
		super(name);
		for (const m of migrations) {
			const version = this.version(m.version).stores(m.stores);
			if (m.upgrade) version.upgrade(m.upgrade);
		}
	}
}
