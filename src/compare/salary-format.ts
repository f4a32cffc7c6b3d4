import type { SalaryPeriod } from '../core/job';
import type { ScaledSalary } from './salary-on-scale';
import { PERIODS_PER_YEAR } from './salary-scale';

/**
 * Short salary labels for the popup list, the dashboard and the comparison: one function
 * so the three never disagree about how a converted or open-ended range reads.
 */

/** Intl formatters are slow to build and a list formats thousands of amounts: one per locale and currency. */
const formatters = new Map<string, Intl.NumberFormat>();

function compactFormatter(currency: string, locale: string | undefined): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact' });
    } catch {
      // A code Intl refuses (not a well-formed ISO code): plain number, code in front,
      // joined by a no-break space as Intl joins its own ("FCFA 600K" never wraps).
      const plain = new Intl.NumberFormat(locale, { notation: 'compact' });
      formatter = { format: (n: number) => `${currency}\u00a0${plain.format(n)}` } as Intl.NumberFormat;
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "€85K", "$1.2M", "¥15M": an amount the way a person says it. */
export function formatMoneyCompact(amount: number, currency: string, locale?: string): string {
  return compactFormatter(currency, locale).format(amount);
}

/** "€85K–€110K", "from €85K", "up to €110K", "€90K"; null when neither end is known. */
export function formatRange(min: number | null, max: number | null, currency: string, locale?: string): string | null {
  const money = (n: number) => formatMoneyCompact(n, currency, locale);
  if (min !== null && max !== null) {
    const low = money(min);
    const high = money(max);
    // Two figures that print the same ("€85K–€85K" after rounding) read as one.
    return low === high ? low : `${low}–${high}`;
  }
  if (min !== null) return `from ${money(min)}`;
  if (max !== null) return `up to ${money(max)}`;
  return null;
}

/**
 * The salary as one short label, per year: "≈ €85K–€110K / year" when converted (the "≈"
 * says so), "$120K–$150K / year" in its own currency. Without a rate, the posting's own
 * currency per year ("EGP 600K / year"); with no figures at all, the posting's words.
 */
export function formatScaledSalary(salary: ScaledSalary, locale?: string): string {
  if (salary.unconvertible !== undefined) {
    const own = formatRange(salary.original.min, salary.original.max, salary.original.currency, locale);
    return own ? `${own} / year` : salary.text;
  }
  const range = formatRange(salary.min, salary.max, salary.currency, locale);
  if (range === null) return salary.text;
  return `${salary.converted ? '≈ ' : ''}${range} / year`;
}

/** Short tags shown beside the label: each one changes what the figure means. */
export function salaryTags(salary: ScaledSalary): string[] {
  const tags: string[] = [];
  if (salary.ote) tags.push('OTE');
  if (salary.estimate) tags.push('estimate');
  if (salary.converted) tags.push(`from ${salary.original.currency}`);
  if (salary.unconvertible !== undefined) tags.push('no rate');
  return tags;
}

/** How each period became a year, in words a hover can hold. */
const PER_YEAR_WORDS: Record<Exclude<SalaryPeriod, 'year'>, string> = {
  hour: `Stated per hour; shown per year at full-time hours (× ${PERIODS_PER_YEAR.hour.toLocaleString('en')}).`,
  day: `Stated per day; shown per year at full-time days (× ${PERIODS_PER_YEAR.day}).`,
  week: `Stated per week; shown per year (× ${PERIODS_PER_YEAR.week}).`,
  month: `Stated per month; shown per year (× ${PERIODS_PER_YEAR.month}).`,
};

/**
 * The longer story for a hover or a screen reader, one sentence per line: the posting's
 * words first, then how the figure on the scale was reached.
 */
export function describeScaledSalary(salary: ScaledSalary, locale?: string): string[] {
  const lines = [`The posting says: “${salary.text}”`];
  if (salary.period !== 'year') lines.push(PER_YEAR_WORDS[salary.period]);
  if (salary.converted) {
    const own = formatRange(salary.original.min, salary.original.max, salary.original.currency, locale);
    lines.push(`Converted from ${own ?? salary.original.currency} a year at the approximate rates of ${salary.ratesDate ?? 'your table'}.`);
  }
  if (salary.unconvertible !== undefined) lines.push(`${salary.unconvertible}, so it is shown in ${salary.original.currency} and sorted last.`);
  if (salary.ote) lines.push('On-target earnings: base pay plus expected commission or bonus.');
  if (salary.estimate) lines.push('An estimate by the job board, not a figure from the employer.');
  return lines;
}
