import { describe, expect, it } from 'vitest';
import { dose, episode, logsOf } from '$test-support/log-factories';
import { withMedicines, reliefEffectiveness, medicinesText } from '../stats/episode-breakdowns';
import { evaluateRedFlags } from './red-flags';

const now = new Date('2026-03-10T12:00:00Z');

describe('red flags list the supplements and medicines logged since their first episode', () => {
	it('names each item with its days, most first, and leaves out doses before the evidence', () => {
		const logs = logsOf(
			episode('2026-03-08', { intensity: 9 }),
			dose('2026-03-01', 'Zinc'),
			dose('2026-03-08', 'Baclofen'),
			dose('2026-03-09', 'baclofen '),
			dose('2026-03-09', 'Magnesium', { kind: 'supplement' })
		);
		const severe = evaluateRedFlags(logs, { now, timeZone: 'UTC', waterGoalMl: 2000 }).find(
			(f) => f.id === 'severe'
		)!;
		expect(severe.medications).toEqual([
			{ name: 'Baclofen', kind: 'medicine', days: 2 },
			{ name: 'Magnesium', kind: 'supplement', days: 1 }
		]);
	});

	it('is empty without doses', () => {
		const [flag] = evaluateRedFlags(logsOf(episode('2026-03-08', { intensity: 9 })), {
			now,
			timeZone: 'UTC',
			waterGoalMl: 2000
		});
		expect(flag!.medications).toEqual([]);
	});
});

describe('the medication relief lists the medicines logged those days', () => {
	const eased = (day: string) => episode(day, { reliefs: [{ method: 'medication', helped: 'a-lot' }] });
	const episodes = [eased('2026-03-01'), eased('2026-03-02'), episode('2026-03-03')];
	const doses = [
		dose('2026-03-01', 'Baclofen'),
		dose('2026-03-02', 'Baclofen'),
		dose('2026-03-02', 'Ibuprofen'),
		dose('2026-03-03', 'Paracetamol'),
		dose('2026-03-01', 'Magnesium', { kind: 'supplement' })
	];

	it('medicines only, on days medication was tried, most days first', () => {
		const [medication] = withMedicines(reliefEffectiveness(episodes), episodes, doses);
		expect(medication!.medicines).toEqual([
			{ name: 'Baclofen', days: 2 },
			{ name: 'Ibuprofen', days: 1 }
		]);
		expect(medicinesText(medication!)).toBe('Baclofen on 2 days, Ibuprofen on 1 day');
	});

	it('leaves other reliefs alone', () => {
		const stretched = [episode('2026-03-01', { reliefs: [{ method: 'stretch', helped: null }] })];
		expect(withMedicines(reliefEffectiveness(stretched), stretched, doses)).toEqual(
			reliefEffectiveness(stretched)
		);
	});
});
