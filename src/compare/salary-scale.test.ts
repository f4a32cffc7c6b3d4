import { describe, expect, it } from 'vitest';
import type { Salary } from '../core/job';
import { annualize } from './salary-scale';

function salary(min: number | null, max: number | null, period: Salary['period']): Salary {
  return { min, max, period, currency: 'EUR', kind: 'base', origin: 'employer', text: 'synthetic', alternatives: [] };
}

describe('annualize', () => {
  it.each([
    ['a yearly range is unchanged', salary(90_000, 120_000, 'year'), { min: 90_000, max: 120_000 }],
    ['hourly × 2080', salary(50, 60, 'hour'), { min: 104_000, max: 124_800 }],
    ['daily × 260', salary(500, 650, 'day'), { min: 130_000, max: 169_000 }],
    ['weekly × 52', salary(2_000, null, 'week'), { min: 104_000, max: null }],
    ['monthly × 12', salary(null, 8_000, 'month'), { min: null, max: 96_000 }],
    ['fractional hourly rates round to whole units', salary(52.5, 52.55, 'hour'), { min: 109_200, max: 109_304 }],
    ['an open range stays open at both ends', salary(null, null, 'month'), { min: null, max: null }],
  ])('%s', (_name, input, expected) => {
    expect(annualize(input)).toEqual(expected);
  });
});
