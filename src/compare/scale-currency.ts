import type { Salary } from '../core/job';
import type { Profile } from '../core/profile';
import type { CurrencyRates } from './currency-rates';

/** When nothing says otherwise, salaries are compared in dollars. */
export const FALLBACK_SCALE_CURRENCY = 'USD';

/**
 * The currency every salary is converted to for comparison: the profile's target salary
 * currency when the user set one; else the currency most of the jobs pay in (so a user
 * looking at euro jobs sees euros without setting anything); else USD.
 *
 * With `rates`, only currencies the table can convert count, so the scale is never one
 * nothing else converts to. A tie goes to USD when it is among the tied (the fallback
 * anyway), else to the alphabetically first code, so the choice does not depend on the order
 * the jobs were read in: one euro, one dollar and one Canadian job compare in dollars.
 */
export function scaleCurrencyFor(
  profile: Pick<Profile, 'targetSalary'>,
  jobs: readonly { salary: Pick<Salary, 'currency'> | null }[],
  rates?: CurrencyRates,
): string {
  if (profile.targetSalary) return profile.targetSalary.currency;
  const counts = new Map<string, number>();
  for (const { salary } of jobs) {
    if (!salary) continue;
    if (rates && !Object.hasOwn(rates.rates, salary.currency)) continue;
    counts.set(salary.currency, (counts.get(salary.currency) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [currency, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && winsTie(currency, best))) {
      best = currency;
      bestCount = count;
    }
  }
  return best ?? FALLBACK_SCALE_CURRENCY;
}

function winsTie(currency: string, over: string): boolean {
  if (over === FALLBACK_SCALE_CURRENCY) return false;
  return currency === FALLBACK_SCALE_CURRENCY || currency < over;
}
