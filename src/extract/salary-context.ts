/**
 * Reading the words around a money figure: is it pay, or a budget, a funding round, a bonus?
 * Is it base pay or on-target earnings? Is it a floor ("from") or a ceiling ("up to")?
 * All scans run on short windows the caller cuts from one line, with plain alternations.
 */

/** Words that say a figure is pay. */
const PAY_WORDS =
  /\b(?:salary|salaries|pay|pays|paying|paid|compensation|comp|remuneration|wages?|rate|earn|earns|earning|earnings|OTE|base|income|gross|brutto|Gehalt|Vergütung|salaire|rémunération|sueldo|salario|wynagrodzenie|range|band|offer|offering|package|CTC|LPA|TC)\b/gi;

/**
 * Words that say a figure is something else: funding, company size, perks and budgets,
 * retirement matches, one-off bonuses, equity. A salary line that mentions them after a "+"
 * ("$150k + bonus + equity") is protected by the caller cutting the window at "+".
 */
const NOT_PAY_WORDS =
  /\b(?:raised|raise|raising|fundraise|funding|funded|series [a-h]|valuation|valued|revenue|revenues|ARR|MRR|GMV|TPV|investors?|invested|investment|backed|customers|users|members|budgets?|stipends?|allowances?|reimburse\w{0,6}|HRA|HSA|FSA|401\s?\(?k\)?|pension|retirement|match|matching|matched|bonus|bonuses|signing|sign-on|referral|relocation|equity|shares|stock|options|RSUs?|donations?|grants?|coverage|insurance|deductible|lifetime|wellness|well-being|wellbeing|learning|education|tuition|training|conferences?|home[- ]office|office setup|equipment|set[- ]?up|gym|internet|phone|coworking|meals?|lunch|food|travel|childcare|gift|vouchers?|credits?|spend|spent|sold|assets|funds?|prize|award|cashback|price|costs?|fees?|worth|savings?|exits?|acquired|acquisition|TAM|market cap|incentive|per employee|premiums?|parental|fertility|health ?care|dependent care|medical|dental|vision)\b/gi;

/** Whether the cue nearest the figure on one side is a pay word (true) or not (false). */
type NearestCue = boolean | null;

function lastHit(regex: RegExp, text: string): number {
  let last = -1;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) last = m.index + m[0].length;
  return last;
}

function firstHit(regex: RegExp, text: string): number {
  regex.lastIndex = 0;
  const m = regex.exec(text);
  return m ? m.index : -1;
}

/** The cue nearest to the figure among the words before it (`before` ends at the figure). */
function nearestBefore(before: string): NearestCue {
  const pay = lastHit(PAY_WORDS, before);
  const notPay = lastHit(NOT_PAY_WORDS, before);
  if (pay < 0 && notPay < 0) return null;
  return pay >= notPay;
}

/** The cue nearest to the figure among the words after it (`after` starts at the figure). */
function nearestAfter(after: string): NearestCue {
  const pay = firstHit(PAY_WORDS, after);
  const notPay = firstHit(NOT_PAY_WORDS, after);
  if (pay < 0 && notPay < 0) return null;
  if (pay < 0 || notPay < 0) return pay >= 0;
  return pay <= notPay;
}

export interface PayCues {
  /** A pay word is the nearest cue on at least one side. */
  saysPay: boolean;
  /** A non-pay word is nearer than any pay word on some side. */
  saysNotPay: boolean;
}

/**
 * Cues on both sides of a figure. `before` is the clause up to the figure, `after` the words
 * following it up to the next "+", "plus", ";" or sentence end.
 */
export function payCues(before: string, after: string): PayCues {
  const b = nearestBefore(before);
  const a = nearestAfter(after);
  return { saysPay: b === true || a === true, saysNotPay: b === false || a === false };
}

const OTE = /\b(?:OTE|on[- ]target(?: earnings)?|total compensation including commissions?|including commissions?|incl\.? commissions?)\b/gi;
const BASE = /\bbase\b/gi;

/** How far from the figure the nearer of two hits is: one in `before` (ending there), one in the words after. */
function cueDistance(before: string, hitBefore: number, hitAfter: number): number {
  return Math.min(hitBefore < 0 ? Infinity : before.length - hitBefore, hitAfter < 0 ? Infinity : hitAfter);
}

/** 'ote' or 'base' by the nearest such word in the clause, else 'unknown'. */
export function payKind(before: string, after: string): 'base' | 'ote' | 'unknown' {
  const oteBefore = lastHit(OTE, before);
  const baseBefore = lastHit(BASE, before);
  const oteAfter = firstHit(OTE, after);
  const baseAfter = firstHit(BASE, after);
  const ote = cueDistance(before, oteBefore, oteAfter);
  const base = cueDistance(before, baseBefore, baseAfter);
  if (ote === Infinity && base === Infinity) return 'unknown';
  return ote <= base ? 'ote' : 'base';
}

const CEILING = /(?:\bup ?to|\bup-to|\bmax(?:imum)?(?: of)?|\bmax\.|\bbis zu|\bjusqu['’]à|\bnot to exceed|\bno more than)[ \u00A0:]{0,3}(?:an? |the )?(?:[\p{L}-]{1,12} ){0,2}$/iu;
const FLOOR = /(?:\bfrom|\bstarting (?:at|from)|\bstarts (?:at|from)|\bstarting salary (?:of|is)|\bat least|\bmin(?:imum)?(?: of)?|\bmin\.|\bab|\bno less than|\bmore than|\bover|\babove|\bin excess of)[ \u00A0:]{0,3}$/iu;
const OPEN_AFTER = /^[ \u00A0]{0,2}(?:or more|and up|and above|or higher|\+)/iu;

/**
 * For a single figure: 'ceiling' ("up to $X" → min null), 'floor' ("from $X", "$X+" → max
 * null), or 'exact'. `before` should be short (≤ 40 characters).
 */
export function boundOf(before: string, after: string, plus: boolean): 'ceiling' | 'floor' | 'exact' {
  if (plus || OPEN_AFTER.test(after)) return 'floor';
  // The anchored patterns try every start position; a plain search first skips them for
  // the usual figure that has no bound word at all.
  const lower = before.toLowerCase();
  if (CEILING_HINTS.some((h) => lower.includes(h)) && CEILING.test(before)) return 'ceiling';
  if (FLOOR_HINTS.some((h) => lower.includes(h)) && FLOOR.test(before)) return 'floor';
  return 'exact';
}

const CEILING_HINTS = ['up', 'max', 'bis', 'jusqu', 'exceed', 'more'];
const FLOOR_HINTS = ['from', 'start', 'least', 'min', 'ab', 'less', 'more', 'over', 'above', 'excess'];
