import type { SalaryPeriod } from '../core/job';
import { amountsIn, type MoneyAmount } from './salary-amount';
import { boundOf, payCues, payKind } from './salary-context';
import { isoCodeIn, resolveDollar, resolveKrone, resolveYen } from './salary-currency';
import { inferPeriod, isPlausiblePay, periodInContext } from './salary-period';
import { displayText, LineIndex, sentenceAround, type Span } from './salary-snippet';

/** A pay figure or range found in a text, with where it sits. */
export interface SalaryCandidate {
  min: number | null;
  max: number | null;
  currency: string;
  period: SalaryPeriod;
  kind: 'base' | 'ote' | 'unknown';
  /** The words it came from, cleaned of markdown marks. */
  text: string;
  /** Span of the figures in the scanned text. */
  start: number;
  end: number;
  isRange: boolean;
  /**
   * A bare "$" with no code or country named near it, read as USD: the posting's place or
   * board may say which dollar it is (SEEK Australia's "$" is AUD).
   */
  bareDollar: boolean;
}

/**
 * 'phrase': the caller says the text is about pay (a header line, a form field), so a lone
 * figure counts. 'body': free text, where a lone figure needs a pay word or a stated period
 * next to it ("$40 per hour", "Salary: $120k"); a range needs neither.
 */
export type ScanMode = 'phrase' | 'body';

/** Words that join two figures into a range. "and"/"y"/"et" only after "between". */
const CONNECTOR = /^[ \u00A0]{0,3}\\?(?:-{1,2}|–|—|‒|−|~|to|bis|through|till|until|à|a)[ \u00A0]{0,3}$/i;
const AND_CONNECTOR = /^[ \u00A0]{0,3}(?:and|y|et|und|i)[ \u00A0]{0,3}$/i;
const BETWEEN = /\b(?:between|entre|zwischen|pomiędzy|między)[ \u00A0]{1,3}$/i;
const DASH = /^[ \u00A0]{0,3}\\?(?:-{1,2}|–|—|‒|−)[ \u00A0]{0,3}$/;

/** Where the words after a figure stop counting for it: "+ bonus", "plus equity", "; ". */
const AFTER_CUT = /[+;]|\bplus\b|, |\band\b|\bwith\b|[.!?](?:\s|$)/i;

/** A range dash or "to" with a digit on its far side, next to a lone figure. */
const DANGLING_BEFORE = /\d[ \u00A0]{0,2}(?:-|–|—|to)[ \u00A0]{0,2}$/;
const DANGLING_AFTER = /^[ \u00A0]{0,2}(?:-|–|—|to)[ \u00A0]{0,2}\d/;

/** A figure that is a range when `to` is set. */
interface Figure {
  from: MoneyAmount;
  to: MoneyAmount | null;
  /** End of the amount read just before it, and start of the one just after (or ±Infinity). */
  previousEnd: number;
  nextStart: number;
}

/** Ends of a range are within a factor of 20 of each other; "Level 2 - $100,000" is not one. */
const MAX_RANGE_RATIO = 20;

function comparable(a: MoneyAmount, b: MoneyAmount): boolean {
  const [low, high] = shareMultiplier(a, b);
  const [min, max] = low <= high ? [low, high] : [high, low];
  return min > 0 && max / min <= MAX_RANGE_RATIO;
}

function joinsAsRange(text: string, a: MoneyAmount, b: MoneyAmount): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap.length > 12 || !comparable(a, b)) return false;
  if (CONNECTOR.test(gap)) return true;
  return AND_CONNECTOR.test(gap) && BETWEEN.test(text.slice(Math.max(0, a.start - 20), a.start));
}

/** Tops `pending` up to four amounts (the most a range decision looks at) from `amounts`. */
function fillPending(pending: MoneyAmount[], amounts: Iterator<MoneyAmount>): void {
  while (pending.length < 4) {
    const next = amounts.next();
    if (next.done) return;
    pending.push(next.value);
  }
}

/** Pairs amounts into ranges; "min - mid - max" zone triples keep their ends. */
function* groupFigures(text: string, amounts: Iterator<MoneyAmount>): Generator<Figure> {
  const pending: MoneyAmount[] = [];
  let previousEnd = -Infinity;
  for (fillPending(pending, amounts); pending.length > 0; fillPending(pending, amounts)) {
    const [a, b, c] = pending as [MoneyAmount, MoneyAmount | undefined, MoneyAmount | undefined];
    let used: number;
    let to: MoneyAmount | null;
    if (!b || !joinsAsRange(text, a, b)) {
      [used, to] = [1, null];
    } else if (
      c &&
      DASH.test(text.slice(a.end, b.start)) &&
      DASH.test(text.slice(b.end, c.start)) &&
      comparable(a, c) &&
      a.value <= b.value &&
      b.value <= c.value
    ) {
      [used, to] = [3, c];
    } else {
      [used, to] = [2, b];
    }
    const nextStart = pending[used]?.start ?? Infinity;
    pending.splice(0, used);
    yield { from: a, to, previousEnd, nextStart };
    previousEnd = (to ?? a).end;
  }
}

/** "$120-150k", "12-18 LPA": a multiplier written once scales both ends. */
function shareMultiplier(a: MoneyAmount, b: MoneyAmount): [number, number] {
  let low = a.value;
  let high = b.value;
  if (!a.multiplier && b.multiplier && a.written < 1000) {
    const scaled = a.written * (b.value / b.written);
    if (scaled <= b.value) low = scaled;
  } else if (!b.multiplier && a.multiplier && b.written < 1000) {
    const scaled = b.written * (a.value / a.written);
    if (scaled >= a.value) high = scaled;
  }
  return [Math.round(low * 100) / 100, Math.round(high * 100) / 100];
}

/** What currencyOf returns for a bare "$": USD, unless the caller knows the local dollar. */
const BARE_DOLLAR = 'USD$';

/**
 * The ISO currency of a figure, from its own marks, else a code named right next to it;
 * BARE_DOLLAR for a "$" that nothing names.
 */
function currencyOf(text: string, figure: Figure, clause: Span): string | null {
  const marks = [figure.from.currency, figure.to?.currency].filter((m) => m !== null && m !== undefined);
  const explicit = marks.filter((m) => m.explicit);
  if (explicit.length === 2 && explicit[0]!.code !== explicit[1]!.code) return null;
  const mark = explicit[0] ?? marks[0];
  const end = (figure.to ?? figure.from).end;
  const start = figure.from.start;
  if (!mark) {
    // Lakh and crore are Indian units: "12-18 LPA" is rupees even with no mark.
    if ([figure.from.multiplier, figure.to?.multiplier].some((m) => m === 'lakh' || m === 'crore')) return 'INR';
    return (
      isoCodeIn(text.slice(end, Math.min(clause.end, end + 12)), 'first') ??
      isoCodeIn(text.slice(Math.max(clause.start, start - 30), start), 'last')
    );
  }
  if (mark.explicit) return mark.code;
  const nearby =
    text.slice(Math.max(clause.start, start - 15), start) + ' ' + text.slice(end, Math.min(clause.end, end + 25));
  if (mark.code === 'USD') {
    const dollar = resolveDollar(nearby);
    return dollar === 'USD' && !/\bUSD\b|\bUS dollars?\b/i.test(nearby) ? BARE_DOLLAR : dollar;
  }
  if (mark.code === 'SEK') return resolveKrone(nearby);
  if (mark.code === 'JPY') return resolveYen(nearby);
  return mark.code;
}

function hasCurrencyNearby(text: string, figure: Figure, line: Span): boolean {
  if (figure.from.currency || figure.to?.currency) return true;
  if ([figure.from.multiplier, figure.to?.multiplier].some((m) => m === 'lakh' || m === 'crore')) return true;
  const start = figure.from.start;
  const end = (figure.to ?? figure.from).end;
  return /\b[A-Z]{3}\b/.test(text.slice(Math.max(line.start, start - 30), Math.min(line.end, end + 12)));
}

/** Turns one figure into a candidate, or null when it is not pay. */
function toCandidate(text: string, lines: LineIndex, figure: Figure, mode: ScanMode): SalaryCandidate | null {
  const { from, to } = figure;
  const start = from.start;
  const end = (to ?? from).end;
  const line = lines.around(start, end);
  // Most numbers in a posting are years, counts and percentages with no currency: leave
  // them before doing any word work.
  if (!hasCurrencyNearby(text, figure, line)) return null;

  const clause = sentenceAround(text, line, start, end, true);
  const mark = currencyOf(text, figure, clause);
  if (!mark) return null;
  const bareDollar = mark === BARE_DOLLAR;
  const currency = bareDollar ? 'USD' : mark;

  const before = text.slice(Math.max(clause.start, start - 100), start);
  const rest = text.slice(end, Math.min(clause.end, end + 50));
  const cut = AFTER_CUT.exec(rest);
  const after = cut ? rest.slice(0, cut.index) : rest;
  const cues = payCues(before, after);
  if (cues.saysNotPay) return null;

  const amounts = to ? [from, to] : [from];
  if (amounts.some((a) => a.multiplier === 'billion')) return null;

  let min: number | null;
  let max: number | null;
  if (to) {
    [min, max] = shareMultiplier(from, to);
    if (min > max) [min, max] = [max, min];
    if (min <= 0 || max / min > MAX_RANGE_RATIO) return null;
  } else {
    if (from.value <= 0) return null;
    // "12345,678 - $190,000": the other end of a range failed to read as a number, and
    // half a range is not a salary. ("2024 - $120k" is fine: 2024 was read, and declined.)
    const reach = 8;
    if (figure.previousEnd < start - reach && DANGLING_BEFORE.test(text.slice(Math.max(line.start, start - reach), start))) {
      return null;
    }
    if (figure.nextStart > end + reach && DANGLING_AFTER.test(text.slice(end, Math.min(line.end, end + reach)))) {
      return null;
    }
    const bound = boundOf(before.slice(-40), rest, from.plus);
    min = bound === 'ceiling' ? null : from.value;
    max = bound === 'floor' ? null : from.value;
  }

  const sentence = sentenceAround(text, line, start, end);
  const periodAfter = from.period ?? to?.period ?? periodInContext('', after);
  const statedPeriod = periodAfter ?? periodInContext(text.slice(Math.max(sentence.start, start - 80), start), '');
  // Millions are funding, revenue and valuations — unless the text says it is yearly pay.
  const inMillions = amounts.some((a) => a.multiplier === 'm' || a.multiplier === 'crore');
  if (inMillions && !(statedPeriod === 'year' && cues.saysPay)) return null;
  // A lone figure in free text needs a pay word, or a period right after it ("$40 per
  // hour"); "Annual maximum is $3,200 for health care" has a period word but is not pay.
  if (!to && mode === 'body' && !cues.saysPay && !periodAfter) return null;

  const top = max ?? min ?? 0;
  const period = statedPeriod ?? inferPeriod(top, currency, cues.saysPay);
  if (!period) return null;
  if ((min !== null && !isPlausiblePay(min, currency, period)) || !isPlausiblePay(top, currency, period)) {
    return null;
  }

  const kind = payKind(
    text.slice(Math.max(sentence.start, start - 150), start),
    text.slice(end, Math.min(sentence.end, end + 60)),
  );
  return {
    min,
    max,
    currency,
    period,
    kind,
    text: displayText(text, sentence, start, end),
    start,
    end,
    isRange: to !== null,
    bareDollar,
  };
}

const FIRST_DIGIT = /\d/;

/** Most pay figures kept from one text; real postings state a handful. */
const MAX_CANDIDATES = 50;

/** Every pay figure in `text` (up to MAX_CANDIDATES), in reading order. */
export function findSalaryCandidates(text: string, mode: ScanMode): SalaryCandidate[] {
  // Most texts have no digit at all; where one has, the amount scan starts at the first.
  const firstDigit = FIRST_DIGIT.exec(text);
  if (!firstDigit) return [];
  const candidates: SalaryCandidate[] = [];
  const lines = new LineIndex(text);
  for (const figure of groupFigures(text, amountsIn(text, firstDigit.index))) {
    const candidate = toCandidate(text, lines, figure, mode);
    if (candidate) candidates.push(candidate);
    if (candidates.length >= MAX_CANDIDATES) break;
  }
  return candidates;
}
