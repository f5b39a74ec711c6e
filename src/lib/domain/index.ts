export * from './types';
export * from './vocabulary';
export * from './time';
export * from './validation';
export * from './records';
export * from './units';
export * from './goals';
export * from './describe';
