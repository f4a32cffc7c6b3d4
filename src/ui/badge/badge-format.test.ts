import { describe, expect, it } from 'vitest';
import type { Salary } from '../../core/job';
import { annualSalaryLabel, countLines, savedAgo, yearsLabel } from './badge-format';

describe('yearsLabel', () => {
  it.each<[number, number | null, string]>([
    [3, 5, '3–5 years'],
    [5, null, '5+ years'],
    [1, 1, '1 year'],
    [2, 2, '2 years'],
    [0, null, '0 years'],
  ])('%s–%s → %s', (minYears, maxYears, label) => {
    expect(yearsLabel({ minYears, maxYears, text: 'synthetic' })).toBe(label);
  });
});

describe('annualSalaryLabel', () => {
  const salary = (min: number | null, max: number | null, period: Salary['period'], currency = 'EUR'): Salary => ({
    min, max, period, currency, kind: 'base', origin: 'employer', text: 'synthetic', alternatives: [],
  });
  it.each<[string, Salary, string | null]>([
    ['a monthly range', salary(4000, 5000, 'month'), '€48,000–€60,000'],
    ['a single figure', salary(90_000, 90_000, 'year', 'USD'), '$90,000'],
    ['"from"', salary(500, null, 'day', 'GBP'), 'from £130,000'],
    ['"up to"', salary(null, 40, 'hour', 'USD'), 'up to $83,200'],
    ['no figures', salary(null, null, 'year'), null],
  ])('%s', (_name, s, label) => {
    expect(annualSalaryLabel(s)).toBe(label);
  });
});

describe('countLines', () => {
  it.each<[[number, number, number, number], string[]]>([
    [[7, 9, 1, 2], ['7 of 9 required skills', '1 of 2 nice-to-have skills']],
    [[1, 1, 0, 0], ['1 of 1 required skill']],
    [[0, 0, 2, 3], ['2 of 3 nice-to-have skills']],
  ])('%j', ([requiredMatched, requiredTotal, preferredMatched, preferredTotal], lines) => {
    expect(countLines({ requiredMatched, requiredTotal, preferredMatched, preferredTotal })).toEqual(lines);
  });
});

describe('savedAgo', () => {
  const now = new Date('2025-03-10T12:00:00Z');
  it.each<[string, string]>([
    ['2025-03-10T11:59:30Z', 'just now'],
    ['2025-03-10T11:15:00Z', '45 min ago'],
    ['2025-03-10T09:00:00Z', '3 h ago'],
    ['2025-03-09T10:00:00Z', '1 day ago'],
    ['2025-03-01T12:00:00Z', '9 days ago'],
    ['not a date', ''],
  ])('%s → %s', (savedAt, label) => {
    expect(savedAgo(savedAt, now)).toBe(label);
  });
});
