export * from './job';
export * from './raw-posting';
