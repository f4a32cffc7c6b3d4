/**
 * The folded form of a spelling, which decides which spellings read alike: the matcher
 * keeps those in one group and the first verified one wins (see skill-word-index.ts).
 * The fold keeps one UTF-16 unit for one unit:
 * - ASCII letters are lower-cased (unlike String#toLowerCase, which turns "İ" into two units);
 * - non-ASCII units become SUB (U+001A);
 * - a non-word unit followed by a word unit becomes WORD_START (U+0002), so "CI/CD" and
 *   "CI-CD" fold alike and only verification against the text tells them apart.
 */

/** Stands for the unit before a word: a space, punctuation, a line break or a non-ASCII character. */
export const WORD_START = '\u0002';
const WORD_START_CODE = 2;

/** The folded units are all ASCII, so decoding them as Latin-1 is a plain copy. */
const ASCII = new TextDecoder('latin1');

/** The folded form of `text`: same length, same offsets. */
export function foldForSearch(text: string): string {
  const out = new Uint8Array(text.length);
  let previousIsWord = true;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    let isWord = true;
    if (code >= 65 && code <= 90) code += 32;
    else if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95)) {
      isWord = false;
      if (code > 127) code = 0x1a;
    }
    if (isWord && !previousIsWord) out[i - 1] = WORD_START_CODE;
    out[i] = code;
    previousIsWord = isWord;
  }
  return ASCII.decode(out);
}

/** Whether a spelling begins with a letter, digit or underscore (then it must start a word). */
export function startsWithWordUnit(spelling: string): boolean {
  return /^\w/.test(spelling);
}

/**
 * The group key of one dictionary spelling: its fold, with a leading WORD_START for a
 * spelling that starts a word, standing for the unit before it. ".NET" (which may follow
 * a word: "ASP.NET") begins with its own first unit, folded.
 */
export function searchKeyOf(spelling: string): string {
  const folded = foldForSearch(spelling);
  return startsWithWordUnit(spelling) ? WORD_START + folded : folded;
}
