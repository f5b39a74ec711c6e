import { validateCustomFood, type CustomFood } from '$lib/domain';
import type { SpasmLogDatabase } from './database';
import { guardWrite } from './errors';

export { validateCustomFood };

export class CustomFoodRepository {
	constructor(private readonly db: SpasmLogDatabase) {}

	async add(input: CustomFood): Promise<CustomFood> {
		const result = validateCustomFood(input);
		if (!result.ok) throw result.error;
		await guardWrite(() => this.db.write([this.db.customFoods], () => this.db.customFoods.put(result.value)));
		return result.value;
	}

	async delete(id: string): Promise<CustomFood | undefined> {
		return guardWrite(() =>
			this.db.write([this.db.customFoods], async () => {
				const existing = await this.db.customFoods.get(id);
				if (existing) await this.db.customFoods.delete(id);
				return existing;
			})
		);
	}

	list(): Promise<CustomFood[]> {
		return this.db.customFoods.orderBy('name').toArray();
	}
}
