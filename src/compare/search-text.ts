/**
 * Text folded for searching: lower case, accents dropped, and the letters that do not
 * decompose spelled the way people type them without a special keyboard — so "zurich"
 * finds "Zürich", "malmo" finds "Malmö" and "lodz" finds "Łódź".
 */
const UNDECOMPOSED: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
};
const UNDECOMPOSED_PATTERN = /[øłđðþæœßı]/g;
const COMBINING_MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\x00-\x7f]/;

export function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  // Most titles, companies and skills are plain ASCII: skip the costly normalisation.
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(UNDECOMPOSED_PATTERN, (letter) => UNDECOMPOSED[letter] ?? letter);
}

/** The words of a search query, folded; empty for a blank query. */
export function searchTerms(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter((term) => term !== '');
}
