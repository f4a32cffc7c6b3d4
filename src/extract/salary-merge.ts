import type { Salary } from '../core/job';
import type { SalaryCandidate } from './salary-candidates';

/** A candidate with the name the posting gives its range ("Zone B", "San Francisco"). */
export interface LabelledCandidate {
  candidate: SalaryCandidate;
  label: string | null;
}

/**
 * Several pay figures in one posting (geo zones, levels, US vs Canada): the first listed is
 * the salary, the others its alternatives, each with its label ("Range N" when the posting
 * names none). A figure of another kind than the first (OTE beside base) is not an
 * alternative to it and is left out; the same range stated twice counts once.
 */
export function firstWithAlternatives(
  labelled: readonly LabelledCandidate[],
): { first: SalaryCandidate; alternatives: Salary['alternatives'] } | null {
  const first = labelled[0]?.candidate;
  if (!first) return null;
  const seen = new Set([rangeKey(first)]);
  const alternatives: Salary['alternatives'] = [];
  for (const [index, { candidate: c, label }] of labelled.entries()) {
    if (c.kind !== first.kind && c.kind !== 'unknown' && first.kind !== 'unknown') continue;
    const key = rangeKey(c);
    if (seen.has(key)) continue;
    seen.add(key);
    if (alternatives.length >= MAX_ALTERNATIVES) break;
    alternatives.push({ min: c.min, max: c.max, currency: c.currency, period: c.period, label: label ?? `Range ${index + 1}` });
  }
  return { first, alternatives };
}

/** More ranges than this are a pay table, not a posting's alternatives: the rest are left out. */
const MAX_ALTERNATIVES = 20;

function rangeKey(c: SalaryCandidate): string {
  return `${c.min}|${c.max}|${c.currency}|${c.period}`;
}

const LABEL_BEFORE = /([^\n:|]{1,60}?)\s*[:|–—-]?\s*(?:\(?[A-Z]{3}\)?\s*)?$/;
const PLACE_IN_SENTENCE = /\b(?:in|for|within)\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:[ ,]+\p{Lu}[\p{L}.'’-]*){0,3})/u;
const PAY_WORDS_ONLY = /^(?:the |our |a )?(?:base |annual |target |estimated |expected |starting )*(?:salary|pay|compensation|wage|range|salary range|pay range|base pay range|ote|rate)s?(?: is| will be| of)?$/i;

/**
 * What the posting calls a range: the words before it on its line when they are short
 * ("Zone B: USD …", "San Francisco – $…"), a place the sentence names ("… for the San
 * Francisco Bay Area is $…"), or a short line just above it ("Full Salary Range"). Null
 * when it names none.
 */
export function rangeLabel(text: string, start: number): string | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = clean(text.slice(Math.max(lineStart, start - 200), start));
  if (before !== '' && before.length <= 40 && !/\d/.test(before)) {
    const label = clean(LABEL_BEFORE.exec(before)?.[1] ?? before);
    if (label !== '' && !PAY_WORDS_ONLY.test(label)) return label;
  }
  const place = PLACE_IN_SENTENCE.exec(before)?.[1];
  if (place) return clean(place);
  if (before === '' && lineStart > 1) {
    const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const previous = clean(text.slice(previousStart, lineStart - 1));
    if (previous !== '' && previous.length <= 40 && !/\d/.test(previous)) return previous;
  }
  return null;
}

function clean(words: string): string {
  return words
    .replace(/\*\*|__|^[-*•]\s+/g, '')
    .replace(/[\s:|,–—-]+$/u, '')
    .replace(/^[\s:|,–—-]+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}
