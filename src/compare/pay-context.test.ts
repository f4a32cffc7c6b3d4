import { describe, expect, it } from 'vitest';
import { annualTarget, fractionOn, payContext, relationTo, type PayContextJob } from './pay-context';
import type { ScaledSalary } from './salary-on-scale';

function scaled(min: number | null, max: number | null, extra: Partial<ScaledSalary> = {}): ScaledSalary {
  return {
    min, max, currency: 'EUR', converted: false, ratesDate: null, estimate: false, ote: false, period: 'year',
    text: 'as written', original: { min, max, currency: 'EUR' }, ...extra,
  };
}

const job = (id: string, salary: ScaledSalary | null): PayContextJob => ({ id, title: `Job ${id}`, company: 'Acme', salary });

describe('annualTarget', () => {
  it('puts a monthly or hourly target on the yearly scale, in its own currency only', () => {
    expect(annualTarget({ targetSalary: { amount: 5000, currency: 'EUR', period: 'month' } }, 'EUR')).toBe(60_000);
    expect(annualTarget({ targetSalary: { amount: 50, currency: 'EUR', period: 'hour' } }, 'EUR')).toBe(104_000);
    expect(annualTarget({ targetSalary: { amount: 5000, currency: 'EUR', period: 'month' } }, 'USD')).toBeNull();
    expect(annualTarget({ targetSalary: null }, 'EUR')).toBeNull();
  });
});

describe('relationTo', () => {
  it.each([
    [50_000, 60_000, 'below'],
    [70_000, 90_000, 'meets'],
    [60_000, 80_000, 'spans'],
    [null, 70_000, 'spans'],
    [null, 60_000, 'below'],
    [80_000, null, 'meets'],
    [60_000, null, 'spans'],
    [65_000, 65_000, 'meets'],
  ] as const)('%s–%s against 65,000 is %s', (min, max, relation) => {
    expect(relationTo(min, max, 65_000)).toBe(relation);
  });
});

describe('payContext', () => {
  it('draws the jobs with a figure, lists the others by name, and never counts a missing salary as 0', () => {
    const context = payContext(
      [
        job('a', scaled(60_000, 70_000)),
        job('b', null),
        job('c', scaled(null, null, { unconvertible: 'no rate for XTS', original: { min: 1, max: 2, currency: 'XTS' } })),
        job('d', scaled(90_000, null)),
      ],
      65_000,
      'EUR',
    );
    expect(context.points.map((p) => [p.id, p.relation])).toEqual([['a', 'spans'], ['d', 'meets']]);
    expect(context.noSalary.map((j) => j.id)).toEqual(['b']);
    expect(context.unconvertible.map((j) => j.id)).toEqual(['c']);
    expect(context.axis!.low).toBeGreaterThan(0);
    expect(context.axis!.low).toBeLessThanOrEqual(60_000);
    // Room past the open-ended "from 90,000".
    expect(context.axis!.high).toBeGreaterThan(90_000);
  });

  it('keeps the target on the axis even when every job pays far above it', () => {
    const context = payContext([job('a', scaled(150_000, 160_000))], 40_000, 'EUR');
    expect(context.axis!.low).toBeLessThanOrEqual(40_000);
    expect(fractionOn(context.axis!, 40_000)).toBeGreaterThanOrEqual(0);
    expect(context.points[0]!.relation).toBe('meets');
  });

  it('orders a reversed range and reads round ticks', () => {
    const context = payContext([job('a', scaled(90_000, 70_000))], null, 'EUR');
    expect([context.points[0]!.min, context.points[0]!.max]).toEqual([70_000, 90_000]);
    expect(context.points[0]!.relation).toBeNull();
    for (const tick of context.axis!.ticks) expect(tick % 5000).toBe(0);
  });

  it('shows the rate table date once a drawn salary was converted', () => {
    const converted = scaled(50_000, 60_000, { converted: true, ratesDate: '2026-11-01' });
    expect(payContext([job('a', scaled(1, 2)), job('b', converted)], null, 'EUR').ratesDate).toBe('2026-11-01');
    expect(payContext([job('a', scaled(1, 2))], null, 'EUR').ratesDate).toBeNull();
  });

  it('has no axis when nothing can be drawn', () => {
    expect(payContext([job('a', null)], 65_000, 'EUR').axis).toBeNull();
  });
});
