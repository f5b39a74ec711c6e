export * from './backup-tables';
export * from './backup-file';
export * from './backup-merge';
export * from './backup-crypto';
