/**
 * The browser.storage.local keys of the settings the jobs app paints with, in a module that
 * imports nothing: the popup's first script reads them before the settings code (and its
 * schemas) has loaded.
 */
export const PROFILE_SETTING = 'profile';
export const CURRENCY_RATES_SETTING = 'currencyRates';
