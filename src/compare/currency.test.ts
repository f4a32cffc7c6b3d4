import { describe, expect, it } from 'vitest';
import { convertAmount, rateFor } from './currency';
import type { CurrencyRates } from './currency-rates';

const RATES: CurrencyRates = { date: '2026-11-15', base: 'USD', rates: { USD: 1, EUR: 0.8, GBP: 0.5, JPY: 150 } };

describe('convertAmount', () => {
  it.each<[string, number, string, string, number | null]>([
    ['dollars to euros', 100, 'USD', 'EUR', 80],
    ['euros to dollars', 80, 'EUR', 'USD', 100],
    ['between two non-dollar currencies, through the dollar', 100, 'GBP', 'EUR', 160],
    ['yen to pounds', 15_000, 'JPY', 'GBP', 50],
    ['the same currency needs no rate', 12_345, 'USD', 'USD', 12_345],
    ['the same unknown currency is unchanged', 500, 'XYZ', 'XYZ', 500],
    ['zero stays zero', 0, 'EUR', 'GBP', 0],
    ['an unknown source currency', 100, 'XYZ', 'EUR', null],
    ['an unknown target currency', 100, 'EUR', 'XYZ', null],
    ['a name inherited by every object is not a currency', 100, 'constructor', 'EUR', null],
  ])('%s', (_name, amount, from, to, expected) => {
    const result = convertAmount(amount, from, to, RATES);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 9);
  });

  it('converting there and back gives the amount again', () => {
    const there = convertAmount(91_000, 'GBP', 'JPY', RATES)!;
    expect(convertAmount(there, 'JPY', 'GBP', RATES)).toBeCloseTo(91_000, 6);
  });
});

describe('rateFor', () => {
  it.each<[string, number | null]>([
    ['EUR', 0.8],
    ['USD', 1],
    ['XYZ', null],
    ['toString', null],
    ['__proto__', null],
  ])('%s → %s', (code, rate) => {
    expect(rateFor(code, RATES)).toBe(rate);
  });
});
