import type { Salary, SalaryPeriod } from '../core/job';
import { alternativesAfterFirst } from '../extract/salary-alternatives';

/** ISO 4217, as the Salary schema requires; checked by hand so the content script needs no Zod. */
const ISO_CURRENCY = /^[A-Z]{3}$/;

export interface SalaryFigures {
  min: number | null;
  max: number | null;
  currency: string;
  period: SalaryPeriod;
  kind: Salary['kind'];
  /** The words the source gave; a rendering of the figures when it gave none. */
  text?: string | null;
}

/**
 * A pay range a source states as data → PostingHints.salary, or null when the figures do
 * not make one (no amount, negative or non-finite amounts, no ISO currency code). A
 * reversed range is put in order. Origin is always 'employer': these come from the
 * employer's own ATS or markup.
 */
export function salaryHint(figures: SalaryFigures): Salary | null {
  let min = amount(figures.min);
  let max = amount(figures.max);
  if (min === null && max === null) return null;
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  const currency = figures.currency.trim().toUpperCase();
  const text = figures.text?.replace(/\s+/g, ' ').trim() || formatSalaryText(min, max, currency, figures.period);
  if (!ISO_CURRENCY.test(currency) || (min !== null && min < 0) || (max !== null && max < 0)) return null;
  return { min, max, currency, period: figures.period, kind: figures.kind, origin: 'employer', text, alternatives: [] };
}

/** A range a source lists, with the name it gives it (a pay zone's title, a tier's name). */
export interface LabelledRange {
  salary: Salary;
  label: string | null;
}

/**
 * Several ranges (pay zones, compensation tiers): the first listed is the salary, the others
 * its alternatives (see alternativesAfterFirst). `text` is the words shown for the salary.
 */
export function firstWithAlternatives(ranges: readonly LabelledRange[], text: string): Salary | null {
  const first = ranges[0];
  if (!first) return null;
  return { ...first.salary, text, alternatives: alternativesAfterFirst(ranges.map(({ salary, label }) => ({ range: salary, label }))) };
}

/** "USD 100,000–120,000 per year", "from EUR 50 per hour", "up to GBP 40,000 per year". */
export function formatSalaryText(min: number | null, max: number | null, currency: string, period: SalaryPeriod): string {
  const per = `per ${period}`;
  if (min !== null && max !== null) {
    return min === max ? `${currency} ${formatAmount(min)} ${per}` : `${currency} ${formatAmount(min)}–${formatAmount(max)} ${per}`;
  }
  if (min !== null) return `from ${currency} ${formatAmount(min)} ${per}`;
  return `up to ${currency} ${formatAmount(max ?? 0)} ${per}`;
}

/**
 * The period a source's unit names: schema.org unitText (HOUR … YEAR), Lever intervals
 * ("per-year-salary", "per-hour-wage"), Ashby intervals ("1 YEAR"), plain words ("hourly",
 * "annual"). Null for anything else ("6 MONTH", "one-time"): better no salary than a wrong one.
 */
export function periodFromUnit(unit: string | null | undefined): SalaryPeriod | null {
  if (!unit) return null;
  const words = unit.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const match = /^(?:1 |per |an? )?(hour|day|week|month|year|annum|hourly|daily|weekly|monthly|yearly|annual|annually)(?: salary| wage| rate| pay)?$/.exec(words);
  if (!match) return null;
  return PERIOD_WORDS[match[1] ?? ''] ?? null;
}

const PERIOD_WORDS: Readonly<Record<string, SalaryPeriod>> = {
  hour: 'hour', hourly: 'hour',
  day: 'day', daily: 'day',
  week: 'week', weekly: 'week',
  month: 'month', monthly: 'month',
  year: 'year', yearly: 'year', annum: 'year', annual: 'year', annually: 'year',
};

function amount(value: number | null): number | null {
  return value !== null && Number.isFinite(value) && value >= 0 ? value : null;
}

/** 1234567.5 → "1,234,567.5": fixed grouping, so the text is the same in every locale. */
function formatAmount(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  const [whole = '0', fraction] = String(rounded).split('.');
  if (whole.includes('e')) return String(rounded);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}
