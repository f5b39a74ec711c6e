export * from './nudges';
