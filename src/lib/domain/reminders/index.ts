export * from './reminder-settings';
export * from './ics';
