import { describe, expect, it } from 'vitest';
import type { Salary } from '../core/job';
import { salaryForLocations } from './salary-for-location';

const zoned: Salary = {
  min: 150_000,
  max: 180_000,
  currency: 'USD',
  period: 'year',
  kind: 'base',
  origin: 'employer',
  text: 'New York City: $150,000 - $180,000',
  alternatives: [
    { min: 130_000, max: 160_000, currency: 'USD', period: 'year', label: 'Austin' },
    { min: 170_000, max: 200_000, currency: 'CAD', period: 'year', label: 'Remote - Canada' },
  ],
};

describe('salaryForLocations', () => {
  it('takes the alternative whose label names a place of the profile', () => {
    expect(salaryForLocations(zoned, ['Austin, TX'])).toMatchObject({ min: 130_000, max: 160_000, text: 'Austin (one of 3 ranges listed)' });
    expect(salaryForLocations(zoned, ['canada'])).toMatchObject({ min: 170_000, currency: 'CAD' });
  });

  it('keeps the first range when no label matches, or the profile names no place', () => {
    expect(salaryForLocations(zoned, ['Berlin'])).toBe(zoned);
    expect(salaryForLocations(zoned, [])).toBe(zoned);
    expect(salaryForLocations(null, ['Austin'])).toBeNull();
  });
});
