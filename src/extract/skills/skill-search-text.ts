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
const WORD_START_CODE = 2;

/** The folded units are all ASCII, so decoding them as Latin-1 is a plain copy. */
const ASCII = new TextDecoder('latin1');

/**
 * The folded form of `text`: same length, same offsets. One pass over the units into a
 * byte array; three regex replacements did the same at three times the cost.
 */
export function foldForSearch(text: string): string {
  return fold(text, 0);
}

/**
 * The whole-text search string: a WORD_START in front, so a word at offset 0 is preceded
 * like any other. Offset `i` of the text is offset `i + 1` here.
 */
export function searchStringOf(text: string): string {
  return fold(text, 1);
}

/** Folds `text` into a byte array after `lead` leading WORD_STARTs. */
function fold(text: string, lead: number): string {
  const out = new Uint8Array(text.length + lead);
  out.fill(WORD_START_CODE, 0, lead);
  let previousIsWord = lead === 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    let isWord = true;
    if (code >= 65 && code <= 90) code += 32;
    else if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95)) {
      isWord = false;
      if (code > 127) code = 0x1a;
    }
    if (isWord && !previousIsWord) out[lead + i - 1] = WORD_START_CODE;
    out[lead + i] = code;
    previousIsWord = isWord;
  }
  return ASCII.decode(out);
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
