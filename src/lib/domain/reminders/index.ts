export * from './reminder-settings';
export * from './ics';
export * from './open-notifications';
