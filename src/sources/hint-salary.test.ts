import { describe, expect, it } from 'vitest';
import { firstWithAlternatives, formatSalaryText, periodFromUnit, salaryHint } from './hint-salary';

describe('salaryHint', () => {
  it.each([
    ['a range', { min: 100000, max: 120000 }, { min: 100000, max: 120000, text: 'USD 100,000–120,000 per year' }],
    ['a reversed range, put in order', { min: 120000, max: 100000 }, { min: 100000, max: 120000 }],
    ['a floor only', { min: 50, max: null }, { min: 50, max: null, text: 'from USD 50 per year' }],
    ['a ceiling only', { min: null, max: 90000.5 }, { min: null, max: 90000.5, text: 'up to USD 90,000.5 per year' }],
  ])('%s', (_name, amounts, expected) => {
    expect(salaryHint({ ...amounts, currency: 'usd', period: 'year', kind: 'unknown' })).toMatchObject({ currency: 'USD', origin: 'employer', ...expected });
  });

  it.each([
    ['no amount', { min: null, max: null, currency: 'USD' }],
    ['a negative amount only', { min: -5, max: null, currency: 'USD' }],
    ['a currency that is not an ISO code', { min: 1, max: 2, currency: 'dollars' }],
    ['an infinite amount only', { min: Number.POSITIVE_INFINITY, max: null, currency: 'EUR' }],
  ])('no salary for %s', (_name, figures) => {
    expect(salaryHint({ ...figures, period: 'year', kind: 'unknown' })).toBeNull();
  });
});

describe('firstWithAlternatives', () => {
  const usd = (min: number, max: number) => salaryHint({ min, max, currency: 'USD', period: 'year', kind: 'base' })!;
  it('keeps the first range and lists the others with their labels, once each', () => {
    const salary = firstWithAlternatives(
      [
        { salary: usd(90, 110), label: 'Zone A' },
        { salary: usd(75, 95), label: 'Zone B' },
        { salary: usd(75, 95), label: 'Zone B again' },
        { salary: salaryHint({ min: 20, max: 30, currency: 'CAD', period: 'hour', kind: 'base' })!, label: null },
      ],
      'every zone',
    );
    expect(salary).toMatchObject({ min: 90, max: 110, text: 'every zone' });
    expect(salary?.alternatives).toEqual([
      { min: 75, max: 95, currency: 'USD', period: 'year', label: 'Zone B' },
      { min: 20, max: 30, currency: 'CAD', period: 'hour', label: 'Range 4' },
    ]);
  });
  it('is null for no ranges', () => {
    expect(firstWithAlternatives([], '')).toBeNull();
  });
});

describe('periodFromUnit', () => {
  it.each([
    ['YEAR', 'year'], ['HOUR', 'hour'], ['per-year-salary', 'year'], ['per-hour-wage', 'hour'], ['per-month-salary', 'month'],
    ['1 YEAR', 'year'], ['1 WEEK', 'week'], ['Hourly', 'hour'], ['annual', 'year'], ['DAY', 'day'],
    ['6 MONTH', null], ['one-time', null], ['', null], [null, null],
  ])('%j → %j', (unit, period) => {
    expect(periodFromUnit(unit)).toBe(period);
  });
});

describe('formatSalaryText', () => {
  it('renders one amount once', () => {
    expect(formatSalaryText(24, 24, 'GBP', 'hour')).toBe('GBP 24 per hour');
  });
});
