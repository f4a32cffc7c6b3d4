export * from './currency-rates-setting';
export * from './display-settings';
export * from './profile-setting';
export * from './site-settings';
