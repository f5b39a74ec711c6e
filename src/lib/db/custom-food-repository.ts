import * as v from 'valibot';
import { ValidationError, type FieldIssue } from '$lib/domain';
import type { CustomFood, SpasmLogDatabase } from './database';
import { guardWrite } from './errors';

const mg = v.pipe(
	v.number('Must be a number'),
	v.finite('Must be a number'),
	v.minValue(0, 'Must be 0 or more'),
	v.maxValue(100_000, 'Too large')
);
const text = (max: number) =>
	v.pipe(
		v.string('Must be text'),
		v.transform((s) => s.trim()),
		v.minLength(1, 'Required'),
		v.maxLength(max, `At most ${max} characters`)
	);

const customFoodSchema = v.object({
	id: v.pipe(v.string(), v.uuid('Must be a UUID')),
	name: text(80),
	serving: text(80),
	mg: v.object({ magnesium: mg, potassium: mg, calcium: mg, sodium: mg }),
	createdAt: v.pipe(v.string(), v.isoTimestamp('Must be a date and time'))
});

export function validateCustomFood(
	input: unknown
): { ok: true; value: CustomFood } | { ok: false; error: ValidationError } {
	const result = v.safeParse(customFoodSchema, input);
	if (result.success) return { ok: true, value: result.output };
	const issues: FieldIssue[] = result.issues.map((i) => ({
		path: (i.path ?? []).map((p) => String(p.key)).join('.'),
		message: i.message
	}));
	return { ok: false, error: new ValidationError(issues) };
}

export class CustomFoodRepository {
	constructor(private readonly db: SpasmLogDatabase) {}

	async add(input: CustomFood): Promise<CustomFood> {
		const result = validateCustomFood(input);
		if (!result.ok) throw result.error;
		await guardWrite(() => this.db.customFoods.put(result.value));
		return result.value;
	}

	async delete(id: string): Promise<CustomFood | undefined> {
		const existing = await this.db.customFoods.get(id);
		if (existing) await guardWrite(() => this.db.customFoods.delete(id));
		return existing;
	}

	list(): Promise<CustomFood[]> {
		return this.db.customFoods.orderBy('name').toArray();
	}
}
