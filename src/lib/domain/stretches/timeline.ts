import type { StretchRoutine, StretchStep } from './routines';

/**
 * Seconds to get into position before each hold: long enough to put the phone down and switch
 * sides, short enough that the routine keeps moving.
 */
export const GET_READY_SEC = 5;

export type HoldSide = 'left' | 'right';

/** One timed hold: a step, on one side (or both at once), in one repetition. */
export interface Hold {
	/** 0-based position among the routine's holds. */
	index: number;
	stepIndex: number;
	step: StretchStep;
	side: HoldSide | null;
	/** 1-based repetition of this step. */
	repetition: number;
}

export interface Segment {
	kind: 'get-ready' | 'hold';
	hold: Hold;
	startSec: number;
	endSec: number;
}

export interface Timeline {
	holds: readonly Hold[];
	/** A get-ready segment before every hold, then the hold. */
	segments: readonly Segment[];
	totalSec: number;
}

/** The holds in the order they are done: per repetition, left then right. */
export function holdsOf(routine: StretchRoutine): Hold[] {
	const holds: Hold[] = [];
	routine.steps.forEach((step, stepIndex) => {
		for (let repetition = 1; repetition <= step.repetitions; repetition++) {
			const sides: (HoldSide | null)[] = step.sides ? ['left', 'right'] : [null];
			for (const side of sides) holds.push({ index: holds.length, stepIndex, step, side, repetition });
		}
	});
	return holds;
}

export function buildTimeline(routine: StretchRoutine, getReadySec = GET_READY_SEC): Timeline {
	const holds = holdsOf(routine);
	const segments: Segment[] = [];
	let t = 0;
	for (const hold of holds) {
		if (getReadySec > 0) {
			segments.push({ kind: 'get-ready', hold, startSec: t, endSec: t + getReadySec });
			t += getReadySec;
		}
		segments.push({ kind: 'hold', hold, startSec: t, endSec: t + hold.step.holdSec });
		t += hold.step.holdSec;
	}
	return { holds, segments, totalSec: t };
}

export interface Position {
	/** Index into `segments`; equals `segments.length` once finished. */
	segmentIndex: number;
	/** Null once the routine is finished. */
	segment: Segment | null;
	/** Seconds left in the current segment (fractional; show it rounded up). */
	remainingSec: number;
	finished: boolean;
}

/**
 * Where the routine stands after `elapsedSec` of active time. Computed from elapsed time alone,
 * never from counted ticks, so a throttled or suspended tab lands on the right hold when it wakes.
 */
export function positionAt(timeline: Timeline, elapsedSec: number): Position {
	const t = Math.max(0, Number.isFinite(elapsedSec) ? elapsedSec : 0);
	const { segments } = timeline;
	for (const [i, segment] of segments.entries()) {
		if (t < segment.endSec) {
			return { segmentIndex: i, segment, remainingSec: segment.endSec - t, finished: false };
		}
	}
	return { segmentIndex: segments.length, segment: null, remainingSec: 0, finished: true };
}

/** Minutes and seconds as a countdown shows them: 30 → '0:30', 95 → '1:35'. Rounds up. */
export function formatCountdown(seconds: number): string {
	const whole = Math.max(0, Math.ceil(seconds - 1e-9));
	const m = Math.floor(whole / 60);
	const s = whole % 60;
	return `${m}:${String(s).padStart(2, '0')}`;
}

/** What the person holds now, in words: 'Left leg, round 1 of 2'. */
export function describeHold(hold: Hold): string {
	const side = hold.side && hold.step.sides ? hold.step.sides[hold.side] : 'Both sides together';
	const rounds = hold.step.repetitions;
	return rounds > 1 ? `${side}, round ${hold.repetition} of ${rounds}` : side;
}
