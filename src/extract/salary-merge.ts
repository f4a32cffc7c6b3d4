import type { Salary } from '../core/job';
import { alternativesAfterFirst } from './salary-alternatives';
import type { SalaryCandidate } from './salary-candidates';

/** A candidate with the name the posting gives its range ("Zone B", "San Francisco"). */
export interface LabelledCandidate {
  candidate: SalaryCandidate;
  label: string | null;
}

/**
 * Several pay figures in one posting (geo zones, levels, US vs Canada): the first listed is
 * the salary, the others its alternatives (see alternativesAfterFirst). A figure of another
 * kind than the first (OTE beside base) is not an alternative to it and is left out.
 */
export function firstWithAlternatives(
  labelled: readonly LabelledCandidate[],
): { first: SalaryCandidate; alternatives: Salary['alternatives'] } | null {
  const first = labelled[0]?.candidate;
  if (!first) return null;
  const sameKind = labelled.filter(
    ({ candidate: c }) => c.kind === first.kind || c.kind === 'unknown' || first.kind === 'unknown',
  );
  return { first, alternatives: alternativesAfterFirst(sameKind.map(({ candidate, label }) => ({ range: candidate, label }))) };
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
