/**
 * Anything that can make a nearby number money: a currency symbol, an upper-case 3-letter
 * word (checked against the ISO list later), a currency name, or an Indian unit. Sticky: it
 * only confirms a position that MARK_CANDIDATE proposes.
 */
const MONEY_MARK =
  /[$€£¥₹₩₱₪₺₴₦]|\b[A-Z]{3}\b|(?<![A-Za-z])(?:kr|Rs|Fr|zł|zl|lakhs?|lacs?|LPA|lpa|crores?|dollars|euros?|pounds|rupees|złotych|zloty|yen)(?![A-Za-z\u00C0-\u024F])/y;

/**
 * MONEY_MARK loosened into a plain scan, which the engine runs several times faster: its
 * lookbehind and word alternatives make the engine try a dozen things at almost every
 * position. Here the character before a word mark is consumed rather than looked behind at.
 * A hit is a symbol (one character: a mark there) or the character before a candidate:
 * every mark of the other alternatives at a position p ≥ 1 makes a hit at p - 1, because
 * - `\b[A-Z]{3}\b` needs a non-word, so non-letter, character before it and starts with [A-Z]{3};
 * - each currency word needs a non-letter before it and starts with one of these prefixes:
 *   kr, Rs, Fr, zł/zl/złotych/zloty → z[łl], lakh(s)/lac(s) → la[kc], lpa, LPA,
 *   crore(s) → crore, dollars, euro(s) → euro, pounds, rupees, yen.
 * A candidate is only that: MONEY_MARK, anchored there, decides.
 */
const MARK_CANDIDATE = /[$€£¥₹₩₱₪₺₴₦]|[^A-Za-z](?:[A-Z]{3}|kr|Rs|Fr|z[łl]|la[kc]|lpa|LPA|crore|dollars|euro|pounds|rupees|yen)/g;

/**
 * How far past its start a mark's match reads: the longest mark ("dollars", "złotych": 7
 * code units) plus the one character its closing lookahead or `\b` looks at. A slice that
 * ends this far past a position decides a mark there exactly as the whole text would.
 */
const MARK_READS_PAST_START = 8;

function isMarkAt(slice: string, index: number): boolean {
  MONEY_MARK.lastIndex = index;
  return MONEY_MARK.test(slice);
}

/**
 * The first position in [from, to] where a money mark (MONEY_MARK) starts, or -1. Reads
 * only [from - 1, to + MARK_READS_PAST_START).
 */
export function firstMoneyMark(text: string, from: number, to: number): number {
  const start = Math.max(0, from);
  if (start > to) return -1;
  // One character before `start` for the lookbehind and `\b`; MARK_READS_PAST_START after `to`.
  const sliceStart = start > 0 ? start - 1 : 0;
  const slice = text.slice(sliceStart, to + MARK_READS_PAST_START);
  // `first` and `last` bound a mark's position, in slice offsets.
  const first = start - sliceStart;
  const last = to - sliceStart;
  // At the very start of the text there is no character before a mark for the scan to consume.
  if (sliceStart === 0 && first === 0 && isMarkAt(slice, 0)) return 0;
  // Shared patterns are safe: each lastIndex is set right before the exec that uses it.
  MARK_CANDIDATE.lastIndex = first > 0 ? first - 1 : 0;
  for (let hit = MARK_CANDIDATE.exec(slice); hit; hit = MARK_CANDIDATE.exec(slice)) {
    if (hit[0].length === 1) {
      // A symbol: a mark where it stands. The context character before `first` is not in
      // range, but as the character before a word it may still start one at `first`.
      if (hit.index >= first) return hit.index <= last ? sliceStart + hit.index : -1;
      if (isMarkAt(slice, first)) return sliceStart + first;
      continue;
    }
    const candidate = hit.index + 1;
    if (candidate > last) return -1;
    if (isMarkAt(slice, candidate)) return sliceStart + candidate;
    // The next candidate's character before it lies at or after this one.
    MARK_CANDIDATE.lastIndex = candidate;
  }
  return -1;
}

/**
 * Finds money marks in stretches of a text the caller names, reading only those stretches.
 *
 * Why: a posting is mostly words and has only a handful of numbers, and MONEY_MARK — its
 * words start with the commonest letters, so the engine tries a dozen alternatives at almost
 * every position — was the costliest scan of salary extraction when run over all of them.
 * Only marks near a number matter, so the caller asks about the neighbourhood of each digit
 * run, and text far from any digit is never scanned.
 *
 * Marks never overlap (each needs a non-letter or a word boundary before it, and none
 * contains one), so "the first mark in a stretch" does not depend on where a scan started.
 */
export class MoneyMarkFinder {
  /**
   * What is known: the first mark in [knownFrom, knownTo) is `knownMark`, or there is none
   * there when it is -1. Queries come with a non-decreasing start, so one interval suffices
   * and no character is scanned twice.
   */
  private knownFrom = 0;
  private knownTo = 0;
  private knownMark = -1;

  constructor(private readonly text: string) {}

  /** The first mark starting in [from, to] (both clipped to the text), or -1. `from` must never decrease. */
  firstIn(from: number, to: number): number {
    const start = Math.max(0, from);
    const end = Math.min(to, this.text.length - 1);
    if (start > end) return -1;
    if (start >= this.knownFrom && start <= this.knownTo) {
      if (this.knownMark >= start) return this.knownMark <= end ? this.knownMark : -1;
      if (this.knownMark < 0) {
        // [start, knownTo) is known to be free of marks: scan on from where the last scan stopped.
        if (end < this.knownTo) return -1;
        return this.remember(start, firstMoneyMark(this.text, this.knownTo, end), end);
      }
    }
    return this.remember(start, firstMoneyMark(this.text, start, end), end);
  }

  private remember(from: number, mark: number, end: number): number {
    this.knownFrom = from;
    this.knownMark = mark;
    this.knownTo = mark >= 0 ? mark + 1 : end + 1;
    return mark;
  }
}
