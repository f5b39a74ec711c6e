import { describe, expect, it } from 'vitest';
import { referenceIntakes } from '../foods/reference-intakes';
import { dose, episode, logsOf } from '$test-support/log-factories';
import { doctorReport, reportMedications } from './doctor-report';

describe('report medications', () => {
	const doses = [
		dose('2026-03-24', 'Baclofen', { amount: 10 }),
		dose('2026-03-24', 'baclofen', { amount: 10, at: '2026-03-24T20:00:00.000+01:00' }),
		dose('2026-03-25', 'Baclofen', { amount: 20 }),
		dose('2026-03-26', 'Baclofen', { amount: 10 }),
		dose('2026-03-25', 'Magnesium', { kind: 'supplement', amount: 2, unit: 'tablet' })
	];

	it('groups doses by item, with days taken and each dose size', () => {
		expect(reportMedications(doses)).toEqual([
			{
				name: 'Baclofen',
				kind: 'medicine',
				days: 3,
				doses: 4,
				amounts: [
					{ dose: '10 mg', times: 3 },
					{ dose: '20 mg', times: 1 }
				],
				firstDay: '2026-03-24',
				lastDay: '2026-03-26'
			},
			{
				name: 'Magnesium',
				kind: 'supplement',
				days: 1,
				doses: 1,
				amounts: [{ dose: '2 tablets', times: 1 }],
				firstDay: '2026-03-25',
				lastDay: '2026-03-25'
			}
		]);
	});

	it('is empty with no doses', () => expect(reportMedications([])).toEqual([]));

	it('the report counts only doses inside its period', () => {
		const logs = logsOf(episode('2026-03-24'), {
			medications: [...doses, dose('2026-03-10', 'Zinc'), dose('2026-04-06', 'Zinc')]
		});
		const report = doctorReport(logs, {
			period: { from: '2026-03-23', to: '2026-04-05' },
			generatedAt: new Date('2026-04-06T09:00:00Z'),
			trackedStart: '2026-03-10',
			waterGoalMl: 2000,
			stretchGoalMin: 10,
			referenceMg: referenceIntakes('adult-female'),
			includeNotes: false
		});
		expect(report.medications.map((m) => [m.name, m.days, m.doses])).toEqual([
			['Baclofen', 3, 4],
			['Magnesium', 1, 1]
		]);
	});
});
