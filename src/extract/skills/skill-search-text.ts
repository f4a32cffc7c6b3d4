/**
 * The string the Aho–Corasick automaton actually scans, derived from the posting text one
 * UTF-16 unit for one UTF-16 unit, so every offset found maps straight back to the text.
 *
 * Three rewrites, each for a measured reason:
 * - Non-ASCII units become SUB (U+001A). modern-ahocorasick scans ASCII with a fast cursor
 *   but hands everything after the first non-ASCII character to Intl.Segmenter, which is
 *   ~50× slower; one curly apostrophe near the top of a posting would cost milliseconds.
 *   Dictionary spellings with non-ASCII letters still match: they are folded the same way
 *   and every hit is verified against the original text.
 * - ASCII letters are lower-cased (one unit each, so lengths never change — unlike
 *   String#toLowerCase on the original, which turns "İ" into two units).
 * - A non-word unit followed by a word unit becomes WORD_START (U+0002), and every spelling
 *   that begins with a letter or digit is looked up with WORD_START in front. Hits can then
 *   only begin at the start of a word: without this, "r" and "c" alone hit every r and c of
 *   the posting and emitting those hits cost more than the scan.
 * Verification against the original (exact slice, exact letter case where it matters)
 * makes the rewrites invisible to callers: they narrow the hits, never decide them.
 */

/** Stands for the unit before a word: a space, punctuation, a line break or a non-ASCII character. */
export const WORD_START = '\u0002';

/** Runs, not single units: a page of mojibake is one replacement, not a million. */
const NON_ASCII = /[^\u0000-\u007f]+/g;
/** `\W` followed by a word unit; a single unit and a lookahead, so linear. */
const BEFORE_WORD = /\W(?=\w)/g;

/** The folded form of `text`: same length, same offsets. */
export function foldForSearch(text: string): string {
  return text.replace(NON_ASCII, hide).toLowerCase().replace(BEFORE_WORD, WORD_START);
}

function hide(run: string): string {
  return run.length === 1 ? '\u001a' : '\u001a'.repeat(run.length);
}

/**
 * The whole-text search string: a WORD_START in front, so a word at offset 0 is preceded
 * like any other. Offset `i` of the text is offset `i + 1` here.
 */
export function searchStringOf(text: string): string {
  // Folding the joined string (rather than joining the folded one) yields a flat string:
  // a concatenation would make every charCodeAt and slice of the scan walk a rope.
  return foldForSearch(WORD_START + text);
}

/** Whether a spelling begins with a letter, digit or underscore (then it must start a word). */
export function startsWithWordUnit(spelling: string): boolean {
  return /^\w/.test(spelling);
}

/**
 * The automaton key of one dictionary spelling. Keys of spellings that start a word carry
 * a leading WORD_START, standing for the unit before the word; others (".NET") begin with
 * their own first unit.
 */
export function searchKeyOf(spelling: string): string {
  const folded = foldForSearch(spelling);
  return startsWithWordUnit(spelling) ? WORD_START + folded : folded;
}
