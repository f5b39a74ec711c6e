import { describe, expect, it } from 'vitest';
import { evaluateRedFlags } from './index';
import { localInstant, LogFactory, logsOf } from '$test-support/log-factories';
import { describeRules, RULE_IDS, RULES, RULES_DISCLAIMER, type RuleId } from './rule-descriptions';
import type { Thresholds } from './thresholds';

const explanation = (id: RuleId, overrides: Partial<Thresholds> = {}) =>
	describeRules(overrides).find((r) => r.id === id)?.explanation ?? '';

describe('RULES', () => {
	it('lists every rule once, in the fixed order', () => {
		expect(RULES.map((r) => r.id)).toEqual(RULE_IDS);
	});

	it('is describeRules with the defaults', () => {
		expect(RULES).toEqual(describeRules());
	});
});

describe('explanations name the thresholds in use', () => {
	// prettier-ignore
	const cases: [name: string, id: RuleId, overrides: Partial<Thresholds>, phrase: string][] = [
		['severe, default', 'severe', {}, 'in the last 30 days that you rated 8 or more out of 10'],
		['severe, override', 'severe', { severeIntensity: 7 }, 'rated 7 or more'],
		['long-lasting, default', 'long-lasting', {}, 'lasted 10 minutes or longer'],
		['long-lasting, override', 'long-lasting', { longDurationSec: 300 }, 'lasted 5 minutes or longer'],
		['nerve-signs, twitches included', 'nerve-signs', {}, 'twitches included'],
		['visible-changes, the three signs', 'visible-changes', {}, 'swelling, redness or warmth to the touch'],
		['frequent, default', 'frequent', {}, 'in the last 7 days. Matches at 3 cramps or spasms or more'],
		['frequent, override', 'frequent', { frequentCount: 5, frequentWindowDays: 10 }, 'in the last 10 days. Matches at 5 cramps'],
		['rising, default', 'rising', {}, 'at least twice that average'],
		['rising, baseline', 'rising', {}, 'weekly average of the 21 days before'],
		['rising, history needed', 'rising', {}, 'at least 28 days'],
		['rising, override', 'rising', { risingFactor: 3 }, 'at least 3 times that average'],
		['no-clear-cause, default', 'no-clear-cause', {}, 'in the last 14 days that had neither exercise marked as a trigger nor exercise logged in the 24 hours before. Matches at 3 cramps'],
		['self-care, default', 'self-care-not-working', {}, 'the last 5 days: the water goal (including extra for exercise) met on at least 4 days, stretching logged on at least 3 days and stretching or heat used for at least 2 episodes, yet cramps or spasms still on at least 3 days'],
		['self-care, override', 'self-care-not-working', { selfCareWindowDays: 7 }, 'than in the 7 days before']
	];
	it.each(cases)('%s', (_name, id, overrides, phrase) => {
		expect(explanation(id, overrides)).toContain(phrase);
	});
});

describe('wording stays calm and never diagnoses', () => {
	const texts = RULES.flatMap((r) => [r.title, r.explanation, r.advice].map((text) => [r.id, text] as const));
	it.each(texts)('%s: %s', (_id, text) => {
		expect(text).not.toMatch(/diagnos|disease|disorder|emergency|danger|urgent|!/i);
	});
	it.each(RULES.map((r) => [r.id, r.advice]))('%s advice suggests a doctor', (_id, advice) => {
		expect(advice).toMatch(/doctor/);
	});
	it('the disclaimer says it is not a diagnosis and suggests a doctor', () => {
		expect(RULES_DISCLAIMER).toMatch(/not a diagnosis.*doctor/s);
	});
});

describe('sources', () => {
	it.each(RULES.map((r) => [r.id, r.sources]))(
		'%s cites public pages only (Mayo Clinic, MedlinePlus), each with a link',
		(_id, sources) => {
			expect(sources.length).toBeGreaterThan(0);
			for (const s of sources) {
				expect(s.name).toMatch(/Mayo Clinic|MedlinePlus/);
				expect(s.url).toMatch(/^https:\/\//);
			}
		}
	);
	it.each(RULES.flatMap((r) => r.sources.filter((s) => s.url).map((s) => [r.id, s.url])))(
		'%s links over https: %s',
		(_id, url) => {
			expect(url).toMatch(/^https:\/\//);
		}
	);
});

describe('flags carry their rule’s title and advice', () => {
	const tz = 'Europe/Berlin';
	const f = new LogFactory(7, tz);
	it('uses the description for the thresholds in use', () => {
		const logs = logsOf(f.episode('2026-06-15T09:00', { intensity: 7 }));
		const [flag] = evaluateRedFlags(logs, {
			now: localInstant('2026-06-15T20:00', tz),
			timeZone: tz,
			waterGoalMl: 2000,
			thresholds: { severeIntensity: 7 }
		});
		const rule = describeRules({ severeIntensity: 7 }).find((r) => r.id === 'severe');
		expect(flag && { id: flag.id, title: flag.title, advice: flag.advice }).toEqual({
			id: 'severe',
			title: rule?.title,
			advice: rule?.advice
		});
	});
});
