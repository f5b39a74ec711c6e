export const FOOD_GROUPS = [
	'vegetables',
	'fruits',
	'nuts-seeds',
	'legumes-soy',
	'grains',
	'dairy',
	'fish-meat-eggs',
	'drinks',
	'treats'
] as const;
export type FoodGroup = (typeof FOOD_GROUPS)[number];

export const FOOD_GROUP_LABELS: Record<FoodGroup, string> = {
	vegetables: 'Vegetables',
	fruits: 'Fruit',
	'nuts-seeds': 'Nuts & seeds',
	'legumes-soy': 'Beans, lentils & soy',
	grains: 'Grains & bread',
	dairy: 'Dairy & fortified alternatives',
	'fish-meat-eggs': 'Fish, meat & eggs',
	drinks: 'Drinks',
	treats: 'Treats'
};
