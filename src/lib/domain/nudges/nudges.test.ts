import { describe, expect, it } from 'vitest';
import { expectedWaterMl, nudgesFor, pickNudge, type NudgeInput } from './nudges';

const BERLIN = 'Europe/Berlin';
const base = (over: Partial<NudgeInput> = {}): NudgeInput => ({
	now: new Date('2026-11-24T12:00:00Z'),
	timeZone: BERLIN,
	waterMl: 2000,
	waterGoalMl: 2000,
	running: null,
	yesterdayLogged: true,
	firstDay: '2026-11-01',
	dismissed: [],
	...over
});
const kinds = (input: NudgeInput) => nudgesFor(input).map((n) => n.kind);

describe('water pacing', () => {
	// Berlin is UTC+1 in winter: 12:00Z is 13:00 local, 5 of 14 waking hours → 714 → 700 ml.
	it('says how much is expected by now and how much was had', () => {
		expect(pickNudge(base({ waterMl: 300 }))).toEqual({
			kind: 'water-pacing',
			key: 'water:2026-11-24',
			expectedMl: 700,
			hadMl: 300
		});
	});
	it.each([
		['before 10:00 local', '2026-11-24T08:30:00Z', 0, false],
		['at 10:00 local, far behind', '2026-11-24T09:00:00Z', 0, true],
		['less than a glass behind', '2026-11-24T12:00:00Z', 500, false],
		['at 22:00 local the day is done', '2026-11-24T21:00:00Z', 0, false],
		['at 21:59 local, far behind', '2026-11-24T20:59:00Z', 0, true],
		// 23:30Z is 00:30 on the 25th in Berlin: a new day, nothing expected yet.
		['just after local midnight', '2026-11-24T23:30:00Z', 0, false]
	] as const)('%s', (_, iso, waterMl, shown) => {
		expect(kinds(base({ now: new Date(iso), waterMl })).includes('water-pacing')).toBe(shown);
	});
	it('on the spring-forward day paces by the wall clock: 13:00 expects what it always does', () => {
		// 2026-03-29: Berlin moves to UTC+2; 11:00Z is 13:00 local.
		const n = pickNudge(base({ now: new Date('2026-03-29T11:00:00Z'), waterMl: 0 }));
		expect(n).toMatchObject({ kind: 'water-pacing', expectedMl: 700, key: 'water:2026-03-29' });
	});
	it('on the fall-back day too (12:00Z is 13:00 local after the change)', () => {
		const n = pickNudge(base({ now: new Date('2026-10-25T12:00:00Z'), waterMl: 0 }));
		expect(n).toMatchObject({ expectedMl: 700, key: 'water:2026-10-25' });
	});
	it('dismissing quiets it for that day only', () => {
		expect(kinds(base({ waterMl: 0, dismissed: ['water:2026-11-24'] }))).toEqual([]);
		expect(
			kinds(base({ now: new Date('2026-11-25T12:00:00Z'), waterMl: 0, dismissed: ['water:2026-11-24'] }))
		).toEqual(['water-pacing']);
	});
	it('stays quiet on a first visit, before anything was logged, and speaks once something was', () => {
		expect(kinds(base({ waterMl: 0, firstDay: undefined }))).toEqual([]);
		expect(kinds(base({ waterMl: 0, firstDay: '2026-11-24' }))).toEqual(['water-pacing']);
	});
	it('expectedWaterMl is 0 before 08:00 and the goal from 22:00', () => {
		expect(expectedWaterMl(2000, 7 * 60)).toBe(0);
		expect(expectedWaterMl(2000, 23 * 60)).toBe(2000);
	});
});

describe('yesterday not logged', () => {
	it('asks about yesterday from 06:00 local', () => {
		expect(pickNudge(base({ yesterdayLogged: false, now: new Date('2026-11-24T05:00:00Z') }))).toEqual({
			kind: 'yesterday',
			key: 'yesterday:2026-11-23',
			day: '2026-11-23'
		});
	});
	it('stays quiet before 06:00 local, when yesterday may still be going', () => {
		expect(kinds(base({ yesterdayLogged: false, now: new Date('2026-11-24T04:59:00Z') }))).toEqual([]);
	});
	it('across midnight in the zone, "yesterday" is the local one, not UTC’s', () => {
		// 2026-11-24T23:30Z is 18:30 on the 24th in New York: yesterday is the 23rd.
		const n = pickNudge(
			base({
				timeZone: 'America/New_York',
				yesterdayLogged: false,
				now: new Date('2026-11-24T23:30:00Z'),
				waterMl: 5000
			})
		);
		expect(n).toMatchObject({ kind: 'yesterday', day: '2026-11-23' });
	});
	it('never before the person started logging', () => {
		expect(kinds(base({ yesterdayLogged: false, firstDay: '2026-11-24' }))).toEqual([]);
		expect(kinds(base({ yesterdayLogged: false, firstDay: undefined }))).toEqual([]);
	});
	it('on the day after spring-forward, yesterday is the short day', () => {
		const n = pickNudge(
			base({ yesterdayLogged: false, firstDay: '2026-03-01', now: new Date('2026-03-30T06:00:00Z') })
		);
		expect(n).toMatchObject({ day: '2026-03-29' });
	});
});

describe('running timer', () => {
	const running = (hoursAgo: number, now = new Date('2026-11-24T12:00:00Z')) => ({
		id: 'e1',
		startedAt: new Date(now.getTime() - hoursAgo * 3_600_000).toISOString()
	});
	it('speaks after two hours and comes first', () => {
		const n = nudgesFor(base({ running: running(3), yesterdayLogged: false, waterMl: 0 }));
		expect(n.map((x) => x.kind)).toEqual(['timer', 'yesterday', 'water-pacing']);
		expect(n[0]).toMatchObject({ hours: 3, key: 'timer:e1' });
	});
	it('is quiet for a normal episode', () => {
		expect(kinds(base({ running: running(1.9) }))).toEqual([]);
	});
	it('counts real hours across the fall-back change', () => {
		// Started 00:30 local (22:30Z) before the 03:00→02:00 change; at 03:30 local (02:30Z) 4 real hours passed.
		const now = new Date('2026-10-25T02:30:00Z');
		const n = pickNudge(base({ now, running: { id: 'e', startedAt: '2026-10-24T22:30:00.000Z' } }));
		expect(n).toMatchObject({ kind: 'timer', hours: 4 });
	});
});

describe('backup due', () => {
	it('says nothing where the app has no backup record', () => {
		expect(kinds(base())).toEqual([]);
	});
	it('asks after 14 days or when there never was one', () => {
		expect(kinds(base({ lastBackupAt: null }))).toEqual(['backup']);
		expect(kinds(base({ lastBackupAt: new Date('2026-11-10T12:00:00Z') }))).toEqual(['backup']);
		expect(kinds(base({ lastBackupAt: new Date('2026-11-11T12:00:01Z') }))).toEqual([]);
	});
});
