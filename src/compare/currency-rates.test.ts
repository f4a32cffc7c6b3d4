import { describe, expect, it } from 'vitest';
import { currencyAfter, isoCodeIn, resolveDollar, resolveKrone, resolveYen } from '../extract/salary-currency';
import { CurrencyRates, MAX_CURRENCY_RATES, SHIPPED_CURRENCY_RATES } from './currency-rates';

/** Every ISO code the salary extractor accepts as a word, found by asking it about all 17,576. */
function extractorIsoCodes(): string[] {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const codes: string[] = [];
  for (const a of letters) for (const b of letters) for (const c of letters) {
    const code = `${a}${b}${c}`;
    if (isoCodeIn(code, 'first') === code) codes.push(code);
  }
  return codes;
}

/** Symbols and words the extractor turns into a currency, and the codes its resolvers pick. */
const MARKS = ['$', '€', '£', '¥', '₹', '₩', '₱', '₪', '₺', '₴', '₦', 'US$', 'CA$', 'C$', 'A$', 'AU$', 'NZ$', 'SG$', 'S$', 'HK$', 'MX$', 'R$', 'Rs', 'Fr.', 'zł', 'kr', 'euros', 'pounds', 'rupees', 'yen'];
const RESOLVED = [
  resolveDollar('Canadian dollars'), resolveDollar('Australian dollars'), resolveDollar('New Zealand dollars'),
  resolveDollar('Singapore dollars'), resolveDollar('HKD'), resolveDollar('MXN'),
  resolveKrone('NOK'), resolveKrone('DKK'), resolveKrone('ISK'), resolveYen('RMB'),
];

describe('SHIPPED_CURRENCY_RATES', () => {
  it('is a valid table by its own schema', () => {
    expect(CurrencyRates.parse(SHIPPED_CURRENCY_RATES)).toEqual(SHIPPED_CURRENCY_RATES);
  });

  it('has a rate for every ISO code the salary extractor can produce', () => {
    const codes = extractorIsoCodes();
    expect(codes.length).toBeGreaterThan(40); // the enumeration itself works
    expect(codes.filter((code) => !(code in SHIPPED_CURRENCY_RATES.rates))).toEqual([]);
  });

  it('has a rate for every currency symbol and name the extractor reads', () => {
    const codes = [...MARKS.map((mark) => currencyAfter(` ${mark}`, 0)?.code), ...RESOLVED];
    expect(codes.every((code) => code !== undefined)).toBe(true);
    expect(codes.filter((code) => !(code! in SHIPPED_CURRENCY_RATES.rates))).toEqual([]);
  });

  it.each(['EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON', 'JPY', 'CNY', 'HKD', 'SGD', 'INR', 'KRW', 'BRL', 'MXN', 'ARS', 'COP', 'CLP', 'ZAR', 'ILS', 'TRY', 'AED', 'PHP', 'UAH', 'NGN'])(
    'has the common currency %s',
    (code) => {
      expect(SHIPPED_CURRENCY_RATES.rates[code]).toBeGreaterThan(0);
    },
  );

  it.each<[string, string, number, number]>([
    // Sanity bands (units per USD), wide enough to survive years of drift, narrow enough to
    // catch a rate typed upside down or with a digit too many.
    ['euro below the dollar', 'EUR', 0.7, 1],
    ['pound below the euro', 'GBP', 0.6, 0.9],
    ['yen in the hundreds', 'JPY', 100, 200],
    ['rupee near 90', 'INR', 70, 110],
    ['dirham pegged', 'AED', 3.67, 3.68],
  ])('%s', (_name, code, low, high) => {
    expect(SHIPPED_CURRENCY_RATES.rates[code]).toBeGreaterThanOrEqual(low);
    expect(SHIPPED_CURRENCY_RATES.rates[code]).toBeLessThanOrEqual(high);
  });
});

describe('CurrencyRates schema', () => {
  const valid = { date: '2026-11-15', base: 'USD', rates: { USD: 1, EUR: 0.86 } };

  it.each<[string, unknown, string]>([
    ['a date that is not YYYY-MM-DD', { ...valid, date: '15/11/2026' }, 'date'],
    ['a date that does not exist', { ...valid, date: '2026-02-30' }, 'date'],
    ['another base currency', { ...valid, base: 'EUR' }, 'base'],
    ['no USD rate', { ...valid, rates: { EUR: 0.86 } }, 'rates.USD'],
    ['USD not 1', { ...valid, rates: { USD: 2, EUR: 0.86 } }, 'rates.USD'],
    ['a zero rate', { ...valid, rates: { USD: 1, EUR: 0 } }, 'rates.EUR'],
    ['a negative rate', { ...valid, rates: { USD: 1, EUR: -0.86 } }, 'rates.EUR'],
    ['a rate that is text', { ...valid, rates: { USD: 1, EUR: '0.86' } }, 'rates.EUR'],
    ['a lower-case code', { ...valid, rates: { USD: 1, eur: 0.86 } }, 'rates.eur'],
    ['a code that is not 3 letters', { ...valid, rates: { USD: 1, EURO: 0.86 } }, 'rates.EURO'],
    [
      'more currencies than exist',
      { ...valid, rates: Object.fromEntries([['USD', 1], ...Array.from({ length: MAX_CURRENCY_RATES }, (_, i) => [`Q${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`, 1])]) },
      'rates',
    ],
  ])('refuses %s, naming where', (_name, value, path) => {
    const parsed = CurrencyRates.safeParse(value);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });

  it('accepts a table with a currency the shipped one lacks', () => {
    expect(CurrencyRates.safeParse({ ...valid, rates: { USD: 1, XAF: 600 } }).success).toBe(true);
  });
});
