import type { SalaryAlternative, SalaryPeriod } from '../core/job';

/** The figures of a pay range, wherever it was read (body text, ATS pay zones, tiers). */
export interface RangeFigures {
  min: number | null;
  max: number | null;
  currency: string;
  period: SalaryPeriod;
}

/** More ranges than this are a pay table, not a posting's alternatives: the rest are left out. */
const MAX_ALTERNATIVES = 20;

/**
 * The ranges a posting lists after its first, as alternatives to it: each with its label
 * ("Range N" when the source names none), the same range listed twice once, none equal to
 * the first. Body text and ATS payloads share this, so they list alternatives alike.
 */
export function alternativesAfterFirst<T extends RangeFigures>(ranges: readonly { range: T; label: string | null }[]): SalaryAlternative[] {
  const first = ranges[0]?.range;
  if (!first) return [];
  const seen = new Set([rangeKey(first)]);
  const alternatives: SalaryAlternative[] = [];
  for (const [index, { range, label }] of ranges.entries()) {
    const key = rangeKey(range);
    if (seen.has(key)) continue;
    seen.add(key);
    if (alternatives.length >= MAX_ALTERNATIVES) break;
    const { min, max, currency, period } = range;
    alternatives.push({ min, max, currency, period, label: label ?? `Range ${index + 1}` });
  }
  return alternatives;
}

function rangeKey(range: RangeFigures): string {
  return `${range.min}|${range.max}|${range.currency}|${range.period}`;
}
