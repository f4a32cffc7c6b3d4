import type { Profile } from '../core/profile';
import { niceStep } from './nice-step';
import type { ScaledSalary } from './salary-on-scale';
import { annualize } from './salary-scale';

/**
 * Every listed job's pay against the user's target, on one scale: what the dashboard's
 * "Pay in context" plot draws and the table beside it reads out. Pure numbers, so the
 * drawing is tested as numbers and the words as words.
 */

/** How a job's range stands against the target. */
export type PayRelation = 'meets' | 'spans' | 'below';

export const PAY_RELATION_WORDS: Record<PayRelation, string> = {
  meets: 'at or above your target',
  spans: 'your target is inside the range',
  below: 'below your target',
};

export interface PayPoint {
  id: string;
  title: string;
  company: string | null;
  salary: ScaledSalary;
  /** Per year in the scale currency; an open end stays null ("up to X", "from X"). */
  min: number | null;
  max: number | null;
  /** Null when the user set no target. */
  relation: PayRelation | null;
}

export interface PayContext {
  /** The scale currency: every amount here is per year in it. */
  currency: string;
  /** The user's target per year in the scale currency, or null when none is set. */
  target: number | null;
  /** Jobs with a salary that can be drawn, in the order given. */
  points: PayPoint[];
  /** Jobs that state no salary: listed by name, never drawn as 0. */
  noSalary: { id: string; title: string; company: string | null }[];
  /** Jobs whose salary is in a currency the rate table lacks: listed with the posting's words. */
  unconvertible: { id: string; title: string; company: string | null; salary: ScaledSalary }[];
  /** The amounts at the two ends of the axis, and round amounts to label it with; null when nothing is drawn. */
  axis: { low: number; high: number; ticks: number[] } | null;
  /** The date of the rate table, when any drawn salary was converted with it. */
  ratesDate: string | null;
}

export interface PayContextJob {
  id: string;
  title: string;
  company: string | null;
  salary: ScaledSalary | null;
}

/** How many steps the axis is cut into, about. */
const TARGET_STEPS = 5;

/**
 * The target per year, or null. The scale currency is the target's own whenever a target
 * is set (scaleCurrencyFor), so no conversion happens here; a target in another currency
 * (a caller that chose its own scale) is not drawn rather than drawn wrong.
 */
export function annualTarget(profile: Pick<Profile, 'targetSalary'>, currency: string): number | null {
  const target = profile.targetSalary;
  if (!target || target.currency !== currency) return null;
  return annualize({ min: target.amount, max: target.amount, period: target.period }).min;
}

export function relationTo(min: number | null, max: number | null, target: number): PayRelation {
  if (max !== null && max < target) return 'below';
  if (min !== null && min >= target) return 'meets';
  // An "up to X" range with X at or above the target, or a range around it.
  return 'spans';
}

export function payContext(jobs: readonly PayContextJob[], target: number | null, currency: string): PayContext {
  const points: PayPoint[] = [];
  const noSalary: PayContext['noSalary'] = [];
  const unconvertible: PayContext['unconvertible'] = [];
  let ratesDate: string | null = null;
  let low = target ?? Infinity;
  let high = target ?? -Infinity;
  for (const { id, title, company, salary } of jobs) {
    if (!salary || (salary.min === null && salary.max === null && salary.unconvertible === undefined)) {
      noSalary.push({ id, title, company });
      continue;
    }
    if (salary.unconvertible !== undefined) {
      unconvertible.push({ id, title, company, salary });
      continue;
    }
    const min = salary.min === null || salary.max === null ? salary.min : Math.min(salary.min, salary.max);
    const max = salary.min === null || salary.max === null ? salary.max : Math.max(salary.min, salary.max);
    if (salary.converted && ratesDate === null) ratesDate = salary.ratesDate;
    for (const amount of [min, max]) {
      if (amount === null) continue;
      if (amount < low) low = amount;
      if (amount > high) high = amount;
    }
    points.push({ id, title, company, salary, min, max, relation: target === null ? null : relationTo(min, max, target) });
  }
  const axis = points.length === 0 ? null : axisFor(low, high);
  return { currency, target, points, noSalary, unconvertible, axis, ratesDate };
}

/** Round ends a little outside the figures, so the axis reads 60K, 80K, 100K … and open ends have room. */
function axisFor(smallest: number, largest: number): PayContext['axis'] {
  const span = largest > smallest ? largest - smallest : Math.max(largest * 0.4, 1);
  const step = niceStep(span / TARGET_STEPS);
  const low = Math.max(0, Math.floor(smallest / step) * step - (largest > smallest ? 0 : step));
  const high = Math.ceil(largest / step) * step + step;
  const ticks: number[] = [];
  for (let tick = low; tick <= high + step / 2; tick += step) ticks.push(tick);
  return { low, high, ticks };
}


/** Where an amount sits on the axis, from 0 to 1. */
export function fractionOn(axis: { low: number; high: number }, amount: number): number {
  return Math.min(1, Math.max(0, (amount - axis.low) / (axis.high - axis.low)));
}
