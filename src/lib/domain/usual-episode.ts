import type { SpasmEpisode } from './types';
import type { BodyLocation, EpisodeKind, Side } from './vocabulary';

export interface UsualEpisode {
	kind: EpisodeKind;
	location: BodyLocation;
	side: Side | null;
}

/** How many recent episodes the one-tap default looks at. */
export const USUAL_WINDOW = 10;

/**
 * What one tap records: the kind, place and side the person logged most often among their last
 * ten episodes, so a one-off (or a slip of the finger) does not become the next default. A tie goes
 * to the most recent. Null without any episode.
 */
export function usualEpisode(episodes: readonly SpasmEpisode[]): UsualEpisode | null {
	const recent = [...episodes]
		.sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt))
		.slice(0, USUAL_WINDOW);
	const counts = new Map<string, { usual: UsualEpisode; count: number; rank: number }>();
	recent.forEach((e, rank) => {
		const key = `${e.kind}|${e.location}|${e.side ?? ''}`;
		const entry = counts.get(key);
		if (entry) entry.count += 1;
		else counts.set(key, { usual: { kind: e.kind, location: e.location, side: e.side }, count: 1, rank });
	});
	let best: { usual: UsualEpisode; count: number; rank: number } | null = null;
	for (const entry of counts.values()) {
		if (!best || entry.count > best.count || (entry.count === best.count && entry.rank < best.rank))
			best = entry;
	}
	return best?.usual ?? null;
}
