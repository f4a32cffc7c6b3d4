import type { SalaryPeriod } from '../core/job';
import { currencyScale } from './salary-currency';

/**
 * Period words in the clause around a figure ("annual salary range … $X", "$X – $Y gross per
 * month", "pro Stunde"). Alternatives are plain words; nothing repeats, so a scan is linear.
 */
const PERIOD_WORDS =
  /\b(?:(?<hour>hourly|per hour|an hour|per hr|hour(?:ly)? rate|pro Stunde|Stundensatz|Stundenlohn|brutto\/Std|\/hr|\/h)|(?<day>daily|per day|a day|day rate|pro Tag|Tagessatz|\/day)|(?<week>weekly|per week|a week|pro Woche|\/week|\/wk)|(?<month>monthly|per month|a month|pro Monat|monatlich|brutto\/Monat|mensuel(?:le)?|mensual|mensal|al mes|por mes|por mês|par mois|miesięcznie|\/mies|\/mo|\/month)|(?<year>annual(?:ly)?|yearly|per year|a year|per annum|p\.a\.|pro Jahr|j[äa]hrlich|brutto\/Jahr|annuel(?:le)?|anual|par an|rocznie|\/yr|\/year|LPA|CTC))(?![\p{L}])/giu;

/** The period named closest to a figure: first after it, else the last before it. */
export function periodInContext(before: string, after: string): SalaryPeriod | null {
  PERIOD_WORDS.lastIndex = 0;
  const next = PERIOD_WORDS.exec(after.slice(0, 30));
  if (next) return periodOf(next);
  let last: SalaryPeriod | null = null;
  PERIOD_WORDS.lastIndex = 0;
  for (let m = PERIOD_WORDS.exec(before); m; m = PERIOD_WORDS.exec(before)) last = periodOf(m);
  return last;
}

function periodOf(match: RegExpExecArray): SalaryPeriod | null {
  const g = match.groups ?? {};
  if (g.hour) return 'hour';
  if (g.day) return 'day';
  if (g.week) return 'week';
  if (g.month) return 'month';
  if (g.year) return 'year';
  return null;
}

/**
 * The period a figure most likely is when the text names none. With `v` the larger figure
 * in the currency's own units and the thresholds from `currencyScale`:
 * - v ≥ yearFrom (10,000 for USD/EUR/GBP; 50,000 PLN; 200,000 INR …) → year;
 * - monthFrom ≤ v < yearFrom → month, where the market quotes monthly pay (EUR, PLN, CHF,
 *   INR, BRL …) or a salary word sits next to it; a bare "$4,000" stays unknown;
 * - v < hourBelow (300 for USD/EUR/GBP) → hour;
 * - anything else (e.g. $300–$999 with no period) → null: too ambiguous to call.
 */
export function inferPeriod(value: number, currency: string, hasSalaryWord: boolean): SalaryPeriod | null {
  const scale = currencyScale(currency);
  if (value >= scale.yearFrom) return 'year';
  if (value >= scale.monthFrom) return scale.monthlyCustomary || hasSalaryWord ? 'month' : null;
  if (scale.hourBelow !== null && value < scale.hourBelow) return 'hour';
  return null;
}

/** What a person could be paid per period, in rough US dollars; outside it is not pay. */
const PLAUSIBLE_USD: Record<SalaryPeriod, readonly [number, number]> = {
  hour: [3, 2_000],
  day: [20, 10_000],
  week: [100, 40_000],
  month: [100, 200_000],
  year: [1_000, 5_000_000],
};

/** Whether `value` in `currency` is a believable pay figure for `period`. */
export function isPlausiblePay(value: number, currency: string, period: SalaryPeriod): boolean {
  const usd = value * currencyScale(currency).usdPerUnit;
  const [low, high] = PLAUSIBLE_USD[period];
  return usd >= low && usd <= high;
}
