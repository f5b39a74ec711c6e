import { describe, expect, it } from 'vitest';
import { createEpisode } from './records';
import { usualEpisode } from './usual-episode';
import type { BodyLocation, EpisodeKind, Side } from './vocabulary';

let minute = 0;
function ep(kind: EpisodeKind, location: BodyLocation, side: Side | null = null) {
	minute += 1;
	return createEpisode(
		{ kind, location, side, startedAt: new Date(Date.UTC(2026, 10, 1, 8, minute)) },
		{ timeZone: 'UTC', now: new Date(Date.UTC(2026, 10, 2)) }
	);
}

describe('usualEpisode', () => {
	it('is null without episodes', () => {
		expect(usualEpisode([])).toBeNull();
	});

	it('picks the most frequent, not the last', () => {
		const logs = [ep('cramp', 'calf', 'left'), ep('cramp', 'calf', 'left'), ep('spasm', 'hamstring')];
		expect(usualEpisode(logs)).toEqual({ kind: 'cramp', location: 'calf', side: 'left' });
	});

	it('breaks a tie with the most recent', () => {
		const logs = [ep('cramp', 'calf'), ep('spasm', 'neck')];
		expect(usualEpisode(logs)).toEqual({ kind: 'spasm', location: 'neck', side: null });
	});

	it('looks at the last ten only', () => {
		const old = Array.from({ length: 6 }, () => ep('twitch', 'eyelid'));
		const recent = [
			...Array.from({ length: 4 }, () => ep('cramp', 'foot')),
			...Array.from({ length: 6 }, (_, i) => ep('spasm', i % 2 ? 'neck' : 'arm'))
		];
		expect(usualEpisode([...old, ...recent])).toEqual({ kind: 'cramp', location: 'foot', side: null });
	});

	it('does not depend on the order it is given', () => {
		const logs = [ep('cramp', 'calf'), ep('cramp', 'calf'), ep('twitch', 'calf')];
		expect(usualEpisode([...logs].reverse())).toEqual(usualEpisode(logs));
	});
});
