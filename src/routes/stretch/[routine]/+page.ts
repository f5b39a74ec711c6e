import { error } from '@sveltejs/kit';
import { ROUTINE_IDS, getRoutine } from '$lib/domain/stretches';
import type { EntryGenerator, PageLoad } from './$types';

export const prerender = true;

/** One prerendered page per routine, so each works offline from the first visit. */
export const entries: EntryGenerator = () => ROUTINE_IDS.map((routine) => ({ routine }));

export const load: PageLoad = ({ params }) => {
	const routine = getRoutine(params.routine);
	if (!routine) error(404, 'There is no stretch routine at this address.');
	return { routineId: routine.id };
};
