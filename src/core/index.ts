export * from './job';
export * from './profile';
export * from './raw-posting';
export * from './saved-job';
export * from './posting-history';
