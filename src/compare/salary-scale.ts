import type { Salary, SalaryPeriod } from '../core/job';

/**
 * How many of each period make a working year. Full-time conventions, so that postings paid
 * by the hour, day or month can sit beside yearly ones:
 *   hour × 2080 (40 h × 52 weeks), day × 260 (5 days × 52 weeks), week × 52, month × 12.
 * No allowance is made for holidays: a contractor's day rate × 260 is the upper bound of what
 * the year can pay, which is how such rates are usually compared.
 */
export const PERIODS_PER_YEAR: Record<SalaryPeriod, number> = {
  hour: 2080,
  day: 260,
  week: 52,
  month: 12,
  year: 1,
};

export interface AnnualAmounts {
  min: number | null;
  max: number | null;
}

/**
 * The posting's range as amounts per year, in the posting's own currency (conversion to one
 * currency is the caller's step). A missing end stays null: "up to X" has no minimum.
 */
export function annualize(salary: Pick<Salary, 'min' | 'max' | 'period'>): AnnualAmounts {
  const factor = PERIODS_PER_YEAR[salary.period];
  return { min: scale(salary.min, factor), max: scale(salary.max, factor) };
}

function scale(amount: number | null, factor: number): number | null {
  // Rounded to whole units: 52.5 × 2080 must not print as 109199.99999999999.
  return amount === null ? null : Math.round(amount * factor);
}
