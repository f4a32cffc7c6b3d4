import { describe, expect, it } from 'vitest';
import type { Profile } from '../core/profile';
import type { CurrencyRates } from './currency-rates';
import { scaleCurrencyFor } from './scale-currency';

const NO_TARGET: Pick<Profile, 'targetSalary'> = { targetSalary: null };
const GBP_TARGET: Pick<Profile, 'targetSalary'> = { targetSalary: { amount: 80_000, currency: 'GBP', period: 'year' } };
const RATES: CurrencyRates = { date: '2026-11-15', base: 'USD', rates: { USD: 1, EUR: 0.8, GBP: 0.5, SEK: 10 } };

const paid = (...codes: (string | null)[]) => codes.map((currency) => ({ salary: currency === null ? null : { currency } }));

describe('scaleCurrencyFor', () => {
  it.each<[string, Pick<Profile, 'targetSalary'>, ReturnType<typeof paid>, string]>([
    ['the profile’s target currency wins', GBP_TARGET, paid('EUR', 'EUR', 'EUR'), 'GBP'],
    ['else the currency most jobs pay in', NO_TARGET, paid('EUR', 'USD', 'EUR', null, null, null), 'EUR'],
    ['jobs without a salary do not vote', NO_TARGET, paid(null, null, 'SEK'), 'SEK'],
    ['a tie with dollars goes to dollars', NO_TARGET, paid('USD', 'EUR', 'EUR', 'USD'), 'USD'],
    ['the same answer whatever the order', NO_TARGET, paid('EUR', 'USD', 'USD', 'EUR'), 'USD'],
    ['a tie without dollars goes to the alphabetically first code', NO_TARGET, paid('GBP', 'EUR', 'CAD', 'EUR', 'GBP', 'CAD'), 'CAD'],
    ['one each of euros, dollars and Canadian dollars: dollars', NO_TARGET, paid('EUR', 'CAD', 'USD'), 'USD'],
    ['no salaries at all: dollars', NO_TARGET, paid(null, null), 'USD'],
    ['no jobs at all: dollars', NO_TARGET, [], 'USD'],
  ])('%s', (_name, profile, jobs, expected) => {
    expect(scaleCurrencyFor(profile, jobs)).toBe(expected);
  });

  it('with a rate table, a currency it cannot convert is never the scale', () => {
    const jobs = paid('XAF', 'XAF', 'XAF', 'SEK');
    expect(scaleCurrencyFor(NO_TARGET, jobs)).toBe('XAF');
    expect(scaleCurrencyFor(NO_TARGET, jobs, RATES)).toBe('SEK');
    expect(scaleCurrencyFor(NO_TARGET, paid('XAF'), RATES)).toBe('USD');
  });
});
