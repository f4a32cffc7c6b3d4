import type { EmploymentType } from '../core/job';

/**
 * Which employment types a text could state at all, found in one scan, so that the long
 * statement patterns of employment.ts run only on text that names the type. Most section
 * text names none, and five case-insensitive scans per section (twice: declarations, then
 * statements) were most of the extraction time of employment type.
 *
 * Every alternative of a type's DECLARED and TEXT patterns contains one of the type's
 * keywords below, starting a word (after \b, a space, or the ":", "-", "–" of a declared
 * field), so looking for the keywords at word starts skips no text a pattern would match.
 * The keywords are as narrow as the patterns allow, because a keyword that is found
 * costs two pattern scans of the section:
 *
 * - internship: "intern" or "internship" followed by \b, in every alternative.
 * - contract: "contract"/"contractor", "freelance"/"freelancer", "fixed term", "ir35"
 *   (after "outside "/"inside "); "b2b" either before "agreement", "cooperation", "basis",
 *   "invoic…" or "arrangement" (before "contract" the word "contract" is the keyword) or
 *   as a declared value (": B2B").
 * - temporary: "temp" or "temporary" followed by \b, "seasonal", "interim", and
 *   "maternity", "paternity", "parental" only in "(leave) cover".
 * - part-time: "part(-| )time", or "hours a/per week".
 * - full-time: "full(-| )time", or "permanent" (a declared value, "permanent, full-time").
 */
const KEYWORD = new RegExp(
  // Keywords sharing a first letter are grouped under it: the engine then tries fewer
  // alternatives at each word start, which makes the scan faster by a fifth.
  '\\b(?:' +
    [
      'i(?:nt(?:ern(?:ship)?\\b|erim)|r35)',
      'contract',
      'f(?:reelanc|ixed[- ]term|ull[- ]?time)',
      'b2b(?: (?:agreement|cooperation|basis|invoic|arrangement)|\\b(?<=[:\\-–]\\s?b2b))',
      'temp(?:orary)?\\b',
      'seasonal',
      'maternity(?: leave)? cover',
      'p(?:a(?:rt[- ]?time|(?:ternity|rental)(?: leave)? cover)|ermanent)',
      'hours (?:a|per) week',
    ].join('|') +
    ')',
  'gi',
);

const BIT: Readonly<Record<EmploymentType, number>> = {
  internship: 1,
  contract: 2,
  temporary: 4,
  'part-time': 8,
  'full-time': 16,
};

/** What a text says about employment types, as far as the keywords tell. */
export interface Mentions {
  /** The types the text may state, as bits; test one with `mayState`. */
  types: number;
  /**
   * The part of the text a statement can be in: from MATCH_REACH characters before the
   * first keyword to MATCH_REACH after the last. Testing the long patterns on it gives the
   * same answer as on the whole text, and a keyword is rarely near most of a long section.
   */
  window: string;
}

/**
 * No statement a pattern of employment.ts matches is longer than about 130 characters
 * ("this opportunity will be an …, …, … permanent, full-time", three 20-character words),
 * lookahead included, and each holds a keyword. So every match lies within this reach of
 * a keyword, and nothing within the window can be read differently for being cut from
 * the text: a match would have to reach the cut edge, further than any match reaches from
 * the keyword it holds.
 */
const MATCH_REACH = 300;

/** Most sections: shared rather than made anew for each. */
const NO_MENTIONS: Mentions = Object.freeze({ types: 0, window: '' });

export function mentionsIn(text: string): Mentions {
  let types = 0;
  let first = -1;
  let last = -1;
  KEYWORD.lastIndex = 0;
  // Every keyword is needed, not just one per type: the window must hold all of them.
  for (let match = KEYWORD.exec(text); match !== null; match = KEYWORD.exec(text)) {
    types |= BIT[typeOfKeyword(match[0].toLowerCase())];
    if (first === -1) first = match.index;
    last = match.index;
  }
  KEYWORD.lastIndex = 0;
  if (types === 0) return NO_MENTIONS;
  const start = Math.max(0, first - MATCH_REACH);
  const end = Math.min(text.length, last + MATCH_REACH);
  return { types, window: start === 0 && end === text.length ? text : text.slice(start, end) };
}

export function mayState(mask: number, type: EmploymentType): boolean {
  return (mask & BIT[type]) !== 0;
}

/** The type a keyword found by KEYWORD belongs to (lower case). */
function typeOfKeyword(keyword: string): EmploymentType {
  if (keyword.startsWith('intern') && keyword !== 'interim') return 'internship';
  if (keyword.startsWith('part') || keyword.startsWith('hours')) return 'part-time';
  if (keyword.startsWith('full') || keyword === 'permanent') return 'full-time';
  if (keyword.startsWith('temp') || keyword === 'seasonal' || keyword === 'interim' || keyword.endsWith('cover')) return 'temporary';
  return 'contract';
}
