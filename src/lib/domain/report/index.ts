/**
 * The report to take to a doctor: pure computation over the logs of a period (no Svelte, Dexie or DOM).
 * `doctorReport(logs, options)` returns every number the printed page shows, in its order; the page only
 * lays them out. `reportPeriod(choice, today, custom?)` turns the period picker into days.
 */
export {
	doctorReport,
	evidenceText,
	periodRedFlags,
	ratedIntensity,
	reportMedications
} from './doctor-report';
export type {
	AppendixRow,
	DoctorReport,
	DoctorReportOptions,
	HabitSummary,
	ReportComparison,
	ReportMedication,
	ReportRedFlag,
	ReportSummary,
	WeekRow
} from './doctor-report';
export { MAX_REPORT_DAYS, periodDays, REPORT_PERIODS, reportPeriod } from './report-period';
export type { ReportPeriod, ReportPeriodChoice } from './report-period';
export * from './report-format';
