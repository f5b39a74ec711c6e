import { resolveThresholds, type Thresholds } from './thresholds';
import { cramps, count, formatDuration, times } from './wording';

/** Every rule, in the fixed order flags are returned and explained in. */
export const RULE_IDS = [
	'severe',
	'long-lasting',
	'nerve-signs',
	'visible-changes',
	'frequent',
	'rising',
	'no-clear-cause',
	'self-care-not-working'
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface RuleSource {
	name: string;
	url?: string;
}

export interface RuleDescription {
	id: RuleId;
	title: string;
	/** What the rule looks at in the logs, with the thresholds in use. */
	explanation: string;
	/** What the person might do; calm, never a diagnosis. */
	advice: string;
	sources: RuleSource[];
}

const MAYO: RuleSource = {
	name: 'Mayo Clinic, "Muscle cramp", When to see a doctor',
	url: 'https://www.mayoclinic.org/diseases-conditions/muscle-cramp/symptoms-causes/syc-20350820'
};
const MEDLINEPLUS: RuleSource = {
	name: 'MedlinePlus, "Muscle cramps", When to contact a medical professional',
	url: 'https://medlineplus.gov/ency/article/003193.htm'
};

/** Shown once on an explanation page, above the rules. */
export const RULES_DISCLAIMER =
	'These checks look for patterns in what you logged that common medical guidance says are worth ' +
	'mentioning to a doctor. They are not a diagnosis, and a match does not mean something is wrong. ' +
	'The numbers are this app’s defaults, not clinical cut-offs. If you are worried, talk to a doctor ' +
	'whether or not a check matches.';

function days(n: number): string {
	return n === 1 ? 'today' : `the last ${n} days`;
}

/** Titles, explanations and sources of every rule for the given thresholds, in the fixed rule order. */
export function describeRules(overrides: Partial<Thresholds> = {}): RuleDescription[] {
	const t = resolveThresholds(overrides);
	const recent = days(t.episodeWindowDays);
	return [
		{
			id: 'severe',
			title: 'Severe pain',
			explanation: `Looks for a cramp or spasm in ${recent} that you rated ${t.severeIntensity} or more out of 10.`,
			advice:
				'Very strong pain is worth mentioning to a doctor, especially if it keeps happening. Bring your log along.',
			sources: [MAYO, MEDLINEPLUS]
		},
		{
			id: 'long-lasting',
			title: 'Long-lasting episode',
			explanation:
				`Looks for a cramp or spasm in ${recent} that lasted ${formatDuration(t.longDurationSec)} or longer. ` +
				'Most last from a few seconds to a few minutes. Episodes without a logged length are not counted.',
			advice: 'Cramps that last much longer than usual are worth talking over with a doctor.',
			sources: [MEDLINEPLUS]
		},
		{
			id: 'nerve-signs',
			title: 'Weakness, numbness or tingling',
			explanation: `Looks for any episode in ${recent}, twitches included, where you noted weakness, or numbness, tingling or pins and needles.`,
			advice:
				'Weakness or a change in feeling alongside a spasm is a good reason to see a doctor, who can check the nerves and muscles.',
			sources: [MAYO]
		},
		{
			id: 'visible-changes',
			title: 'Swelling, redness or warmth',
			explanation: `Looks for any episode in ${recent}, twitches included, where you noted swelling, redness or warmth to the touch.`,
			advice: 'Swelling, redness or warmth where it hurts is worth having a doctor look at.',
			sources: [MAYO]
		},
		{
			id: 'frequent',
			title: 'Frequent cramps or spasms',
			explanation: `Counts the cramps and spasms (not twitches) in ${days(t.frequentWindowDays)}. Matches at ${cramps(t.frequentCount)} or more.`,
			advice: 'Cramps that keep coming back are worth mentioning to a doctor. Your log shows when and where.',
			sources: [MAYO, MEDLINEPLUS]
		},
		{
			id: 'rising',
			title: 'Becoming more frequent',
			explanation:
				`Compares the cramps and spasms (not twitches) of ${days(t.risingRecentDays)} with the weekly average ` +
				`of the ${count(t.risingBaselineDays, 'day')} before. Matches at ${cramps(t.risingMinCount)} or more ` +
				`that are also at least ${times(t.risingFactor)} that average. It needs logs going back at least ` +
				`${count(t.risingRecentDays + t.risingBaselineDays, 'day')}, so there is something to compare with.`,
			advice: 'Cramps becoming more frequent is worth talking over with a doctor.',
			sources: [MAYO, MEDLINEPLUS]
		},
		{
			id: 'no-clear-cause',
			title: 'No clear cause',
			explanation:
				`Counts the cramps and spasms (not twitches) in ${days(t.noCauseWindowDays)} that had neither ` +
				`exercise marked as a trigger nor exercise logged in the ${count(t.noCauseExerciseHours, 'hour')} ` +
				`before. Matches at ${cramps(t.noCauseCount)} or more.`,
			advice:
				'Cramps that keep happening without an obvious reason such as hard exercise are worth mentioning to a doctor.',
			sources: [MAYO]
		},
		{
			id: 'self-care-not-working',
			title: 'Self-care not easing them',
			explanation:
				`Looks at ${days(t.selfCareWindowDays)}: the water goal (including extra for exercise) met on at ` +
				`least ${count(t.selfCareWaterDays, 'day')}, stretching logged on at least ` +
				`${count(t.selfCareStretchDays, 'day')} and stretching or heat used for at least ` +
				`${count(t.selfCareReliefEpisodes, 'episode')}, yet cramps or spasms still on at least ` +
				`${count(t.selfCareEpisodeDays, 'day')}, and on no fewer days than in the ` +
				`${count(t.selfCareWindowDays, 'day')} before.`,
			advice:
				'You have kept up the self-care and the cramps are not easing. That is a good moment to talk to a doctor.',
			sources: [MAYO, MEDLINEPLUS]
		}
	];
}

/** The rules with the default thresholds. */
export const RULES: readonly RuleDescription[] = Object.freeze(describeRules());
