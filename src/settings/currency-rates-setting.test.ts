import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SHIPPED_CURRENCY_RATES, type CurrencyRates } from '../compare/currency-rates';
import { getCurrencyRates, setCurrencyRates, watchCurrencyRates } from '.';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const EDITED: CurrencyRates = { date: '2026-12-01', base: 'USD', rates: { ...SHIPPED_CURRENCY_RATES.rates, EUR: 0.9, XAF: 600 } };

describe('currencyRates setting', () => {
  it('reads the shipped table before the user edited anything', async () => {
    expect(await getCurrencyRates()).toEqual(SHIPPED_CURRENCY_RATES);
  });

  it('reads back an edited table, kept in storage.local', async () => {
    await setCurrencyRates(EDITED);
    expect(await getCurrencyRates()).toEqual(EDITED);
    expect(await fakeBrowser.storage.local.get('currencyRates')).toEqual({ currencyRates: EDITED });
  });

  it.each<[string, unknown]>([
    ['a negative rate', { ...EDITED, rates: { USD: 1, EUR: -1 } }],
    ['no dollar', { ...EDITED, rates: { EUR: 0.9 } }],
    ['a broken date', { ...EDITED, date: 'yesterday' }],
    ['not a table at all', 'EUR=0.9'],
  ])('reads %s stored by hand as the shipped table, with a warning', async (_name, stored) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ currencyRates: stored });
    expect(await getCurrencyRates()).toEqual(SHIPPED_CURRENCY_RATES);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('setting "currencyRates" holds an invalid value'));
  });

  it('refuses to store a table with a zero rate and keeps the previous one', async () => {
    await setCurrencyRates(EDITED);
    await expect(setCurrencyRates({ ...EDITED, rates: { ...EDITED.rates, GBP: 0 } })).rejects.toThrow('rates.GBP');
    expect(await getCurrencyRates()).toEqual(EDITED);
  });

  it('tells watchers each new table until they stop watching', async () => {
    const seen: CurrencyRates[] = [];
    const unwatch = watchCurrencyRates((rates) => seen.push(rates));
    await setCurrencyRates(EDITED);
    await fakeBrowser.storage.local.remove('currencyRates'); // "reset to shipped"
    unwatch();
    await setCurrencyRates(EDITED);
    expect(seen).toEqual([EDITED, SHIPPED_CURRENCY_RATES]);
  });

  it('a caller that changes the table it read does not change the shipped one', async () => {
    (await getCurrencyRates()).rates.EUR = 99;
    expect((await getCurrencyRates()).rates.EUR).toBe(SHIPPED_CURRENCY_RATES.rates.EUR);
    expect(SHIPPED_CURRENCY_RATES.rates.EUR).not.toBe(99);
  });
});
