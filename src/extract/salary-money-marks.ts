/**
 * Money marks: anything that can make a nearby number money. A mark starts at a position
 * when the text there is
 * 1. a currency symbol: $ € £ ¥ ₹ ₩ ₱ ₪ ₺ ₴ ₦;
 * 2. an upper-case 3-letter word (checked against the ISO list later): three A–Z letters
 *    with a word boundary on both sides, as the regex `\b[A-Z]{3}\b` reads it;
 * 3. a currency name or Indian unit (CURRENCY_WORDS) with no ASCII letter before it and no
 *    letter (ASCII or Latin-1/Latin Extended) after it: "kr", "Rs", "lakh", "euros".
 * As one regex (the spec the tests hold the scanner to):
 *   [$€£¥₹₩₱₪₺₴₦]|\b[A-Z]{3}\b|(?<![A-Za-z])(?:kr|Rs|Fr|zł|zl|lakhs?|lacs?|LPA|lpa|crores?|dollars|euros?|pounds|rupees|złotych|zloty|yen)(?![A-Za-z\u00C0-\u024F])
 *
 * Why a hand-written scanner and not that regex: its words start with the commonest letters
 * of English, so the regex engine tries a dozen alternatives at almost every position; it
 * was the costliest scan of salary extraction. Here a position inside a word costs two
 * comparisons, and only word starts are looked at further.
 */

/** Currency names and units, by their first letter, with the plural each may take. */
const CURRENCY_WORDS: Readonly<Record<string, readonly string[]>> = {
  k: ['kr'],
  R: ['Rs'],
  F: ['Fr'],
  z: ['zł', 'zl', 'złotych', 'zloty'],
  l: ['lakh', 'lakhs', 'lac', 'lacs', 'lpa'],
  L: ['LPA'],
  c: ['crore', 'crores'],
  d: ['dollars'],
  e: ['euro', 'euros'],
  p: ['pounds'],
  r: ['rupees'],
  y: ['yen'],
};

/** The same lists indexed by character code, so the scan does no string work per letter. */
const WORDS_BY_FIRST_CODE: ReadonlyArray<readonly string[] | undefined> = (() => {
  const table: (readonly string[] | undefined)[] = new Array(128).fill(undefined);
  for (const [first, words] of Object.entries(CURRENCY_WORDS)) table[first.charCodeAt(0)] = words;
  return table;
})();

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/** `\w` of a regex without the u flag. */
function isWordChar(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}

/** What may not follow a currency word: a letter, ASCII or accented (U+00C0–U+024F). */
function isLetterAfterWord(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0xc0 && code <= 0x24f);
}

function isCurrencySymbol(code: number): boolean {
  switch (code) {
    case 0x24: // $
    case 0xa3: // £
    case 0xa5: // ¥
    case 0x20ac: // €
    case 0x20b9: // ₹
    case 0x20a9: // ₩
    case 0x20b1: // ₱
    case 0x20aa: // ₪
    case 0x20ba: // ₺
    case 0x20b4: // ₴
    case 0x20a6: // ₦
      return true;
    default:
      return false;
  }
}

/** NaN (past either end of the text) is no character: it fails every class test above. */
function codeAt(text: string, index: number): number {
  return text.charCodeAt(index);
}

/** A currency word starts at `index` (the caller has checked no ASCII letter precedes it). */
function currencyWordAt(text: string, index: number, first: number): boolean {
  const words = WORDS_BY_FIRST_CODE[first];
  if (words === undefined) return false;
  for (const word of words) {
    if (text.startsWith(word, index) && !isLetterAfterWord(codeAt(text, index + word.length))) return true;
  }
  return false;
}

/** `\b[A-Z]{3}\b` at `index`, where the caller has checked that no word character precedes it. */
function isoLikeCodeAt(text: string, index: number): boolean {
  return isUpper(codeAt(text, index + 1)) && isUpper(codeAt(text, index + 2)) && !isWordChar(codeAt(text, index + 3));
}

/** The first position in [from, to] where a money mark starts, or -1. Reads [from - 1, to + 8). */
export function firstMoneyMark(text: string, from: number, to: number): number {
  const last = Math.min(to, text.length - 1);
  let previous = from > 0 ? text.charCodeAt(from - 1) : NaN;
  for (let index = Math.max(0, from); index <= last; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      // Inside a word no mark can start except a symbol, and "$" is the only ASCII one.
      if (code === 0x24) return index;
      if (!isAsciiLetter(previous) && isAsciiLetter(code)) {
        if (isUpper(code) && !isWordChar(previous) && isoLikeCodeAt(text, index)) return index;
        if (currencyWordAt(text, index, code)) return index;
      }
    } else if (isCurrencySymbol(code)) {
      return index;
    }
    previous = code;
  }
  return -1;
}

/**
 * Finds money marks in stretches of a text the caller names, reading only those stretches.
 *
 * Why: a posting is mostly words and has only a handful of numbers, and only marks near a
 * number matter. The caller asks about the neighbourhood of each digit run, so text far from
 * any digit is never scanned.
 *
 * Marks never overlap (each needs a non-letter or a word boundary before it, and no mark
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
