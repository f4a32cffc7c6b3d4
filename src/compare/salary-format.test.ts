import { describe, expect, it } from 'vitest';
import type { Salary } from '../core/job';
import type { CurrencyRates } from './currency-rates';
import { describeScaledSalary, formatMoneyCompact, formatRange, formatScaledSalary, salaryTags } from './salary-format';
import { salaryOnScale } from './salary-on-scale';

const RATES: CurrencyRates = { date: '2026-11-15', base: 'USD', rates: { USD: 1, EUR: 0.8, GBP: 0.5 } };
const EN = 'en-US';
/** Intl joins a code and its amount with a no-break space; the tests read plain spaces. */
const spaces = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, ' ') ?? null;

function scaled(overrides: Partial<Salary>, currency = 'EUR') {
  const salary: Salary = { min: 85_000, max: 110_000, currency: 'EUR', period: 'year', kind: 'base', origin: 'employer', text: '€85,000 – €110,000 a year', alternatives: [], ...overrides };
  return salaryOnScale(salary, { currency }, RATES)!;
}

describe('formatScaledSalary', () => {
  it.each<[string, ReturnType<typeof scaled>, string]>([
    ['a range in its own currency', scaled({}), '€85K–€110K / year'],
    ['a converted range says it is approximate', scaled({ currency: 'USD', min: 100_000, max: 125_000 }), '≈ €80K–€100K / year'],
    ['"from" when only the minimum is known', scaled({ max: null }), 'from €85K / year'],
    ['"up to" when only the maximum is known', scaled({ min: null }), 'up to €110K / year'],
    ['one figure when both ends are equal', scaled({ min: 90_000, max: 90_000 }), '€90K / year'],
    ['a monthly salary shown per year', scaled({ min: 5_000, max: 6_000, period: 'month' }), '€60K–€72K / year'],
    ['millions', scaled({ min: 1_250_000, max: null }), 'from €1.3M / year'],
    ['no figures at all: the posting’s words', scaled({ min: null, max: null, text: 'Competitive, in euros' }), 'Competitive, in euros'],
    ['no rate: its own currency, per year', scaled({ currency: 'XAF', min: 500_000, max: null, period: 'month' }), 'from FCFA 6M / year'],
    ['no rate and no figures: the posting’s words', scaled({ currency: 'XAF', min: null, max: null, text: 'Paid in francs' }), 'Paid in francs'],
  ])('%s', (_name, input, expected) => {
    expect(spaces(formatScaledSalary(input, EN))).toBe(expected);
  });

  it('a title written as HTML stays text: the label holds no markup of its own', () => {
    const label = formatScaledSalary(scaled({ min: null, max: null, text: '<img src=x onerror=alert(1)>' }), EN);
    expect(label).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('formatRange and formatMoneyCompact', () => {
  it.each<[number | null, number | null, string, string | null]>([
    [85_000, 110_000, 'EUR', '€85K–€110K'],
    [85_000, null, 'USD', 'from $85K'],
    [null, 110_000, 'GBP', 'up to £110K'],
    [85_100, 85_300, 'EUR', '€85K'], // prints the same after rounding: one figure
    [null, null, 'EUR', null],
  ])('%s–%s %s → %s', (min, max, currency, expected) => {
    expect(formatRange(min, max, currency, EN)).toBe(expected);
  });

  it('an amount in a currency Intl does not know still prints, code first', () => {
    expect(spaces(formatMoneyCompact(600_000, 'XAF', EN))).toBe('FCFA 600K');
    expect(spaces(formatMoneyCompact(600_000, 'QQQ', EN))).toBe('QQQ 600K');
    expect(spaces(formatMoneyCompact(600_000, 'US', EN))).toBe('US 600K'); // not a code at all
  });

  it('follows the locale it is given', () => {
    expect(spaces(formatMoneyCompact(1_500_000, 'EUR', 'de-DE'))).toBe('1,5 Mio. €');
  });
});

describe('salaryTags', () => {
  it.each<[string, ReturnType<typeof scaled>, string[]]>([
    ['plain base pay in the scale currency', scaled({}), []],
    ['on-target earnings', scaled({ kind: 'ote' }), ['OTE']],
    ['a job board’s estimate', scaled({ origin: 'estimate' }), ['estimate']],
    ['converted', scaled({ currency: 'GBP' }), ['from GBP']],
    ['no rate', scaled({ currency: 'XAF' }), ['no rate']],
    ['all that apply', scaled({ currency: 'USD', kind: 'ote', origin: 'estimate' }), ['OTE', 'estimate', 'from USD']],
  ])('%s', (_name, input, expected) => {
    expect(salaryTags(input)).toEqual(expected);
  });
});

describe('describeScaledSalary', () => {
  it('starts with the posting’s words, then says how the figure was reached', () => {
    const lines = describeScaledSalary(scaled({ currency: 'GBP', min: 4_000, max: 5_000, period: 'month', kind: 'ote', origin: 'estimate', text: '£4k–£5k pcm OTE', alternatives: [] }), EN);
    expect(lines).toEqual([
      'The posting says: “£4k–£5k pcm OTE”',
      'Stated per month; shown per year (× 12).',
      'Converted from £48K–£60K a year at the approximate rates of 2026-11-15.',
      'On-target earnings: base pay plus expected commission or bonus.',
      'An estimate by the job board, not a figure from the employer.',
    ]);
  });

  it('says why a salary without a rate is not on the scale', () => {
    expect(describeScaledSalary(scaled({ currency: 'XAF' }), EN)).toEqual([
      'The posting says: “€85,000 – €110,000 a year”',
      'No rate for XAF in your currency table, so it is shown in XAF and sorted last.',
    ]);
  });

  it('an hourly rate says how it became a year', () => {
    expect(describeScaledSalary(scaled({ min: 50, max: 60, period: 'hour', text: '€50–60/h' }), EN)).toEqual([
      'The posting says: “€50–60/h”',
      'Stated per hour; shown per year at full-time hours (× 2,080).',
    ]);
  });

  it('a yearly salary in the scale currency needs only its words', () => {
    expect(describeScaledSalary(scaled({}), EN)).toEqual(['The posting says: “€85,000 – €110,000 a year”']);
  });
});
