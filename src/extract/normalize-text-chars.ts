/**
 * Character-level clean-up shared by section text and one-line fields: the invisible and
 * odd-width characters that copy-paste and HTML leave behind, which break word matching
 * ("Go\u200Blang", "5\u00A0years") without being visible to the reader.
 */

/** Unicode spaces that should read as an ordinary space (NBSP, narrow NBSP, figure/thin/ideographic spaces, tabs); a run becomes one space. */
const ODD_SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;

/**
 * Invisible characters that carry no text: zero-width space/non-joiner, word joiner, BOM,
 * soft hyphen, direction marks, C0/C1 control characters (except the newline).
 */
const INVISIBLES = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u200b\u200c\u200e\u200f\u2060-\u2064\ufeff]+/g;

/**
 * A zero-width joiner is dropped too, except right after an emoji (a surrogate or the emoji
 * variation selector), where it glues "👩‍💻" together and dropping it would split the picture.
 */
const LONE_ZERO_WIDTH_JOINER = /(?<![\ud800-\udfff\ufe0f])\u200d/g;

const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;

/**
 * Every character the passes below change, in one class: almost no text has any, and one
 * scan that finds none is cheaper than four that each find none.
 */
const MAY_NEED_WORK = /[\u0000-\u0009\u000b-\u001f\u007f-\u00a0\u00ad\u1680\u2000-\u200f\u2028\u2029\u202f\u205f-\u2064\u3000\ufeff]/;

/** Newlines unified to "\n", odd spaces to " ", invisible characters removed. */
export function normalizeCharacters(text: string): string {
  if (!MAY_NEED_WORK.test(text)) return text;
  let out = text.replace(LINE_BREAKS, '\n').replace(ODD_SPACES, ' ').replace(INVISIBLES, '');
  if (out.includes('\u200d')) out = out.replace(LONE_ZERO_WIDTH_JOINER, '');
  return out;
}

/**
 * Emoji used as decoration in titles and headings ("🚀 Senior Engineer", "✨ Your
 * responsibilities"), with their modifiers: variation selectors, keycap, skin tones, flag
 * letters, joiners. ©, ® and ™ are pictographic in Unicode but belong to names, so they stay.
 */
const EMOJI = /(?![\u00a9\u00ae\u2122])[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1f3fb}-\u{1f3ff}\u200d\ufe0e\ufe0f\u20e3]/gu;

/** Every emoji and modifier lies at U+2000 or above (or is a surrogate pair); plain text skips the scan. */
const MAY_HAVE_EMOJI = /[\u2000-\uffff]/;

export function stripEmoji(text: string): string {
  return MAY_HAVE_EMOJI.test(text) ? text.replace(EMOJI, '') : text;
}
