import { describe, expect, it } from 'vitest';
import type { ScaledSalary } from '../../compare/salary-on-scale';
import { niceStep } from '../../compare/nice-step';
import { layoutSalaryBars, positionOn } from './salary-bars';

function scaled(min: number | null, max: number | null, extra: Partial<ScaledSalary> = {}): ScaledSalary {
  return {
    min,
    max,
    currency: 'USD',
    converted: false,
    ratesDate: null,
    estimate: false,
    ote: false,
    period: 'year',
    text: 'synthetic words',
    original: { min, max, currency: 'USD' },
    ...extra,
  };
}

describe('niceStep', () => {
  it.each([
    [0.7, 1],
    [1, 1],
    [13, 20],
    [22, 25],
    [3_100, 5_000],
    [17_500, 20_000],
    [0, 1],
    [Number.NaN, 1],
  ])('%s → %s', (rough, step) => {
    expect(niceStep(rough)).toBe(step);
  });
});

describe('layoutSalaryBars', () => {
  it('puts every range on one scale: equal amounts at equal offsets', () => {
    const scale = layoutSalaryBars([scaled(100_000, 140_000), scaled(120_000, 180_000), null])!;
    expect(scale).toMatchObject({ low: 100_000, high: 180_000 });
    expect(scale.ticks).toEqual([100_000, 120_000, 140_000, 160_000, 180_000]);
    expect(scale.bars).toEqual([
      { left: 0, width: 50, openStart: false, openEnd: false, point: false },
      { left: 25, width: 75, openStart: false, openEnd: false, point: false },
      null,
    ]);
  });

  it('rounds the ends out to the step, so no bar touches an unlabelled edge', () => {
    const scale = layoutSalaryBars([scaled(83_000, 97_000), scaled(91_000, 126_000)])!;
    expect(scale.low).toBe(80_000);
    expect(scale.high).toBe(140_000);
    expect(scale.ticks).toEqual([80_000, 100_000, 120_000, 140_000]);
    expect(scale.bars[0]).toMatchObject({ left: 5, width: 23.33 });
  });

  it.each<[string, ScaledSalary, Partial<ReturnType<typeof layoutSalaryBars> & object>['bars']]>([
    ['"from X" runs to the end of the scale', scaled(120_000, null), [{ left: 50, width: 50, openStart: false, openEnd: true, point: false }]],
    ['"up to X" runs from the start', scaled(null, 140_000), [{ left: 0, width: 100, openStart: true, openEnd: false, point: false }]],
  ])('%s', (_name, open, bars) => {
    const scale = layoutSalaryBars([scaled(100_000, 140_000), open])!;
    expect(scale.bars.slice(1)).toEqual(bars);
  });

  it('leaves room past an open top end that is the highest figure', () => {
    const scale = layoutSalaryBars([scaled(100_000, 120_000), scaled(140_000, null)])!;
    expect(scale.high).toBeGreaterThan(140_000);
    expect(scale.bars[1]!.width).toBeGreaterThan(0);
    expect(scale.bars[1]!.left + scale.bars[1]!.width).toBe(100);
  });

  it('draws a single figure as a point, with a span around it', () => {
    const scale = layoutSalaryBars([scaled(90_000, 90_000)])!;
    expect(scale.low).toBeLessThan(90_000);
    expect(scale.high).toBeGreaterThan(90_000);
    expect(scale.bars[0]).toMatchObject({ point: true, width: 0, left: positionOn(scale, 90_000) });
    expect(scale.bars[0]!.left).toBe(50);
  });

  it('draws nothing for a salary without a rate, and does not let it stretch the scale', () => {
    const noRate = scaled(null, null, { unconvertible: 'No rate for XYZ', original: { min: 9e9, max: 9e9, currency: 'XYZ' } });
    const scale = layoutSalaryBars([scaled(50_000, 60_000), noRate])!;
    expect(scale.high).toBe(60_000);
    expect(scale.bars[1]).toBeNull();
  });

  it('is null when no salary has a figure', () => {
    expect(layoutSalaryBars([null, null])).toBeNull();
    expect(layoutSalaryBars([scaled(null, null, { unconvertible: 'No rate for XYZ' })])).toBeNull();
    expect(layoutSalaryBars([])).toBeNull();
  });

  it('never starts the scale below zero', () => {
    expect(layoutSalaryBars([scaled(0, 1_000), scaled(500, 800)])!.low).toBe(0);
  });
});
