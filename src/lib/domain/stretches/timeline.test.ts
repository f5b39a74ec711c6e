import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StretchRoutine, StretchStep } from './routines';
import { getRoutine } from './routines';
import { GET_READY_SEC, buildTimeline, describeHold, formatCountdown, holdsOf, positionAt } from './timeline';

const FC_PARAMS = { seed: Number(process.env.FC_SEED) || 20261124, numRuns: 300 };

function step(id: string, holdSec: number, repetitions: number, sided: boolean): StretchStep {
	return {
		id,
		title: id,
		instructions: ['Do it gently.'],
		holdSec,
		repetitions,
		sides: sided ? { left: 'Left leg', right: 'Right leg' } : null
	};
}

function routine(...steps: StretchStep[]): StretchRoutine {
	return { id: 'calf', name: 'Test', summary: '', areas: ['calf'], steps };
}

const holdNames = (r: StretchRoutine) =>
	holdsOf(r).map((h) => `${h.step.id}:${h.side ?? 'both'}:${h.repetition}`);

describe('holdsOf', () => {
	it('does each repetition left then right', () => {
		expect(holdNames(routine(step('a', 30, 2, true)))).toEqual([
			'a:left:1',
			'a:right:1',
			'a:left:2',
			'a:right:2'
		]);
	});

	it('holds a stretch without sides once per repetition', () => {
		expect(holdNames(routine(step('b', 30, 3, false)))).toEqual(['b:both:1', 'b:both:2', 'b:both:3']);
	});

	it('keeps the order of the steps and numbers holds from 0', () => {
		const holds = holdsOf(routine(step('a', 30, 1, true), step('b', 20, 1, false)));
		expect(holds.map((h) => [h.index, h.stepIndex, h.step.id, h.side])).toEqual([
			[0, 0, 'a', 'left'],
			[1, 0, 'a', 'right'],
			[2, 1, 'b', null]
		]);
	});

	it('gives the calf routine 6 holds of 30 s', () => {
		const holds = holdsOf(getRoutine('calf')!);
		expect(holds.map((h) => h.step.holdSec)).toEqual([30, 30, 30, 30, 30, 30]);
	});
});

describe('buildTimeline', () => {
	it('puts a get-ready segment before every hold, back to back', () => {
		const t = buildTimeline(routine(step('a', 30, 1, true)));
		expect(t.segments.map((s) => [s.kind, s.hold.side, s.startSec, s.endSec])).toEqual([
			['get-ready', 'left', 0, GET_READY_SEC],
			['hold', 'left', GET_READY_SEC, GET_READY_SEC + 30],
			['get-ready', 'right', GET_READY_SEC + 30, 2 * GET_READY_SEC + 30],
			['hold', 'right', 2 * GET_READY_SEC + 30, 2 * GET_READY_SEC + 60]
		]);
		expect(t.totalSec).toBe(2 * GET_READY_SEC + 60);
	});

	it('can leave out the get-ready time', () => {
		const t = buildTimeline(routine(step('a', 30, 2, false)), 0);
		expect([t.segments.length, t.totalSec]).toEqual([2, 60]);
	});
});

describe('positionAt', () => {
	const t = buildTimeline(routine(step('a', 30, 1, true)));
	const at = (sec: number) => {
		const p = positionAt(t, sec);
		return [p.segmentIndex, p.segment?.kind ?? null, p.remainingSec, p.finished];
	};

	const cases: [label: string, sec: number, expected: unknown[]][] = [
		['at the start: getting ready', 0, [0, 'get-ready', 5, false]],
		['negative time counts as the start', -3, [0, 'get-ready', 5, false]],
		['NaN counts as the start', Number.NaN, [0, 'get-ready', 5, false]],
		['a boundary belongs to the next segment', 5, [1, 'hold', 30, false]],
		['inside the first hold', 12.5, [1, 'hold', 22.5, false]],
		['switching sides', 36, [2, 'get-ready', 4, false]],
		['last moment of the last hold', 69.5, [3, 'hold', 0.5, false]],
		['the end', 70, [4, null, 0, true]],
		['long after the end (a tab asleep in a pocket)', 9999, [4, null, 0, true]],
		['infinity is the start, not the end', Number.POSITIVE_INFINITY, [0, 'get-ready', 5, false]]
	];
	it.each(cases.map(([label, sec, expected]) => ({ label, sec, expected })))(
		'$label',
		({ sec, expected }) => {
			expect(at(sec)).toEqual(expected);
		}
	);

	it('always lands in the segment containing the time, with 0 < remaining ≤ its length', () => {
		const calf = buildTimeline(getRoutine('calf')!);
		fc.assert(
			fc.property(fc.double({ min: 0, max: calf.totalSec, noNaN: true, maxExcluded: true }), (sec) => {
				const p = positionAt(calf, sec);
				const s = p.segment!;
				expect([
					s.startSec <= sec && sec < s.endSec,
					p.remainingSec > 0 && p.remainingSec <= s.endSec - s.startSec
				]).toEqual([true, true]);
			}),
			FC_PARAMS
		);
	});
});

describe('formatCountdown', () => {
	const cases: [number, string][] = [
		[30, '0:30'],
		[29.01, '0:30'],
		[29, '0:29'],
		[0.2, '0:01'],
		[0, '0:00'],
		[-4, '0:00'],
		[95, '1:35'],
		[600, '10:00']
	];
	it.each(cases)('%s s → %s', (sec, text) => expect(formatCountdown(sec)).toBe(text));
});

describe('describeHold', () => {
	it('names the side and the round', () => {
		const [first] = holdsOf(routine(step('a', 30, 2, true)));
		expect(describeHold(first!)).toBe('Left leg, round 1 of 2');
	});

	it('leaves out the round when there is only one', () => {
		const [, second] = holdsOf(routine(step('a', 30, 1, true)));
		expect(describeHold(second!)).toBe('Right leg');
	});

	it('says both sides for a stretch without sides', () => {
		const [, second] = holdsOf(routine(step('b', 30, 2, false)));
		expect(describeHold(second!)).toBe('Both sides together, round 2 of 2');
	});
});
