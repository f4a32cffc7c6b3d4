import { describe, expect, it } from 'vitest';
import type { Salary } from '../core/job';
import type { CurrencyRates } from './currency-rates';
import { roundConverted, salaryOnScale, type ScaledSalary } from './salary-on-scale';

const RATES: CurrencyRates = { date: '2026-11-15', base: 'USD', rates: { USD: 1, EUR: 0.8, GBP: 0.5, JPY: 150 } };

function salary(overrides: Partial<Salary>): Salary {
  return { min: 100_000, max: 120_000, currency: 'USD', period: 'year', kind: 'base', origin: 'employer', text: 'synthetic pay words', alternatives: [], ...overrides };
}

type Expected = Partial<ScaledSalary>;

describe('salaryOnScale', () => {
  it('no salary stays no salary', () => {
    expect(salaryOnScale(null, { currency: 'EUR' }, RATES)).toBeNull();
  });

  it.each<[string, Salary, string, Expected]>([
    ['a yearly salary in the scale currency is unchanged', salary({}), 'USD', { min: 100_000, max: 120_000, currency: 'USD', converted: false, ratesDate: null }],
    ['dollars to euros, marked converted with the table date', salary({}), 'EUR', { min: 80_000, max: 96_000, currency: 'EUR', converted: true, ratesDate: '2026-11-15' }],
    ['monthly pay becomes yearly before converting', salary({ min: 4_000, max: 5_000, currency: 'GBP', period: 'month' }), 'EUR', { min: 76_800, max: 96_000, period: 'month' }],
    ['an hourly rate × 2080, own currency', salary({ min: 50, max: 60, period: 'hour' }), 'USD', { min: 104_000, max: 124_800, period: 'hour', converted: false }],
    ['"up to" keeps an open minimum', salary({ min: null, max: 90_000, currency: 'EUR' }), 'USD', { min: null, max: 113_000, converted: true }],
    ['"from" keeps an open maximum', salary({ min: 6_000_000, max: null, currency: 'JPY' }), 'USD', { min: 40_000, max: null, converted: true }],
    ['converted amounts keep three significant figures', salary({ min: 77_777, max: 123_456, currency: 'EUR' }), 'USD', { min: 97_200, max: 154_000 }],
    ['OTE and estimates are marked', salary({ kind: 'ote', origin: 'estimate' }), 'USD', { ote: true, estimate: true }],
    ['plain base pay carries no marks', salary({ kind: 'unknown' }), 'USD', { ote: false, estimate: false }],
    ['the posting’s words are kept verbatim', salary({ text: '<b>$100k</b> – 120k DOE' }), 'EUR', { text: '<b>$100k</b> – 120k DOE' }],
    ['the posting’s own per-year figures are kept', salary({ min: 4_000, max: null, currency: 'GBP', period: 'month' }), 'USD', { original: { min: 48_000, max: null, currency: 'GBP' } }],
    ['an unlisted currency compares with itself', salary({ currency: 'XAF' }), 'XAF', { min: 100_000, max: 120_000, converted: false }],
  ])('%s', (_name, input, currency, expected) => {
    const scaled = salaryOnScale(input, { currency }, RATES);
    expect(scaled).toMatchObject(expected);
    expect(scaled?.unconvertible).toBeUndefined();
  });

  it.each<[string, Salary, string, string]>([
    ['the posting’s currency has no rate', salary({ currency: 'XAF', period: 'month', min: 500_000, max: null }), 'EUR', 'No rate for XAF in your currency table'],
    ['the scale currency has no rate', salary({ currency: 'EUR' }), 'XAF', 'No rate for XAF in your currency table'],
    ['even with only an open end', salary({ currency: 'XAF', min: null, max: 3_000_000 }), 'EUR', 'No rate for XAF in your currency table'],
  ])('without a rate, %s: shown as written, never hidden', (_name, input, currency, reason) => {
    const scaled = salaryOnScale(input, { currency }, RATES);
    expect(scaled).toMatchObject({ min: null, max: null, converted: false, unconvertible: reason, text: input.text });
    expect(scaled?.original.currency).toBe(input.currency);
  });
});

describe('roundConverted', () => {
  it.each([
    [85_432, 85_400],
    [123_456, 123_000],
    [1_234_567, 1_230_000],
    [999.6, 1_000],
    [42.42, 42], // never finer than whole units
    [0, 0],
  ])('%d → %d', (input, expected) => {
    expect(roundConverted(input)).toBeCloseTo(expected, 9);
  });
});
