import { describe, expect, it } from 'vitest';
import { coveringSalary, formatSalaryText, periodFromUnit, salaryHint } from './hint-salary';

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

describe('coveringSalary', () => {
  const usd = (min: number, max: number) => salaryHint({ min, max, currency: 'USD', period: 'year', kind: 'base' })!;
  it('spans ranges in the same unit', () => {
    expect(coveringSalary([usd(90, 110), usd(75, 95)], 'both')).toMatchObject({ min: 75, max: 110, text: 'both', kind: 'base' });
  });
  it('keeps the first range when units differ', () => {
    const hourly = salaryHint({ min: 20, max: 30, currency: 'USD', period: 'hour', kind: 'base' })!;
    expect(coveringSalary([usd(90, 110), hourly], 'mixed')).toMatchObject({ min: 90, max: 110, period: 'year', text: 'mixed' });
  });
  it('is null for no ranges', () => {
    expect(coveringSalary([], '')).toBeNull();
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
