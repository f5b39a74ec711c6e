import * as v from 'valibot';
import { LIMITS } from './limits';
import type { MineralMg } from './types';
import { ValidationError, type FieldIssue, type Validated } from './validation';

/** A food the person defined, with minerals per serving. */
export interface CustomFood {
	id: string;
	name: string;
	serving: string;
	mg: MineralMg;
	createdAt: string;
}

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
	id: v.pipe(v.string('Must be text'), v.uuid('Must be a UUID')),
	name: text(LIMITS.customFoodTextChars),
	serving: text(LIMITS.customFoodTextChars),
	mg: v.object({ magnesium: mg, potassium: mg, calcium: mg, sodium: mg }),
	createdAt: v.pipe(v.string('Must be a date and time'), v.isoTimestamp('Must be a date and time'))
});

export function validateCustomFood(input: unknown): Validated<CustomFood> {
	try {
		const result = v.safeParse(customFoodSchema, input, {
			message: (issue) => (issue.path?.at(-1)?.origin === 'key' ? 'Required' : 'Not valid')
		});
		if (result.success) return { ok: true, value: result.output };
		const issues: FieldIssue[] = result.issues.map((i) => ({
			path: (i.path ?? []).map((p) => String(p.key)).join('.'),
			message: i.message
		}));
		return { ok: false, error: new ValidationError(issues) };
	} catch {
		return { ok: false, error: new ValidationError([{ path: '', message: 'Not a valid record' }]) };
	}
}
