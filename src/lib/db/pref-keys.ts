/** Preference keys that the data layer writes together with a record. */
export const PREF_KEYS = {
	lastCustomWaterMl: 'lastCustomWaterMl',
	activeEpisode: 'activeEpisode',
	lastEpisode: 'lastEpisode'
} as const;
