import { CurrencyRates, SHIPPED_CURRENCY_RATES } from '../compare/currency-rates';
import { defineSetting } from './setting';
import { CURRENCY_RATES_SETTING } from './setting-names';

/**
 * The exchange-rate table salaries are converted with. Nothing is stored until the user
 * edits a rate, so until then every release's shipped table is the one in use; an edited
 * table is the user's and stays as they left it (they can put the shipped one back).
 */
const currencyRates = defineSetting(CURRENCY_RATES_SETTING, CurrencyRates, SHIPPED_CURRENCY_RATES);

export const getCurrencyRates = (): Promise<CurrencyRates> => currencyRates.get();
/** The rates from what storage answered for their key, checked like getCurrencyRates. */
export const currencyRatesFromStored = (stored: unknown): CurrencyRates => currencyRates.fromStored(stored);
export const setCurrencyRates = (value: CurrencyRates): Promise<void> => currencyRates.set(value);
export const watchCurrencyRates = (onChange: (value: CurrencyRates) => void): (() => void) =>
  currencyRates.watch(onChange);
