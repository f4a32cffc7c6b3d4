import type { Salary, SalaryPeriod } from '../core/job';
import { convertAmount } from './currency';
import type { CurrencyRates } from './currency-rates';
import { annualize, type AnnualAmounts } from './salary-scale';

export { scaleCurrencyFor } from './scale-currency';

/**
 * A posting's salary placed on the comparison scale: per year, in the scale currency (the
 * profile's, see `scaleCurrencyFor`), with the marks the UI must show beside it.
 */
export interface ScaledSalary {
  /** Per year in `currency`. An open end stays null ("up to X" has no min); both are null when unconvertible. */
  min: number | null;
  max: number | null;
  /** The scale currency: the one `min`/`max` are in, even when they are null. */
  currency: string;
  /** True when the amounts went through an exchange rate: the UI shows them as approximate. */
  converted: boolean;
  /** The date of the rate table used, when converted; null otherwise. */
  ratesDate: string | null;
  /** A job board's guess (origin 'estimate'), not the employer's figure. */
  estimate: boolean;
  /** On-target earnings (base + commission), not base pay. */
  ote: boolean;
  /** The period the posting stated, before scaling to a year. */
  period: SalaryPeriod;
  /** The posting's own words, shown verbatim. */
  text: string;
  /** Per year in the posting's own currency: what is left to show when there is no rate. */
  original: { min: number | null; max: number | null; currency: string };
  /** Present only when the posting's currency has no rate in the table: why min/max are null. */
  unconvertible?: string;
}

/**
 * `salary` per year in `target.currency`, or null when the job states no salary. A salary
 * in a currency the table lacks keeps its words and own-currency figures, with min/max null
 * and the reason in `unconvertible`, so lists can show it as written and sort it last
 * instead of hiding it.
 */
export function salaryOnScale(
  salary: Salary | null,
  target: { currency: string },
  rates: CurrencyRates,
): ScaledSalary | null {
  if (!salary) return null;
  const perYear = annualize(salary);
  if (salary.currency === target.currency) return scaled(salary, perYear, target.currency, perYear.min, perYear.max, null);

  const min = convertEnd(perYear.min, salary.currency, target.currency, rates);
  const max = convertEnd(perYear.max, salary.currency, target.currency, rates);
  if (min === undefined || max === undefined) {
    const unconvertible = scaled(salary, perYear, target.currency, null, null, null);
    unconvertible.unconvertible = unconvertibleReason(salary.currency, target.currency, rates);
    return unconvertible;
  }
  return scaled(salary, perYear, target.currency, min, max, rates.date);
}

/**
 * One object literal with every field in the same order: thousands of rows then share one
 * object shape, which keeps building and sorting the list fast. `ratesDate` null = not converted.
 */
function scaled(
  salary: Salary,
  perYear: AnnualAmounts,
  currency: string,
  min: number | null,
  max: number | null,
  ratesDate: string | null,
): ScaledSalary {
  return {
    min,
    max,
    currency,
    converted: ratesDate !== null,
    ratesDate,
    estimate: salary.origin === 'estimate',
    ote: salary.kind === 'ote',
    period: salary.period,
    text: salary.text,
    original: { min: perYear.min, max: perYear.max, currency: salary.currency },
  };
}

/** The converted end, null for an open end, undefined when a rate is missing. */
function convertEnd(amount: number | null, from: string, to: string, rates: CurrencyRates): number | null | undefined {
  if (amount === null) {
    // An open end needs no rate, but the other end must still convert: ask with a unit.
    return convertAmount(1, from, to, rates) === null ? undefined : null;
  }
  const converted = convertAmount(amount, from, to, rates);
  return converted === null ? undefined : roundConverted(converted);
}

/**
 * Three significant figures: the shipped rates are approximate, so €85,432 would claim a
 * precision the conversion does not have (€85,400 does not). Amounts in the posting's own
 * currency are not touched.
 */
export function roundConverted(amount: number): number {
  if (amount === 0 || !Number.isFinite(amount)) return amount;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(amount))) - 2);
  return Math.round(amount / step) * step;
}

function unconvertibleReason(from: string, to: string, rates: CurrencyRates): string {
  const missing = Object.hasOwn(rates.rates, from) ? to : from;
  return `No rate for ${missing} in your currency table`;
}
