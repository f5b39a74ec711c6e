/**
 * Every number in this folder traces back to one of these publications. Ids are stored in the
 * catalog data and never reused for a different publication.
 */
export const SOURCE_IDS = [
	'usda-sr-legacy',
	'ods-magnesium',
	'ods-potassium',
	'ods-calcium',
	'nasem-2019-sodium-potassium',
	'dga-2015-potassium'
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export interface Source {
	title: string;
	publisher: string;
	url: string;
	/** Edition or release, as the publisher names it. */
	edition: string;
	/** When the values were read for this catalog. */
	accessed: string;
	/** What this app takes from it. */
	usedFor: string;
	note?: string;
}

/** Per-mineral provenance of a catalog value: the SR Legacy row and its per-100 g amount. */
export interface SourceRef {
	source: SourceId;
	/** SR Legacy NDB number of the food row. */
	ndb: string;
	/** FoodData Central id, where confirmed; the NDB number alone identifies the row. */
	fdcId?: number;
	/** Milligrams per 100 g; the serving value is round(per100g × grams / 100). */
	per100g: number;
}

export const SOURCES: Readonly<Record<SourceId, Source>> = Object.freeze({
	'usda-sr-legacy': {
		title: 'USDA National Nutrient Database for Standard Reference, Legacy Release (SR Legacy)',
		publisher: 'U.S. Department of Agriculture, Agricultural Research Service, Nutrient Data Laboratory',
		url: 'https://fdc.nal.usda.gov/',
		edition: 'SR Legacy, April 2018 (the final SR28 data), distributed through FoodData Central',
		accessed: '2026-11-24',
		usedFor:
			'Magnesium, potassium, calcium and sodium per 100 g, and household portion weights, for every catalog food.',
		note:
			'Read from the SR28 abbreviated table file (ABBREV.txt: NDB_No, Shrt_Desc, ..., Calcium_mg, ' +
			'Magnesium_mg, Potassium_mg, Sodium_mg, GmWt_1/2) in a verbatim public copy ' +
			'(github.com/itgma/maxprotein, ABBREV.txt, commit 28de9da7cb7afcc592498a90770ea86277744d15), ' +
			'because the FoodData Central site itself could not be fetched. Look a food up in FoodData ' +
			'Central by its NDB number to re-check it.'
	},
	'ods-magnesium': {
		title: 'Magnesium: Fact Sheet for Health Professionals',
		publisher: 'National Institutes of Health, Office of Dietary Supplements',
		url: 'https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/',
		edition: 'Current online edition',
		accessed: '2026-11-24',
		usedFor:
			'Table 1 (RDAs) for the magnesium reference intakes; Table 2 (selected food sources) to cross-check catalog values.'
	},
	'ods-potassium': {
		title: 'Potassium: Fact Sheet for Health Professionals',
		publisher: 'National Institutes of Health, Office of Dietary Supplements',
		url: 'https://ods.od.nih.gov/factsheets/Potassium-HealthProfessional/',
		edition: 'Current online edition',
		accessed: '2026-11-24',
		usedFor:
			'Table 1 (AIs) for the potassium reference intakes; Table 2 (selected food sources) to cross-check catalog values.'
	},
	'ods-calcium': {
		title: 'Calcium: Fact Sheet for Health Professionals',
		publisher: 'National Institutes of Health, Office of Dietary Supplements',
		url: 'https://ods.od.nih.gov/factsheets/Calcium-HealthProfessional/',
		edition: 'Current online edition',
		accessed: '2026-11-24',
		usedFor:
			'Table 1 (RDAs) for the calcium reference intakes; Table 2 (selected food sources) to cross-check catalog values.'
	},
	'nasem-2019-sodium-potassium': {
		title: 'Dietary Reference Intakes for Sodium and Potassium',
		publisher: 'National Academies of Sciences, Engineering, and Medicine (National Academies Press)',
		url: 'https://doi.org/10.17226/25353',
		edition: '2019',
		accessed: '2026-11-24',
		usedFor:
			'Sodium AI (1,500 mg) and Chronic Disease Risk Reduction intake (2,300 mg); the potassium AIs the ODS fact sheet reproduces.'
	},
	'dga-2015-potassium': {
		title: 'Dietary Guidelines for Americans 2015–2020, Appendix 10: Food Sources of Potassium',
		publisher: 'U.S. Department of Health and Human Services and U.S. Department of Agriculture',
		url: 'https://health.gov/dietaryguidelines/2015/guidelines/appendix-10/',
		edition: '8th edition (2015)',
		accessed: '2026-11-24',
		usedFor: 'Cross-checks of potassium per standard portion (the table also gives mg per 100 g).'
	}
});
