export * from './catalog';
export * from './food-groups';
export * from './food-log';
export * from './reference-intakes';
export * from './search';
export * from './sources';
export type { CatalogEntry, SrLegacyRow } from './catalog-data';
export * from './intake-text';
export * from './servings';
