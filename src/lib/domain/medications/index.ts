export * from './supplement-minerals';
