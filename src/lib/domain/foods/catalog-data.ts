// Plain data: change a value only against its SR Legacy row, and keep the row and the serving together.
import type { Mineral } from '../vocabulary';
import type { FoodGroup } from './food-groups';
import type { SourceId } from './sources';

/** One USDA SR Legacy food row, as printed in the SR28 abbreviated file (ABBREV.txt). */
export interface SrLegacyRow {
	/** NDB number: the SR Legacy key, shown and searchable in FoodData Central. */
	ndb: string;
	/** FoodData Central id, only where it was confirmed while sourcing; the NDB number is the key. */
	fdcId?: number;
	/** The row's short description, verbatim. */
	description: string;
	/** Milligrams per 100 g edible portion. */
	per100g: Record<Mineral, number>;
}

export interface CatalogEntry {
	id: string;
	name: string;
	group: FoodGroup;
	/** Minerals this food (or its kind) is a named source of (NIH ODS fact sheets). */
	domainMinerals: Mineral[];
	aliases: string[];
	sr: SrLegacyRow;
	serving: string;
	grams: number;
	/** Where the gram weight comes from, so the arithmetic can be redone. */
	portion: string;
	/** Published per-serving values the computed ones must agree with (tested). */
	checks: { source: SourceId; mineral: Mineral; mg: number }[];
}

/** Ordered for browsing: the named electrolyte sources first (magnesium, potassium, calcium), then staples. */
export const CATALOG_ENTRIES: CatalogEntry[] = [
	{
		id: 'spinach-cooked',
		name: 'Spinach, cooked',
		group: 'vegetables',
		domainMinerals: ['magnesium'],
		aliases: ['spinach', 'leafy greens', 'greens'],
		sr: {
			ndb: '11458',
			fdcId: 168463,
			description: 'SPINACH,CKD,BLD,DRND,WO/ SALT',
			per100g: { magnesium: 87, potassium: 466, calcium: 136, sodium: 70 }
		},
		serving: '½ cup (90 g)',
		grams: 90,
		portion: "Half of the SR Legacy portion '1 cup' (180 g).",
		checks: [{ source: 'ods-magnesium', mineral: 'magnesium', mg: 78 }]
	},
	{
		id: 'spinach-raw',
		name: 'Spinach, raw',
		group: 'vegetables',
		domainMinerals: ['magnesium'],
		aliases: ['spinach', 'baby spinach', 'leafy greens', 'salad greens'],
		sr: {
			ndb: '11457',
			fdcId: 168462,
			description: 'SPINACH,RAW',
			per100g: { magnesium: 79, potassium: 558, calcium: 99, sodium: 79 }
		},
		serving: '2 cups (60 g)',
		grams: 60,
		portion: "Twice the SR Legacy portion '1 cup' (30 g).",
		checks: [{ source: 'ods-potassium', mineral: 'potassium', mg: 334 }]
	},
	{
		id: 'almonds-dry-roasted',
		name: 'Almonds, dry-roasted',
		group: 'nuts-seeds',
		domainMinerals: ['magnesium'],
		aliases: ['almond', 'nuts'],
		sr: {
			ndb: '12063',
			description: 'ALMONDS,DRY RSTD,WO/SALT',
			per100g: { magnesium: 279, potassium: 713, calcium: 268, sodium: 3 }
		},
		serving: '1 oz, about 22 kernels (28.35 g)',
		grams: 28.35,
		portion: "SR Legacy portion '1 oz (22 whole kernels)'.",
		checks: [{ source: 'ods-magnesium', mineral: 'magnesium', mg: 80 }]
	},
	{
		id: 'pumpkin-seeds-roasted',
		name: 'Pumpkin seeds, roasted',
		group: 'nuts-seeds',
		domainMinerals: ['magnesium'],
		aliases: ['pepitas', 'squash seeds', 'seeds'],
		sr: {
			ndb: '12016',
			description: 'PUMPKIN&SQUASH SD KRNLS,RSTD,WO/SALT',
			per100g: { magnesium: 550, potassium: 788, calcium: 52, sodium: 18 }
		},
		serving: '1 oz (28.35 g)',
		grams: 28.35,
		portion: "SR Legacy portion '1 oz'.",
		checks: [{ source: 'ods-magnesium', mineral: 'magnesium', mg: 156 }]
	},
	{
		id: 'whole-wheat-bread',
		name: 'Whole-wheat bread',
		group: 'grains',
		domainMinerals: ['magnesium'],
		aliases: ['wholemeal bread', 'whole grain bread', 'wholegrain', 'brown bread', 'wheat bread', 'toast'],
		sr: {
			ndb: '18075',
			description: 'BREAD,WHOLE-WHEAT,COMM. PREPARED',
			per100g: { magnesium: 75, potassium: 254, calcium: 161, sodium: 455 }
		},
		serving: '1 slice (32 g)',
		grams: 32,
		portion: "SR Legacy portion '1 slice'.",
		checks: [
			{ source: 'ods-potassium', mineral: 'potassium', mg: 81 },
			{ source: 'ods-magnesium', mineral: 'magnesium', mg: 23 }
		]
	},
	{
		id: 'brown-rice-cooked',
		name: 'Brown rice, cooked',
		group: 'grains',
		domainMinerals: ['magnesium'],
		aliases: ['rice', 'whole grain rice', 'wholegrain'],
		sr: {
			ndb: '20041',
			description: 'RICE,BROWN,MEDIUM-GRAIN,CKD',
			per100g: { magnesium: 44, potassium: 79, calcium: 10, sodium: 1 }
		},
		serving: '1 cup (195 g)',
		grams: 195,
		portion: "SR Legacy portion '1 cup' (medium-grain, cooked).",
		checks: [{ source: 'ods-potassium', mineral: 'potassium', mg: 154 }]
	},
	{
		id: 'oatmeal-cooked',
		name: 'Oatmeal, cooked with water',
		group: 'grains',
		domainMinerals: ['magnesium'],
		aliases: ['porridge', 'oats', 'rolled oats', 'whole grain', 'wholegrain'],
		sr: {
			ndb: '08121',
			description: 'CEREALS,OATS,REG & QUICK,UNENR,CKD W/ H2O,WO/ SALT',
			per100g: { magnesium: 27, potassium: 70, calcium: 9, sodium: 4 }
		},
		serving: '1 cup (234 g)',
		grams: 234,
		portion: "SR Legacy portion '1 cup'.",
		checks: []
	},
	{
		id: 'banana',
		name: 'Banana',
		group: 'fruits',
		domainMinerals: ['potassium'],
		aliases: ['bananas'],
		sr: {
			ndb: '09040',
			fdcId: 173944,
			description: 'BANANAS,RAW',
			per100g: { magnesium: 27, potassium: 358, calcium: 5, sodium: 1 }
		},
		serving: '1 medium (118 g)',
		grams: 118,
		portion:
			"SR Legacy portion '1 medium (7 to 7-7/8 in long)', 118 g; the ODS and DGA potassium tables give 422 mg for it.",
		checks: [
			{ source: 'ods-potassium', mineral: 'potassium', mg: 422 },
			{ source: 'dga-2015-potassium', mineral: 'potassium', mg: 422 },
			{ source: 'ods-magnesium', mineral: 'magnesium', mg: 32 }
		]
	},
	{
		id: 'avocado',
		name: 'Avocado',
		group: 'fruits',
		domainMinerals: ['potassium'],
		aliases: ['avocados', 'guacamole'],
		sr: {
			ndb: '09037',
			description: 'AVOCADOS,RAW,ALL COMM VAR',
			per100g: { magnesium: 29, potassium: 485, calcium: 12, sodium: 7 }
		},
		serving: '½ cup, cubed (75 g)',
		grams: 75,
		portion: "Half of the SR Legacy portion '1 cup, cubes' (150 g).",
		checks: [{ source: 'ods-magnesium', mineral: 'magnesium', mg: 22 }]
	},
	{
		id: 'sweet-potato-baked',
		name: 'Sweet potato, baked in skin',
		group: 'vegetables',
		domainMinerals: ['potassium'],
		aliases: ['sweet potatoes', 'sweetpotato', 'kumara'],
		sr: {
			ndb: '11508',
			description: 'SWEET POTATO,CKD,BKD IN SKN,FLESH,WO/ SALT',
			per100g: { magnesium: 27, potassium: 475, calcium: 38, sodium: 36 }
		},
		serving: '1 medium (114 g)',
		grams: 114,
		portion: "SR Legacy portion '1 medium', 114 g; DGA 2015 Appendix 10 lists 542 mg potassium for it.",
		checks: [{ source: 'dga-2015-potassium', mineral: 'potassium', mg: 542 }]
	},
	{
		id: 'yogurt-plain-low-fat',
		name: 'Yogurt, plain, low-fat',
		group: 'dairy',
		domainMinerals: ['potassium', 'calcium'],
		aliases: ['yoghurt', 'yogurt', 'natural yogurt', 'dairy'],
		sr: {
			ndb: '01117',
			description: 'YOGURT,PLN,LOFAT,12 GRAMS PROT PER 8 OZ',
			per100g: { magnesium: 17, potassium: 234, calcium: 183, sodium: 70 }
		},
		serving: '8 oz container (227 g)',
		grams: 227,
		portion: "SR Legacy portion '1 container (8 oz)'.",
		checks: [
			{ source: 'ods-calcium', mineral: 'calcium', mg: 415 },
			{ source: 'dga-2015-potassium', mineral: 'potassium', mg: 531 }
		]
	},
	{
		id: 'greek-yogurt-plain-nonfat',
		name: 'Greek yogurt, plain, nonfat',
		group: 'dairy',
		domainMinerals: ['potassium', 'calcium'],
		aliases: ['greek yoghurt', 'yoghurt', 'strained yogurt', 'dairy'],
		sr: {
			ndb: '01256',
			description: 'YOGURT,GREEK,PLN,NONFAT',
			per100g: { magnesium: 11, potassium: 141, calcium: 110, sodium: 36 }
		},
		serving: '6 oz container (170 g)',
		grams: 170,
		portion: "SR Legacy portion '1 container' (170 g).",
		checks: [{ source: 'ods-potassium', mineral: 'potassium', mg: 240 }]
	},
	{
		id: 'milk-2-percent',
		name: 'Milk, 2% (reduced-fat)',
		group: 'dairy',
		domainMinerals: ['calcium'],
		aliases: ['milk', 'semi-skimmed milk', 'cow milk', 'dairy'],
		sr: {
			ndb: '01079',
			description: 'MILK,RED FAT,FLUID,2% MILKFAT,W/ ADDED VIT A & VITAMIN D',
			per100g: { magnesium: 11, potassium: 140, calcium: 120, sodium: 47 }
		},
		serving: '1 cup (244 g)',
		grams: 244,
		portion: "SR Legacy portion '1 cup'.",
		checks: [{ source: 'ods-calcium', mineral: 'calcium', mg: 293 }]
	},
	{
		id: 'milk-whole',
		name: 'Milk, whole',
		group: 'dairy',
		domainMinerals: ['calcium'],
		aliases: ['milk', 'full-fat milk', 'cow milk', 'dairy'],
		sr: {
			ndb: '01077',
			description: 'MILK,WHL,3.25% MILKFAT,W/ ADDED VITAMIN D',
			per100g: { magnesium: 10, potassium: 132, calcium: 113, sodium: 43 }
		},
		serving: '1 cup (244 g)',
		grams: 244,
		portion: "SR Legacy portion '1 cup'.",
		checks: [{ source: 'ods-calcium', mineral: 'calcium', mg: 276 }]
	},
	{
		id: 'milk-skim',
		name: 'Milk, skim (nonfat)',
		group: 'dairy',
		domainMinerals: ['calcium'],
		aliases: ['milk', 'fat-free milk', 'skimmed milk', 'cow milk', 'dairy'],
		sr: {
			ndb: '01085',
			description: 'MILK,NONFAT,FLUID,W/ ADDED VIT A & VIT D (FAT FREE OR SKIM)',
			per100g: { magnesium: 11, potassium: 156, calcium: 122, sodium: 42 }
		},
		serving: '1 cup (245 g)',
		grams: 245,
		portion: "SR Legacy portion '1 cup'.",
		checks: [{ source: 'ods-calcium', mineral: 'calcium', mg: 299 }]
	},
	{
		id: 'cheddar-cheese',
		name: 'Cheddar cheese',
		group: 'dairy',
		domainMinerals: ['calcium'],
		aliases: ['cheese', 'cheddar', 'dairy'],
		sr: {
			ndb: '01009',
			description: 'CHEESE,CHEDDAR',
			per100g: { magnesium: 27, potassium: 76, calcium: 710, sodium: 653 }
		},
		serving: '1.5 oz (42.5 g)',
		grams: 42.5,
		portion: '1.5 oz at 28.35 g per oz, the dairy serving the ODS calcium table uses.',
		checks: []
	},
	{
		id: 'mozzarella-part-skim',
		name: 'Mozzarella, part-skim',
		group: 'dairy',
		domainMinerals: ['calcium'],
		aliases: ['cheese', 'mozzarella cheese', 'dairy'],
		sr: {
			ndb: '01028',
			description: 'CHEESE,MOZZARELLA,PART SKIM MILK',
			per100g: { magnesium: 23, potassium: 84, calcium: 782, sodium: 619 }
		},
		serving: '1.5 oz (42.5 g)',
		grams: 42.5,
		portion: '1.5 oz at 28.35 g per oz (SR Legacy portion 1 oz = 28.35 g).',
		checks: [
			{ source: 'ods-calcium', mineral: 'calcium', mg: 333 },
			{ source: 'ods-potassium', mineral: 'potassium', mg: 36 }
		]
	},
	{
		id: 'cottage-cheese-1-percent',
		name: 'Cottage cheese, 1% fat',
		group: 'dairy',
		domainMinerals: ['calcium'],
		aliases: ['cheese', 'curd cheese', 'dairy'],
		sr: {
			ndb: '01016',
			description: 'CHEESE,COTTAGE,LOWFAT,1% MILKFAT',
			per100g: { magnesium: 5, potassium: 86, calcium: 61, sodium: 406 }
		},
		serving: '½ cup (113 g)',
		grams: 113,
		portion: "SR Legacy portion '4 oz' (113 g), half of its '1 cup, not packed' (226 g).",
		checks: []
	},
	{
		id: 'soy-milk-fortified',
		name: 'Soy milk, calcium-fortified, unsweetened',
		group: 'dairy',
		domainMinerals: ['calcium'],
		aliases: ['soya milk', 'soymilk', 'plant milk', 'fortified plant milk', 'non-dairy milk', 'milk'],
		sr: {
			ndb: '16222',
			description: 'SOYMILK (ALL FLAVORS),UNSWTND,W/ ADDED CA,VITAMINS A & D',
			per100g: { magnesium: 16, potassium: 120, calcium: 124, sodium: 37 }
		},
		serving: '1 cup (243 g)',
		grams: 243,
		portion: "SR Legacy portion '1 cup'.",
		checks: [{ source: 'ods-calcium', mineral: 'calcium', mg: 299 }]
	},
	{
		id: 'kale-raw',
		name: 'Kale, raw',
		group: 'vegetables',
		domainMinerals: ['calcium'],
		aliases: ['kale', 'leafy greens', 'greens', 'salad greens'],
		sr: {
			ndb: '11233',
			description: 'KALE,RAW',
			per100g: { magnesium: 47, potassium: 491, calcium: 150, sodium: 38 }
		},
		serving: '1 cup, loosely packed (16 g)',
		grams: 16,
		portion: "SR Legacy portion '1 cup, 1 in pieces, loosely packed'.",
		checks: [{ source: 'ods-calcium', mineral: 'calcium', mg: 24 }]
	},
	{
		id: 'kale-cooked',
		name: 'Kale, cooked',
		group: 'vegetables',
		domainMinerals: ['calcium'],
		aliases: ['kale', 'leafy greens', 'greens'],
		sr: {
			ndb: '11234',
			description: 'KALE,CKD,BLD,DRND,WO/SALT',
			per100g: { magnesium: 18, potassium: 228, calcium: 72, sodium: 23 }
		},
		serving: '1 cup, chopped (130 g)',
		grams: 130,
		portion: "SR Legacy portion '1 cup, chopped'.",
		checks: [{ source: 'ods-calcium', mineral: 'calcium', mg: 94 }]
	},
	{
		id: 'black-beans-cooked',
		name: 'Black beans, cooked',
		group: 'legumes-soy',
		domainMinerals: [],
		aliases: ['beans', 'black turtle beans', 'legumes'],
		sr: {
			ndb: '16015',
			description: 'BEANS,BLACK,MATURE SEEDS,CKD,BLD,WO/SALT',
			per100g: { magnesium: 70, potassium: 355, calcium: 27, sodium: 1 }
		},
		serving: '½ cup (86 g)',
		grams: 86,
		portion: "Half of the SR Legacy portion '1 cup' (172 g).",
		checks: [{ source: 'ods-magnesium', mineral: 'magnesium', mg: 60 }]
	},
	{
		id: 'edamame-cooked',
		name: 'Edamame (green soybeans), cooked',
		group: 'legumes-soy',
		domainMinerals: [],
		aliases: ['soybeans', 'soya beans', 'green soybeans', 'legumes'],
		sr: {
			ndb: '11451',
			description: 'SOYBEANS,GRN,CKD,BLD,DRND,WO/SALT',
			per100g: { magnesium: 60, potassium: 539, calcium: 145, sodium: 14 }
		},
		serving: '½ cup (90 g)',
		grams: 90,
		portion:
			"Half of the SR Legacy portion '1 cup' (180 g); DGA 2015 Appendix 10 lists 485 mg potassium for ½ cup.",
		checks: [{ source: 'dga-2015-potassium', mineral: 'potassium', mg: 485 }]
	},
	{
		id: 'peanut-butter-smooth',
		name: 'Peanut butter, smooth, unsalted',
		group: 'legumes-soy',
		domainMinerals: [],
		aliases: ['peanut', 'pb', 'nut butter'],
		sr: {
			ndb: '16398',
			description: 'PEANUT BUTTER,SMOOTH STYLE,WO/SALT',
			per100g: { magnesium: 168, potassium: 558, calcium: 49, sodium: 17 }
		},
		serving: '2 tbsp (32 g)',
		grams: 32,
		portion: "SR Legacy portion '2 tbsp'.",
		checks: []
	},
	{
		id: 'peanuts-dry-roasted',
		name: 'Peanuts, dry-roasted, unsalted',
		group: 'legumes-soy',
		domainMinerals: [],
		aliases: ['peanut', 'groundnuts', 'nuts'],
		sr: {
			ndb: '16390',
			description: 'PEANUTS,ALL TYPES,DRY-ROASTED,WO/SALT',
			per100g: { magnesium: 178, potassium: 634, calcium: 58, sodium: 6 }
		},
		serving: '1 oz (28.35 g)',
		grams: 28.35,
		portion: "SR Legacy portion '1 oz'.",
		checks: []
	},
	{
		id: 'potato-baked',
		name: 'Potato, baked with skin',
		group: 'vegetables',
		domainMinerals: [],
		aliases: ['potatoes', 'jacket potato', 'baked potato'],
		sr: {
			ndb: '11674',
			description: 'POTATOES,BKD,FLESH & SKN,WO/ SALT',
			per100g: { magnesium: 28, potassium: 535, calcium: 15, sodium: 10 }
		},
		serving: '1 potato (148 g)',
		grams: 148,
		portion: "SR Legacy portion '1 NLEA serving' (148 g).",
		checks: []
	},
	{
		id: 'salmon-atlantic-cooked',
		name: 'Salmon, Atlantic, farmed, cooked',
		group: 'fish-meat-eggs',
		domainMinerals: [],
		aliases: ['salmon', 'fish'],
		sr: {
			ndb: '15237',
			description: 'SALMON,ATLANTIC,FARMED,CKD,DRY HEAT',
			per100g: { magnesium: 30, potassium: 384, calcium: 15, sodium: 61 }
		},
		serving: '3 oz (85 g)',
		grams: 85,
		portion: "SR Legacy portion '3 oz'.",
		checks: [
			{ source: 'ods-potassium', mineral: 'potassium', mg: 326 },
			{ source: 'ods-magnesium', mineral: 'magnesium', mg: 26 }
		]
	},
	{
		id: 'chicken-breast-roasted',
		name: 'Chicken breast, roasted',
		group: 'fish-meat-eggs',
		domainMinerals: [],
		aliases: ['chicken', 'poultry', 'meat'],
		sr: {
			ndb: '05064',
			description: 'CHICKEN,BROILERS OR FRYERS,BREAST,MEAT ONLY,CKD,RSTD',
			per100g: { magnesium: 29, potassium: 256, calcium: 15, sodium: 74 }
		},
		serving: '3 oz (85 g)',
		grams: 85,
		portion: '3 oz at 28.35 g per oz.',
		checks: []
	},
	{
		id: 'egg-large',
		name: 'Egg, large',
		group: 'fish-meat-eggs',
		domainMinerals: [],
		aliases: ['eggs', 'egg', 'boiled egg', 'scrambled egg'],
		sr: {
			ndb: '01123',
			fdcId: 171287,
			description: 'EGG,WHL,RAW,FRSH',
			per100g: { magnesium: 12, potassium: 138, calcium: 56, sodium: 142 }
		},
		serving: '1 large (50 g)',
		grams: 50,
		portion: "SR Legacy portion '1 large'.",
		checks: [{ source: 'ods-potassium', mineral: 'potassium', mg: 69 }]
	},
	{
		id: 'orange-juice',
		name: 'Orange juice',
		group: 'drinks',
		domainMinerals: [],
		aliases: ['oj', 'juice'],
		sr: {
			ndb: '09206',
			description: 'ORANGE JUICE,RAW',
			per100g: { magnesium: 11, potassium: 200, calcium: 11, sodium: 1 }
		},
		serving: '1 cup (248 g)',
		grams: 248,
		portion: "SR Legacy portion '1 cup'.",
		checks: [
			{ source: 'ods-potassium', mineral: 'potassium', mg: 496 },
			{ source: 'dga-2015-potassium', mineral: 'potassium', mg: 496 }
		]
	},
	{
		id: 'tomato',
		name: 'Tomato, raw',
		group: 'vegetables',
		domainMinerals: [],
		aliases: ['tomatoes'],
		sr: {
			ndb: '11529',
			description: 'TOMATOES,RED,RIPE,RAW,YEAR RND AVERAGE',
			per100g: { magnesium: 11, potassium: 237, calcium: 10, sodium: 5 }
		},
		serving: '1 medium (123 g)',
		grams: 123,
		portion:
			"SR Legacy portion '1 medium whole (2-3/5 in dia)', 123 g; the ODS potassium table gives 292 mg for it.",
		checks: [{ source: 'ods-potassium', mineral: 'potassium', mg: 292 }]
	},
	{
		id: 'broccoli-cooked',
		name: 'Broccoli, cooked',
		group: 'vegetables',
		domainMinerals: [],
		aliases: ['broccoli', 'greens'],
		sr: {
			ndb: '11091',
			fdcId: 169967,
			description: 'BROCCOLI,CKD,BLD,DRND,WO/SALT',
			per100g: { magnesium: 21, potassium: 293, calcium: 40, sodium: 41 }
		},
		serving: '½ cup, chopped (78 g)',
		grams: 78,
		portion: "SR Legacy portion '.5 cup, chopped'.",
		checks: [{ source: 'ods-potassium', mineral: 'potassium', mg: 229 }]
	},
	{
		id: 'broccoli-raw',
		name: 'Broccoli, raw',
		group: 'vegetables',
		domainMinerals: [],
		aliases: ['broccoli', 'greens'],
		sr: {
			ndb: '11090',
			description: 'BROCCOLI,RAW',
			per100g: { magnesium: 21, potassium: 316, calcium: 47, sodium: 33 }
		},
		serving: '1 cup, chopped (91 g)',
		grams: 91,
		portion: "SR Legacy portion '1 cup, chopped'.",
		checks: []
	},
	{
		id: 'lentils-cooked',
		name: 'Lentils, cooked',
		group: 'legumes-soy',
		domainMinerals: [],
		aliases: ['lentil', 'dal', 'dhal', 'legumes'],
		sr: {
			ndb: '16070',
			description: 'LENTILS,MATURE SEEDS,CKD,BLD,WO/SALT',
			per100g: { magnesium: 36, potassium: 369, calcium: 19, sodium: 2 }
		},
		serving: '½ cup (99 g)',
		grams: 99,
		portion: "Half of the SR Legacy portion '1 cup' (198 g).",
		checks: []
	},
	{
		id: 'cashews-dry-roasted',
		name: 'Cashews, dry-roasted',
		group: 'nuts-seeds',
		domainMinerals: [],
		aliases: ['cashew', 'cashew nuts', 'nuts'],
		sr: {
			ndb: '12085',
			description: 'CASHEW NUTS,DRY RSTD,WO/SALT',
			per100g: { magnesium: 260, potassium: 565, calcium: 45, sodium: 16 }
		},
		serving: '1 oz (28.35 g)',
		grams: 28.35,
		portion: '1 oz at 28.35 g per oz.',
		checks: [{ source: 'ods-magnesium', mineral: 'magnesium', mg: 74 }]
	},
	{
		id: 'dark-chocolate-70-85',
		name: 'Dark chocolate, 70–85% cacao',
		group: 'treats',
		domainMinerals: [],
		aliases: ['chocolate', 'cacao', 'cocoa'],
		sr: {
			ndb: '19904',
			description: 'CHOCOLATE,DK,70-85% CACAO SOL',
			per100g: { magnesium: 228, potassium: 715, calcium: 73, sodium: 20 }
		},
		serving: '1 oz (28.35 g)',
		grams: 28.35,
		portion: "SR Legacy portion '1 oz'.",
		checks: []
	},
	{
		id: 'tofu-firm-calcium-set',
		name: 'Tofu, firm, calcium-set',
		group: 'legumes-soy',
		domainMinerals: [],
		aliases: ['tofu', 'bean curd', 'soy'],
		sr: {
			ndb: '16426',
			description: 'TOFU,RAW,FIRM,PREP W/CA SULFATE',
			per100g: { magnesium: 58, potassium: 237, calcium: 683, sodium: 14 }
		},
		serving: '½ cup (126 g)',
		grams: 126,
		portion:
			"SR Legacy portion '.5 cup'. Made with calcium sulfate; tofu set with other coagulants has far less calcium.",
		checks: []
	},
	{
		id: 'raisins',
		name: 'Raisins',
		group: 'fruits',
		domainMinerals: [],
		aliases: ['raisin', 'sultanas', 'dried fruit'],
		sr: {
			ndb: '09298',
			description: 'RAISINS,SEEDLESS',
			per100g: { magnesium: 32, potassium: 749, calcium: 50, sodium: 11 }
		},
		serving: '½ cup, not packed (72.5 g)',
		grams: 72.5,
		portion: "Half of the SR Legacy portion '1 cup, not packed' (145 g).",
		checks: [{ source: 'ods-magnesium', mineral: 'magnesium', mg: 23 }]
	},
	{
		id: 'dried-apricots',
		name: 'Apricots, dried',
		group: 'fruits',
		domainMinerals: [],
		aliases: ['apricot', 'dried apricots', 'dried fruit'],
		sr: {
			ndb: '09032',
			description: 'APRICOTS,DRIED,SULFURED,UNCKD',
			per100g: { magnesium: 32, potassium: 1162, calcium: 55, sodium: 10 }
		},
		serving: '½ cup, halves (65 g)',
		grams: 65,
		portion: "Half of the SR Legacy portion '1 cup, halves' (130 g).",
		checks: []
	},
	{
		id: 'cantaloupe',
		name: 'Cantaloupe',
		group: 'fruits',
		domainMinerals: [],
		aliases: ['melon', 'rockmelon', 'muskmelon'],
		sr: {
			ndb: '09181',
			description: 'MELONS,CANTALOUPE,RAW',
			per100g: { magnesium: 12, potassium: 267, calcium: 9, sodium: 16 }
		},
		serving: '½ cup, cubed (80 g)',
		grams: 80,
		portion: "Half of the SR Legacy portion '1 cup, cubes' (160 g).",
		checks: [{ source: 'ods-potassium', mineral: 'potassium', mg: 214 }]
	},
	{
		id: 'orange-navel',
		name: 'Orange, navel',
		group: 'fruits',
		domainMinerals: [],
		aliases: ['orange', 'oranges'],
		sr: {
			ndb: '09202',
			description: 'ORANGES,RAW,NAVELS',
			per100g: { magnesium: 11, potassium: 166, calcium: 43, sodium: 1 }
		},
		serving: '1 orange (140 g)',
		grams: 140,
		portion: "SR Legacy portion '1 fruit (2-7/8 in dia)'.",
		checks: []
	},
	{
		id: 'apple',
		name: 'Apple, with skin',
		group: 'fruits',
		domainMinerals: [],
		aliases: ['apples'],
		sr: {
			ndb: '09003',
			description: 'APPLES,RAW,WITH SKIN',
			per100g: { magnesium: 5, potassium: 107, calcium: 6, sodium: 1 }
		},
		serving: '1 medium (182 g)',
		grams: 182,
		portion: "SR Legacy portion '1 medium (3 in dia)', 182 g; the ODS potassium table gives 195 mg for it.",
		checks: [
			{ source: 'ods-potassium', mineral: 'potassium', mg: 195 },
			{ source: 'ods-magnesium', mineral: 'magnesium', mg: 9 }
		]
	},
	{
		id: 'carrot-raw',
		name: 'Carrot, raw',
		group: 'vegetables',
		domainMinerals: [],
		aliases: ['carrots'],
		sr: {
			ndb: '11124',
			description: 'CARROTS,RAW',
			per100g: { magnesium: 12, potassium: 320, calcium: 33, sodium: 69 }
		},
		serving: '½ cup, chopped (64 g)',
		grams: 64,
		portion: "Half of the SR Legacy portion '1 cup, chopped' (128 g).",
		checks: []
	},
	{
		id: 'white-rice-cooked',
		name: 'White rice, cooked',
		group: 'grains',
		domainMinerals: [],
		aliases: ['rice', 'long-grain rice'],
		sr: {
			ndb: '20045',
			description: 'RICE,WHITE,LONG-GRAIN,REG,ENR,CKD',
			per100g: { magnesium: 12, potassium: 35, calcium: 10, sodium: 1 }
		},
		serving: '1 cup (158 g)',
		grams: 158,
		portion: "SR Legacy portion '1 cup' (long-grain, enriched).",
		checks: []
	},
	{
		id: 'pasta-cooked',
		name: 'Pasta, cooked',
		group: 'grains',
		domainMinerals: [],
		aliases: ['spaghetti', 'macaroni', 'noodles'],
		sr: {
			ndb: '20121',
			description: 'PASTA,CKD,ENR,WO/ ADDED SALT',
			per100g: { magnesium: 18, potassium: 44, calcium: 7, sodium: 1 }
		},
		serving: '1 cup (124 g)',
		grams: 124,
		portion: "SR Legacy portion '1 cup, spaghetti not packed' (enriched, no salt added).",
		checks: []
	},
	{
		id: 'tuna-light-canned',
		name: 'Tuna, light, canned in water',
		group: 'fish-meat-eggs',
		domainMinerals: [],
		aliases: ['tuna', 'fish'],
		sr: {
			ndb: '15121',
			description: 'FISH,TUNA,LT,CND IN H2O,DRND SOL',
			per100g: { magnesium: 23, potassium: 179, calcium: 17, sodium: 247 }
		},
		serving: '3 oz, drained (85 g)',
		grams: 85,
		portion: "SR Legacy portion '3 oz'.",
		checks: [{ source: 'ods-potassium', mineral: 'potassium', mg: 153 }]
	},
	{
		id: 'sardines-canned',
		name: 'Sardines, canned in oil, with bones',
		group: 'fish-meat-eggs',
		domainMinerals: [],
		aliases: ['sardine', 'fish'],
		sr: {
			ndb: '15088',
			description: 'SARDINE,ATLANTIC,CND IN OIL,DRND SOL W/BONE',
			per100g: { magnesium: 39, potassium: 397, calcium: 382, sodium: 307 }
		},
		serving: '3 oz, drained (85 g)',
		grams: 85,
		portion: '3 oz at 28.35 g per oz.',
		checks: [{ source: 'ods-calcium', mineral: 'calcium', mg: 325 }]
	},
	{
		id: 'chia-seeds',
		name: 'Chia seeds',
		group: 'nuts-seeds',
		domainMinerals: [],
		aliases: ['chia', 'seeds'],
		sr: {
			ndb: '12006',
			description: 'CHIA SEEDS,DRIED',
			per100g: { magnesium: 335, potassium: 407, calcium: 631, sodium: 16 }
		},
		serving: '1 oz (28.35 g)',
		grams: 28.35,
		portion: "SR Legacy portion '1 oz'.",
		checks: []
	},
	{
		id: 'quinoa-cooked',
		name: 'Quinoa, cooked',
		group: 'grains',
		domainMinerals: [],
		aliases: ['quinoa'],
		sr: {
			ndb: '20137',
			description: 'QUINOA,CKD',
			per100g: { magnesium: 64, potassium: 172, calcium: 17, sodium: 7 }
		},
		serving: '1 cup (185 g)',
		grams: 185,
		portion: "SR Legacy portion '1 cup'.",
		checks: []
	},
	{
		id: 'kidney-beans-cooked',
		name: 'Kidney beans, cooked',
		group: 'legumes-soy',
		domainMinerals: [],
		aliases: ['beans', 'red kidney beans', 'legumes'],
		sr: {
			ndb: '16028',
			description: 'BEANS,KIDNEY,ALL TYPES,MATURE SEEDS,CKD,BLD,WO/SALT',
			per100g: { magnesium: 42, potassium: 405, calcium: 35, sodium: 1 }
		},
		serving: '½ cup (88.5 g)',
		grams: 88.5,
		portion: "Half of the SR Legacy portion '1 cup' (177 g).",
		checks: []
	},
	{
		id: 'chickpeas-cooked',
		name: 'Chickpeas, cooked',
		group: 'legumes-soy',
		domainMinerals: [],
		aliases: ['garbanzo beans', 'chick peas', 'legumes'],
		sr: {
			ndb: '16057',
			description: 'CHICKPEAS ,MATURE SEEDS,CKD,BLD,WO/SALT',
			per100g: { magnesium: 48, potassium: 291, calcium: 49, sodium: 7 }
		},
		serving: '½ cup (82 g)',
		grams: 82,
		portion: "Half of the SR Legacy portion '1 cup' (164 g).",
		checks: []
	},
	{
		id: 'white-bread',
		name: 'White bread',
		group: 'grains',
		domainMinerals: [],
		aliases: ['bread', 'toast', 'sandwich bread'],
		sr: {
			ndb: '18069',
			description: 'BREAD,WHITE,COMMLY PREP (INCL SOFT BREAD CRUMBS)',
			per100g: { magnesium: 23, potassium: 126, calcium: 144, sodium: 490 }
		},
		serving: '1 slice (29 g)',
		grams: 29,
		portion: "SR Legacy portion '1 slice'.",
		checks: [{ source: 'ods-potassium', mineral: 'potassium', mg: 37 }]
	},
	{
		id: 'coffee-brewed',
		name: 'Coffee, brewed',
		group: 'drinks',
		domainMinerals: [],
		aliases: ['coffee', 'filter coffee'],
		sr: {
			ndb: '14209',
			description: 'BEVERAGES,COFFEE,BREWED,PREP W/ TAP H2O',
			per100g: { magnesium: 3, potassium: 49, calcium: 2, sodium: 2 }
		},
		serving: '1 cup, 8 fl oz (237 g)',
		grams: 237,
		portion: "8 fl oz at the SR Legacy portion '1 fl oz' = 29.6 g (236.8 g, rounded).",
		checks: [{ source: 'ods-potassium', mineral: 'potassium', mg: 116 }]
	},
	{
		id: 'beef-top-sirloin-broiled',
		name: 'Beef, top sirloin steak, broiled',
		group: 'fish-meat-eggs',
		domainMinerals: [],
		aliases: ['beef', 'steak', 'red meat', 'meat'],
		sr: {
			ndb: '23610',
			description: 'BEEF,TOP SIRLOIN,STEAK,LN,1/8" FAT,ALL GRDS,CKD,BRLD',
			per100g: { magnesium: 25, potassium: 376, calcium: 19, sodium: 61 }
		},
		serving: '3 oz (85 g)',
		grams: 85,
		portion: '3 oz at 28.35 g per oz (lean only, trimmed to 1/8 in fat).',
		checks: []
	},
	{
		id: 'kiwi',
		name: 'Kiwi (kiwifruit), green',
		group: 'fruits',
		domainMinerals: [],
		aliases: ['kiwi', 'kiwis', 'kiwifruit', 'chinese gooseberry'],
		sr: {
			ndb: '09148',
			description: 'KIWIFRUIT,GRN,RAW',
			per100g: { magnesium: 17, potassium: 312, calcium: 34, sodium: 3 }
		},
		serving: '1 fruit (69 g)',
		grams: 69,
		portion: "SR Legacy portion '1 fruit, (2\" dia)', 69 g.",
		checks: []
	},
	{
		id: 'coconut-water',
		name: 'Coconut water',
		group: 'drinks',
		domainMinerals: [],
		aliases: ['coconut water', 'coconut juice', 'coconut'],
		sr: {
			ndb: '12119',
			description: 'COCONUT H2O (LIQ FROM COCONUTS)',
			per100g: { magnesium: 25, potassium: 250, calcium: 24, sodium: 105 }
		},
		serving: '1 cup (240 g)',
		grams: 240,
		portion: "SR Legacy portion '1 cup', 240 g.",
		checks: []
	},
	{
		// SR Legacy has no row for pickle juice (brine) itself: this is the pickle, the closest row.
		id: 'dill-pickle',
		name: 'Dill pickle',
		group: 'vegetables',
		domainMinerals: [],
		aliases: ['pickle', 'pickles', 'gherkin', 'kosher dill', 'salty'],
		sr: {
			ndb: '11937',
			description: 'PICKLES,CUCUMBER,DILL OR KOSHER DILL',
			per100g: { magnesium: 7, potassium: 117, calcium: 57, sodium: 809 }
		},
		serving: '1 small spear (35 g)',
		grams: 35,
		portion: "SR Legacy portion '1 spear, small', 35 g.",
		checks: []
	}
];
