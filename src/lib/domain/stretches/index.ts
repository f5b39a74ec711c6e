export * from './routines';
export * from './timeline';
